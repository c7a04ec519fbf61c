package org.mathlens.explorables.decompositions;

import org.mathlens.math.linalg.Linalg;

/**
 * Least squares "with linear algebra alone": w = X⁺y for a line through points (X = [1, x]),
 * or x = A⁺y for any system A·x ≈ y up to 4×4. The pseudoinverse gives the least-squares
 * answer when there are more equations than unknowns, and of all exact answers the shortest
 * when there are fewer. One instance holds one solved problem; {@link #fit} and
 * {@link #system} replace it.
 */
public final class PseudoinverseModel {
    /** What kind of answer A⁺y is, in words the pane and the lesson use. */
    public enum Kind {
        EXACT("exact: A is square and invertible, so A⁺ = A⁻¹"),
        LEAST_SQUARES("least squares: more equations than unknowns, the smallest ‖Ax − y‖"),
        MINIMUM_NORM("minimum norm: fewer equations than unknowns, the shortest exact x"),
        BOTH("least squares, then the shortest such x: A has dependent columns");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private double[][] a = {{1}};
    private double[] y = {0};
    private double[][] pinv = {{1}};
    private double[] x = {0};
    private double[] fitted = {0};
    private int rank = 1;
    private String problem;

    /** The line y = b + m·x through points (x, y): the system [1, x]·(b, m) ≈ y. */
    public void fit(double[][] points) {
        double[][] design = new double[points.length][];
        double[] targets = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            design[i] = new double[] {1, points[i][0]};
            targets[i] = points[i][1];
        }
        system(design, targets);
    }

    /** x = A⁺y; a y whose length is not A's number of rows leaves a sentence in {@link #problem}. */
    public void system(double[][] a, double[] y) {
        this.a = copy(a);
        this.y = y.clone();
        if (y.length != a.length) {
            problem = "y has " + y.length + (y.length == 1 ? " entry" : " entries") + " but A has " + a.length
                    + (a.length == 1 ? " row" : " rows") + ": give y one entry per equation";
            return;
        }
        problem = null;
        pinv = pseudoinverse(a);
        x = Linalg.multiply(pinv, y);
        fitted = Linalg.multiply(a, x);
        rank = Linalg.rank(a);
    }

    /** The Moore–Penrose pseudoinverse (through EJML's SVD; tested against the normal equations). */
    public static double[][] pseudoinverse(double[][] a) {
        return Linalg.pinv(a);
    }

    /** Null when the problem is well posed; otherwise one sentence saying what to change. */
    public String problem() {
        return problem;
    }

    public boolean solved() {
        return problem == null;
    }

    public double[][] a() {
        return copy(a);
    }

    public double[] y() {
        return y.clone();
    }

    public double[][] pinv() {
        return copy(pinv);
    }

    /** The answer A⁺y (for a fit: (b, m)). */
    public double[] x() {
        return x.clone();
    }

    public double x(int i) {
        return x[i];
    }

    /** A·x: the nearest point to y that A can reach (y itself when the system is consistent). */
    public double[] fitted() {
        return fitted.clone();
    }

    /** yᵢ − (A x)ᵢ: for a fit, the vertical gap from each point to the line. */
    public double residual(int i) {
        return y[i] - fitted[i];
    }

    /** ‖Ax − y‖₂. */
    public double residualNorm() {
        return Math.sqrt(loss());
    }

    /** Σ (yᵢ − (Ax)ᵢ)²: the total area of the residual squares. */
    public double loss() {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - fitted[i];
            s += r * r;
        }
        return s;
    }

    /** ‖x‖₂: the length the minimum-norm answer makes as small as it can be. */
    public double norm() {
        return Math.sqrt(Linalg.dot(x, x));
    }

    public int rank() {
        return rank;
    }

    public int equations() {
        return a.length;
    }

    public int unknowns() {
        return a[0].length;
    }

    public Kind kind() {
        int m = equations();
        int n = unknowns();
        if (rank < n) {
            return rank < m ? Kind.BOTH : Kind.MINIMUM_NORM;
        }
        return rank < m ? Kind.LEAST_SQUARES : Kind.EXACT;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
