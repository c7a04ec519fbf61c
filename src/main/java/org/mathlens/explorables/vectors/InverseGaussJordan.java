package org.mathlens.explorables.vectors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.mathlens.math.Numbers;

/**
 * Gauss–Jordan elimination on the augmented matrix [A | I], as a learner does it by hand: for
 * each column, swap a non-zero pivot into place if needed, clear the column in every other row
 * (Rᵢ ← Rᵢ − f·Rₖ), and at the end divide every row by its pivot. When the left half has become
 * I, the right half is A⁻¹. A column with no usable pivot means A is singular: the sequence
 * stops there and says so.
 */
public final class InverseGaussJordan {
    /** What a row operation does. */
    public enum Kind { START, SWAP, ADD, SCALE, SINGULAR }

    /**
     * One row operation and the augmented matrix after it. Rows and column from 0; {@code target}
     * is the row that changed (both rows for a swap: target and source), {@code pivotRow/pivotCol}
     * the pivot the operation used (−1 when none).
     */
    public record Step(Kind kind, String text, int target, int source, double factor, int pivotRow, int pivotCol,
                       double[][] matrix) {
    }

    private final int n;
    private final List<Step> steps;
    private final boolean singular;

    public InverseGaussJordan(double[][] a) {
        n = a.length;
        double[][] m = new double[n][2 * n];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("Gauss–Jordan inversion needs a square matrix");
            }
            for (int j = 0; j < n; j++) {
                m[i][j] = a[i][j];
                largest = Math.max(largest, Math.abs(a[i][j]));
            }
            m[i][n + i] = 1;
        }
        // a pivot is missing only when it is rounding (a few ulps of A's largest entry), the
        // same line the rank draws: at 1e-10·|A| a nearly singular A was called singular here
        // while its inverse was shown beside the steps
        double tol = 8 * n * Math.ulp(Math.max(largest, Double.MIN_NORMAL));
        List<Step> out = new ArrayList<>();
        out.add(new Step(Kind.START, "start with [A | I]", -1, -1, 0, -1, -1, copy(m)));
        boolean stuck = false;
        for (int k = 0; k < n && !stuck; k++) {
            if (Math.abs(m[k][k]) <= tol) {
                int best = -1;
                for (int i = k + 1; i < n; i++) {
                    if (Math.abs(m[i][k]) > tol && (best < 0 || Math.abs(m[i][k]) > Math.abs(m[best][k]))) {
                        best = i;
                    }
                }
                if (best < 0) {
                    stuck = true;
                    out.add(new Step(Kind.SINGULAR, "no pivot in column " + (k + 1) + ": A is singular, it has no inverse",
                            -1, -1, 0, k, k, copy(m)));
                    break;
                }
                double[] t = m[k];
                m[k] = m[best];
                m[best] = t;
                out.add(new Step(Kind.SWAP, "R" + (k + 1) + " ↔ R" + (best + 1), k, best, 0, k, k, copy(m)));
            }
            for (int i = 0; i < n; i++) {
                if (i == k || m[i][k] == 0) {
                    continue;
                }
                double f = m[i][k] / m[k][k];
                for (int j = 0; j < 2 * n; j++) {
                    m[i][j] = clean(m[i][j] - f * m[k][j], tol);
                }
                m[i][k] = 0.0;
                String op = f < 0 ? " + " + Numbers.brief(-f, 4) : " − " + Numbers.brief(f, 4);
                out.add(new Step(Kind.ADD, "R" + (i + 1) + " ← R" + (i + 1) + op + "·R" + (k + 1), i, k, f, k, k, copy(m)));
            }
        }
        if (!stuck) {
            for (int k = 0; k < n; k++) {
                double p = m[k][k];
                if (p == 1) {
                    continue;
                }
                for (int j = 0; j < 2 * n; j++) {
                    m[k][j] = m[k][j] / p + 0.0;
                }
                m[k][k] = 1.0;
                out.add(new Step(Kind.SCALE, "R" + (k + 1) + " ← " + scaleText(p, k + 1), k, k, 1 / p, k, k, copy(m)));
            }
        }
        singular = stuck;
        steps = Collections.unmodifiableList(out);
    }

    /** "R1 / 2" reads best, unless 1/p is a whole number: then "2·R2" rather than "R2 / 0.5". */
    private static String scaleText(double p, int row) {
        double inv = 1 / p;
        if (Math.abs(p) <= 1 && Math.abs(inv - Math.rint(inv)) < 1e-12) {
            return Numbers.brief(Math.rint(inv), 0) + "·R" + row;
        }
        String d = Numbers.label(p); // a tiny pivot reads 1.004e−13, never the 0 it is not
        return "R" + row + " / " + (p < 0 ? "(" + d + ")" : d);
    }

    private static double clean(double x, double tol) {
        return Math.abs(x) <= tol * 1e-6 ? 0.0 : x;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    public int size() {
        return n;
    }

    public List<Step> steps() {
        return steps;
    }

    /** True when some column had no pivot. */
    public boolean singular() {
        return singular;
    }

    /** The right half of the last augmented matrix: A⁻¹, or null when A is singular. */
    public double[][] inverse() {
        if (singular) {
            return null;
        }
        double[][] last = steps.get(steps.size() - 1).matrix();
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(last[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
