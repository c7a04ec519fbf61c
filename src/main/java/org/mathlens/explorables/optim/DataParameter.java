package org.mathlens.explorables.optim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;

/**
 * Data points (x, y) for a regression: either a preset's id ({@code clinical-trial}) or an n×2
 * matrix of points typed in the math language ({@code [[0, 1], [1, 3], [2, 2]]}). A dragged
 * point turns a preset into its matrix.
 */
public final class DataParameter extends Parameter<DataParameter.Data> {
    /** A named data set; name is null for typed or dragged points. */
    public record Data(String name, double[][] points) {
        public int size() {
            return points.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data d && java.util.Objects.equals(name, d.name) && Arrays.deepEquals(points, d.points);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(points);
        }
    }

    public static final int MAX_POINTS = 30;
    public static final double LIMIT = 100;

    /** The presets by id. clinical-trial: drug dosage (x) against a forgetfulness score (y). */
    public static final Map<String, double[][]> PRESETS = new LinkedHashMap<>();

    static {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {1.86, 1.31, 0.62, 0.33, 0.09, -0.67, -1.23, -1.37};
        double[][] clinical = new double[8][];
        for (int i = 0; i < 8; i++) {
            clinical[i] = new double[] {x[i], y[i]};
        }
        PRESETS.put("clinical-trial", clinical);
        PRESETS.put("perfect-line", new double[][] {{-2, 0}, {-1, 0.5}, {0, 1}, {1, 1.5}, {2, 2}, {3, 2.5}});
        PRESETS.put("outlier", new double[][] {{0, 0.2}, {1, 0.9}, {2, 2.1}, {3, 2.9}, {4, 4.2}, {5, -2}});
    }

    public DataParameter(String name, String description, String preset) {
        super(name, description, new Data(preset, PRESETS.get(preset)));
    }

    public static Data points(double[][] points) {
        return new Data(null, points);
    }

    @Override
    protected Data parseValue(String text) {
        String t = text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2 ? text.substring(1, text.length() - 1) : text;
        if (PRESETS.containsKey(t)) {
            return new Data(t, PRESETS.get(t));
        }
        if (!t.startsWith("[")) {
            throw new ParameterException(name() + " is a preset (" + String.join(", ", PRESETS.keySet())
                    + ") or an n×2 matrix of points, like [[0, 1], [1, 3], [2, 2]]");
        }
        return new Data(null, MathLanguage.evaluateMatrix(t));
    }

    @Override
    protected Data check(Data d) {
        double[][] p = d.points();
        if (p == null || p.length < 2) {
            throw new ParameterException(name() + " needs at least 2 points");
        }
        if (p.length > MAX_POINTS) {
            throw new ParameterException(name() + " takes at most " + MAX_POINTS + " points");
        }
        double[][] copy = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            if (p[i].length != 2) {
                throw new ParameterException(name() + " needs two columns (x, y), one row per point; row " + (i + 1)
                        + " has " + p[i].length);
            }
            for (double v : p[i]) {
                if (!Double.isFinite(v) || Math.abs(v) > LIMIT) {
                    throw new ParameterException(name() + ": coordinates must be finite and within ±" + Numbers.format(LIMIT));
                }
            }
            copy[i] = new double[] {p[i][0] + 0.0, p[i][1] + 0.0};
        }
        return new Data(d.name(), copy);
    }

    @Override
    public String format(Data d) {
        return d.name() != null ? d.name() : Numbers.format(d.points());
    }
}
