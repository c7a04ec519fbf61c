package org.mathlens.explorable;

import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;

/** A real number in [min, max]; typed text may be any expression of the math language ({@code pi/2}). */
public final class ScalarParameter extends Parameter<Double> {
    private final double min;
    private final double max;
    private final double step;
    private boolean logarithmic;

    public ScalarParameter(String name, String description, double initial, double min, double max, double step) {
        super(name, description, initial);
        this.min = min;
        this.max = max;
        this.step = step;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The natural increment: a slider tick, one arrow-key press. */
    public double step() {
        return step;
    }

    /**
     * Marks the parameter as spanning orders of magnitude (a learning rate from 0.0001 to 1):
     * its slider then moves in log scale. Needs min &gt; 0.
     */
    public ScalarParameter logarithmic() {
        if (!(min > 0)) {
            throw new IllegalArgumentException(name() + ": a log-scale parameter needs a positive minimum");
        }
        logarithmic = true;
        return this;
    }

    public boolean isLogarithmic() {
        return logarithmic;
    }

    public double value() {
        return get();
    }

    @Override
    protected Double parseValue(String text) {
        return MathLanguage.evaluateScalar(text);
    }

    @Override
    protected Double check(Double candidate) {
        double x = candidate;
        if (Double.isNaN(x)) {
            throw new ParameterException(name() + " must be a number");
        }
        if (x < min || x > max) {
            throw new ParameterException(name() + " must be between " + Numbers.format(min) + " and " + Numbers.format(max));
        }
        return x == 0.0 ? 0.0 : x;
    }

    @Override
    public String format(Double value) {
        return Numbers.format(value);
    }
}
