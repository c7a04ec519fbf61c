package org.mathlens.explorable;

import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;

/** A real number in [min, max]; typed text may be any expression of the math language ({@code pi/2}). */
public final class ScalarParameter extends Parameter<Double> {
    private final double min;
    private final double max;
    private final double step;
    private boolean logarithmic;
    /** With a log slider that reaches 0: the smallest positive value on it (its far left is 0). */
    private double smallestPositive = Double.NaN;

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

    /**
     * A log-scale parameter that may also be exactly 0 (a penalty weight λ): min must be 0, and
     * the slider runs in log scale from {@code smallest} to max with one more half decade at its
     * left end that means 0, since no log scale reaches 0 itself.
     */
    public ScalarParameter logarithmicWithZero(double smallest) {
        if (min != 0 || !(smallest > 0) || !(smallest < max)) {
            throw new IllegalArgumentException(name() + ": a log scale with zero needs min = 0 < smallest < max");
        }
        logarithmic = true;
        smallestPositive = smallest;
        return this;
    }

    public boolean isLogarithmic() {
        return logarithmic;
    }

    /** The slider's left end: log10(min) on a log scale, half a decade below the smallest positive value with 0. */
    public double sliderMin() {
        if (!logarithmic) return min;
        return reachesZero() ? Math.log10(smallestPositive) - 0.5 : Math.log10(min);
    }

    public double sliderMax() {
        return logarithmic ? Math.log10(max) : max;
    }

    /** Where the slider's thumb sits for a value (values between 0 and the smallest positive one sit at the smallest). */
    public double sliderPosition(double value) {
        if (!logarithmic) return value;
        if (reachesZero() && value <= 0) return sliderMin();
        return Math.log10(reachesZero() ? Math.max(value, smallestPositive) : value);
    }

    /**
     * The value a slider position means: on a log scale 10^position to two significant digits
     * (0.0012, 0.034, 0.5), 0 in the zero stretch, clamped to [min, max]; otherwise the nearest step.
     */
    public double valueAt(double position) {
        double v;
        if (!logarithmic) {
            double snapped = Math.round(position / step) * step;
            v = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", snapped));
        } else if (reachesZero() && position < Math.log10(smallestPositive) - 0.25) {
            v = 0;
        } else {
            double x = Math.pow(10, reachesZero() ? Math.max(position, Math.log10(smallestPositive)) : position);
            v = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.2g", x));
        }
        return Math.max(min, Math.min(max, v));
    }

    private boolean reachesZero() {
        return !Double.isNaN(smallestPositive);
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
