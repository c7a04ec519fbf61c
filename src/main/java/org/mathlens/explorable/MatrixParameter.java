package org.mathlens.explorable;

import java.util.Arrays;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;

/** A matrix whose size may vary between bounds, entries within ±limit. */
public final class MatrixParameter extends Parameter<double[][]> {
    private final int minRows;
    private final int maxRows;
    private final int minCols;
    private final int maxCols;
    private final boolean square;
    private final double limit;

    public MatrixParameter(String name, String description, double[][] initial,
                           int minRows, int maxRows, int minCols, int maxCols, boolean square, double limit) {
        super(name, description, deepCopy(initial));
        this.minRows = minRows;
        this.maxRows = maxRows;
        this.minCols = minCols;
        this.maxCols = maxCols;
        this.square = square;
        this.limit = limit;
    }

    /** A square matrix of size between min and max. */
    public static MatrixParameter square(String name, String description, double[][] initial, int min, int max) {
        return new MatrixParameter(name, description, initial, min, max, min, max, true, 1e6);
    }

    public int rows() {
        return get().length;
    }

    public int cols() {
        return get()[0].length;
    }

    public int minRows() {
        return minRows;
    }

    public int maxRows() {
        return maxRows;
    }

    public int minCols() {
        return minCols;
    }

    public int maxCols() {
        return maxCols;
    }

    public boolean isSquare() {
        return square;
    }

    public double[][] value() {
        return deepCopy(get());
    }

    public double entry(int i, int j) {
        return get()[i][j];
    }

    @Override
    protected double[][] parseValue(String text) {
        return MathLanguage.evaluateMatrix(text);
    }

    @Override
    protected double[][] check(double[][] m) {
        int r = m.length;
        int c = r == 0 ? 0 : m[0].length;
        if (square && r != c) {
            throw new ParameterException(name() + " must be square, not " + r + "×" + c);
        }
        if (r < minRows || r > maxRows || c < minCols || c > maxCols) {
            throw new ParameterException(name() + " must be " + sizeRule() + ", not " + r + "×" + c);
        }
        double[][] copy = new double[r][];
        for (int i = 0; i < r; i++) {
            if (m[i].length != c) {
                throw new ParameterException(name() + ": every row needs " + c + " entries");
            }
            copy[i] = m[i].clone();
            for (int j = 0; j < c; j++) {
                double x = copy[i][j];
                if (!Double.isFinite(x) || Math.abs(x) > limit) {
                    throw new ParameterException(name() + ": entries must be finite and within ±" + Numbers.format(limit));
                }
                copy[i][j] = x == 0.0 ? 0.0 : x;
            }
        }
        return copy;
    }

    private String sizeRule() {
        if (square) {
            return minRows == maxRows ? minRows + "×" + minRows : "between " + minRows + "×" + minRows + " and " + maxRows + "×" + maxRows;
        }
        String rows = minRows == maxRows ? "" + minRows : minRows + "–" + maxRows;
        String cols = minCols == maxCols ? "" + minCols : minCols + "–" + maxCols;
        return rows + "×" + cols;
    }

    @Override
    protected boolean same(double[][] a, double[][] b) {
        return Arrays.deepEquals(a, b);
    }

    @Override
    public String format(double[][] value) {
        return Numbers.format(value);
    }

    static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
