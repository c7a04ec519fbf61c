package org.mathlens.explorables.optim;

import java.util.Arrays;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;

/**
 * A point of any length (one value per variable of a formula, in alphabetical order of the
 * names), typed as a vector {@code [3, 5]} or a single number {@code 5}. Its length is checked
 * against the formula by the pane, which explains a mismatch on the picture.
 */
public final class PointParameter extends Parameter<double[]> {
    public static final int MAX_LENGTH = 8;
    public static final double LIMIT = 1e6;

    public PointParameter(String name, String description, double[] initial) {
        super(name, description, initial.clone());
    }

    @Override
    protected double[] parseValue(String text) {
        if (text.startsWith("[")) {
            return MathLanguage.evaluateVector(text);
        }
        return new double[] {MathLanguage.evaluateScalar(text)};
    }

    @Override
    protected double[] check(double[] v) {
        if (v.length > MAX_LENGTH) {
            throw new ParameterException(name() + " takes at most " + MAX_LENGTH + " values");
        }
        double[] copy = v.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i]) || Math.abs(copy[i]) > LIMIT) {
                throw new ParameterException(name() + ": values must be finite and within ±" + Numbers.format(LIMIT));
            }
            copy[i] += 0.0;
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
