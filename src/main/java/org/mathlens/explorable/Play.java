package org.mathlens.explorable;

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
        double next = value.value() + direction * seconds * perSecond;
        if (bounce) {
            if (next >= value.max()) {
                next = value.max() - (next - value.max());
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
        double next = v >= value.max() ? value.min() : step.applyAsDouble(v);
        value.set(clamp(next));
    }

    @Override
    public boolean isFinished() {
        return !bounce && value.value() >= value.max();
    }

    @Override
    public void rewind() {
        direction = 1;
        value.set(value.min());
    }

    private double clamp(double v) {
        return Math.max(value.min(), Math.min(value.max(), v));
    }

    /** The next multiple of unit above v, measured from the minimum; a hair's rounding counts as there. */
    private double nextMultiple(double v, double unit) {
        double k = Math.floor((v - value.min()) / unit + 1e-9) + 1;
        return value.min() + k * unit;
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
