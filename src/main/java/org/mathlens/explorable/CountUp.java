package org.mathlens.explorable;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;

/**
 * Plays a pane by counting one of its parameters up in whole units at a steady rate — the
 * steps gradient descent has taken, the sides of a polygon, the strips under a curve — so
 * the picture is always exactly the one its parameters describe (and undo, lessons and the
 * CLI see the same state). Play stops at the limit; play again starts from the beginning.
 */
public final class CountUp implements PaneAnimation {
    private final ScalarParameter counter;
    private final double start;
    private final DoubleSupplier limit;
    private final DoubleSupplier perSecond;
    private DoubleUnaryOperator next = k -> k + 1;
    private double time;

    /**
     * @param counter   the parameter that counts
     * @param start     where play starts again after the end
     * @param limit     where it stops (may depend on the model, e.g. steps before divergence)
     * @param perSecond units per second at speed 1 (may depend on the count: faster when large)
     */
    public CountUp(ScalarParameter counter, double start, DoubleSupplier limit, DoubleSupplier perSecond) {
        this.counter = counter;
        this.start = start;
        this.limit = limit;
        this.perSecond = perSecond;
    }

    /** What one press of Step does (by default one more; doubling suits n of a Riemann sum). */
    public CountUp stepping(DoubleUnaryOperator next) {
        this.next = next;
        return this;
    }

    @Override
    public void advance(double seconds) {
        time += seconds * perSecond.getAsDouble();
        int whole = (int) time;
        if (whole > 0) {
            time -= whole;
            countTo(counter.value() + whole);
        }
    }

    @Override
    public void step() {
        countTo(next.applyAsDouble(counter.value()));
    }

    @Override
    public boolean isFinished() {
        return counter.value() >= Math.min(limit.getAsDouble(), counter.max());
    }

    @Override
    public void rewind() {
        time = 0;
        counter.set(start);
    }

    /** Forgets a part-second already counted (after Reset). */
    @Override
    public void resetClock() {
        time = 0;
    }

    private void countTo(double k) {
        counter.set(Math.max(counter.min(), Math.min(Math.min(limit.getAsDouble(), counter.max()), k)));
    }
}
