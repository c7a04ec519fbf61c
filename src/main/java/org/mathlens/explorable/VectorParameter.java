package org.mathlens.explorable;

import java.util.Arrays;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;

/** A vector of a fixed length whose entries stay within ±limit (so a picture can always show it). */
public final class VectorParameter extends Parameter<double[]> {
    private final int length;
    private final double limit;
    private int shortest;

    public VectorParameter(String name, String description, double[] initial, double limit) {
        super(name, description, initial.clone());
        this.length = initial.length;
        this.limit = limit;
        this.shortest = initial.length;
    }

    /**
     * Also accepts vectors from {@code shortest} components up, filled with zeros to the full
     * length: a b kept at three entries for a 3×3 system, typed as [3, 2] for a 2×2 one.
     */
    public VectorParameter acceptingFrom(int shortest) {
        this.shortest = Math.max(1, Math.min(length, shortest));
        return this;
    }

    public int length() {
        return length;
    }

    public double limit() {
        return limit;
    }

    /** A copy: callers may not change the stored value behind the property's back. */
    public double[] value() {
        return get().clone();
    }

    public double x() {
        return get()[0];
    }

    public double y() {
        return get()[1];
    }

    @Override
    protected double[] parseValue(String text) {
        return MathLanguage.evaluateVector(text);
    }

    @Override
    protected double[] check(double[] v) {
        if (v.length < shortest || v.length > length) {
            throw new ParameterException(name() + " needs " + (shortest == length ? String.valueOf(length)
                    : shortest + " to " + length) + " components, not " + v.length);
        }
        double[] copy = Arrays.copyOf(v, length);
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw new ParameterException(name() + " must have finite components");
            }
            if (Math.abs(copy[i]) > limit) {
                throw new ParameterException(name() + ": components must lie within ±" + Numbers.format(limit));
            }
            copy[i] = copy[i] == 0.0 ? 0.0 : copy[i];
        }
        return copy;
    }

    @Override
    protected boolean same(double[] a, double[] b) {
        return Arrays.equals(a, b);
    }

    @Override
    public String format(double[] value) {
        return Numbers.format(value);
    }
}
