package org.mathlens.explorable;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;

/**
 * The one way a pane moves by itself: Play moves a scalar parameter — the progress of a morph
 * (0 = I, 1 = A), the stage of a staged play, the k of a sweep — at a steady rate. Because the
 * moving value is a parameter, the picture is always drawn from (model, parameters), and
 * lessons, saved scenes, {@code --set}, undo and the CLI all see the one state. Ease a move by
 * reading the progress through a {@link Rate} or {@link Stages}, not by timing it here.
 *
 * <p>{@link #once} runs from where the value is to its maximum and stops (play again starts
 * from the minimum); {@link #bounce} swings between minimum and maximum and never finishes.
 * For counting in whole units (steps, polygon sides) use {@link CountUp}.
 */
public final class Play implements PaneAnimation {
    private final ScalarParameter value;
    private final double perSecond;
    private final boolean bounce;
    private DoubleUnaryOperator step;
    private int direction = 1;

    private Play(ScalarParameter value, double perSecond, boolean bounce) {
        this.value = value;
        this.perSecond = perSecond;
        this.bounce = bounce;
        double unit = value.max() - value.min() > 1 ? 1 : (value.max() - value.min()) / 4;
        this.step = v -> nextMultiple(v, unit);
    }

    /** From the current value up to the maximum at {@code perSecond} units a second, then stop. */
    public static Play once(ScalarParameter value, double perSecond) {
        return new Play(value, perSecond, false);
    }

    /** Back and forth between minimum and maximum at {@code perSecond} units a second, forever. */
    public static Play bounce(ScalarParameter value, double perSecond) {
        return new Play(value, perSecond, true);
    }

    /**
     * What one press of Step does. By default: to the next whole unit (the next stage) when the
     * range is wider than 1, otherwise a quarter of the way; past the end it starts again.
     */
    public Play stepping(DoubleUnaryOperator next) {
        this.step = next;
        return this;
    }

    public ScalarParameter value() {
        return value;
    }

    @Override
    public void advance(double seconds) {
        double next = value.value() + direction * seconds * perSecond * pace.getAsDouble();
        if (bounce) {
            if (next >= end()) {
                next = end() - (next - end());
                direction = -1;
            } else if (next <= value.min()) {
                next = value.min() + (value.min() - next);
                direction = 1;
            }
        }
        value.set(clamp(next));
    }

    @Override
    public void step() {
        double v = value.value();
        double next = v >= end() ? value.min() : step.applyAsDouble(v);
        value.set(clamp(next));
    }

    @Override
    public boolean isFinished() {
        return !bounce && value.value() >= end();
    }

    @Override
    public void rewind() {
        direction = 1;
        value.set(value.min());
    }

    private double clamp(double v) {
        return Math.max(value.min(), Math.min(end(), v));
    }

    /** The next multiple of unit above v, measured from the minimum; a hair's rounding counts as there. */
    private double nextMultiple(double v, double unit) {
        double k = Math.floor((v - value.min()) / unit + 1e-9) + 1;
        return value.min() + k * unit;
    }

    /**
     * A flip between two states, such as A ↔ Aᵀ: play runs from the end it is at to the other end
     * and stops; play again flies back. Step jumps straight to the end further away.
     */
    public static PaneAnimation alternate(ScalarParameter value, double perSecond) {
        return new Alternate(value, perSecond);
    }

    /** The one extra state of a flip is which way it is heading; the position is the parameter. */
    private static final class Alternate implements PaneAnimation {
        private final ScalarParameter value;
        private final double perSecond;
        private boolean up;

        Alternate(ScalarParameter value, double perSecond) {
            this.value = value;
            this.perSecond = perSecond;
        }

        @Override
        public void advance(double seconds) {
            double next = value.value() + (up ? 1 : -1) * seconds * perSecond;
            value.set(Math.max(value.min(), Math.min(value.max(), next)));
        }

        @Override
        public void step() {
            boolean nearerTop = value.value() - value.min() >= value.max() - value.value();
            value.set(nearerTop ? value.min() : value.max());
        }

        /** Resting at either end is arrived; the next play leaves it (however the value got there). */
        @Override
        public boolean isFinished() {
            return value.value() <= value.min() || value.value() >= value.max();
        }

        /** Play after the end heads for the other end. */
        @Override
        public void rewind() {
            up = value.value() <= value.min();
        }
    }


    // ---- optional modes, added at the end so each pane's need stays one small addition ----

    private DoubleSupplier limit = () -> Double.POSITIVE_INFINITY;
    private DoubleSupplier pace = () -> 1;

    /**
     * Stops at {@code limit} instead of the maximum when that is nearer: a chain of n steps
     * played on a parameter whose range fits the longest chain (the limit is read each frame).
     */
    public Play upTo(DoubleSupplier limit) {
        this.limit = limit;
        return this;
    }

    /**
     * Scales the speed by a factor read each frame (1 = as given): a sweep that slows where
     * something is worth reading, such as x lining up with Ax.
     */
    public Play pacedBy(DoubleSupplier factor) {
        this.pace = factor;
        return this;
    }

    /** Where the play ends: the maximum, or the limit if it is lower. */
    private double end() {
        return Math.max(value.min(), Math.min(value.max(), limit.getAsDouble()));
    }

    /**
     * A geometric approach to zero: the value is multiplied by {@code factorPerSecond} each
     * second (Δx shrinking toward the tangent), keeping its sign, until its size reaches
     * {@code floor}; then play stops. Step is half a second of play; play again starts from
     * {@code reset} on the same side of zero.
     */
    public static PaneAnimation shrink(ScalarParameter value, double factorPerSecond, double floor, double reset) {
        if (!(factorPerSecond > 0 && factorPerSecond < 1) || !(floor > 0) || !(reset > floor)) {
            throw new IllegalArgumentException("shrink needs 0 < factor < 1 and 0 < floor < reset");
        }
        return new Shrink(value, factorPerSecond, floor, reset);
    }

    private record Shrink(ScalarParameter value, double factor, double floor, double reset) implements PaneAnimation {
        @Override
        public void advance(double seconds) {
            towards(value.value() * Math.pow(factor, seconds));
        }

        @Override
        public void step() {
            advance(0.5);
        }

        @Override
        public boolean isFinished() {
            return Math.abs(value.value()) <= floor;
        }

        @Override
        public void rewind() {
            value.set(Math.copySign(reset, side()));
        }

        private void towards(double next) {
            value.set(Math.abs(next) < floor ? Math.copySign(floor, side()) : next);
        }

        /** +1 or −1: the side of zero the value is on (zero counts as the right). */
        private double side() {
            return value.value() < 0 ? -1 : 1;
        }
    }
}
