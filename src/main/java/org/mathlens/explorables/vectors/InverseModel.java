package org.mathlens.explorables.vectors;

import org.mathlens.explorable.Stages;

import java.util.Arrays;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Linalg;

/**
 * A square A (2×2 or 3×3) and a right-hand side b: det A, A⁻¹ when it exists, the Gauss–Jordan
 * steps that find it, and the solution of Ax = b. b may be longer than A is wide; only its first
 * n entries count. When A is singular, Ax = b has either no solution (b is off the line or plane
 * the columns of A span) or infinitely many (b is on it): rank A = rank [A | b] decides.
 */
public final class InverseModel {
    /** The trip the plane makes: out under A, home under A⁻¹. */
    public static final Stages TRIP = new Stages("A carries the plane", "A⁻¹ brings it back");
    /** The most Gauss–Jordan steps a 3×3 A takes: the start, a swap, two clearings and a scaling per column. */
    public static final int MOST_STEPS = 13;
    /** What Ax = b has. */
    public enum Solutions { ONE, NONE, INFINITE }

    private double[][] a = {{1}};
    private double[] b = {0};
    private double det;
    private int rank;
    private double[][] inverse;
    private double[] x;
    private Solutions solutions;
    private InverseGaussJordan gaussJordan;
    private double condition;

    public void set(double[][] a, double[] bFull) {
        int n = a.length;
        this.a = a;
        this.b = Arrays.copyOf(bFull, n);
        det = Linalg.det(a);
        rank = Linalg.rank(a);
        gaussJordan = new InverseGaussJordan(a);
        condition = Linalg.condition(a);
        if (rank == n) {
            inverse = Linalg.inverse(a);
            x = Linalg.solve(a, b);
            solutions = Solutions.ONE;
        } else {
            inverse = null;
            x = null;
            double[][] augmented = new double[n][n + 1];
            for (int i = 0; i < n; i++) {
                System.arraycopy(a[i], 0, augmented[i], 0, n);
                augmented[i][n] = b[i];
            }
            solutions = Linalg.rank(augmented) == rank ? Solutions.INFINITE : Solutions.NONE;
        }
    }

    public double[][] a() {
        return a;
    }

    /** The first n entries of b, the ones the system uses. */
    public double[] b() {
        return b;
    }

    public int size() {
        return a.length;
    }

    public double det() {
        return det;
    }

    /** The dimension of the space the columns of A span: n when invertible, less when singular. */
    public int rank() {
        return rank;
    }

    public boolean singular() {
        return inverse == null;
    }

    /** A⁻¹, or null when A is singular. */
    public double[][] inverse() {
        return inverse;
    }

    /** The one solution of Ax = b, or null when there is none or infinitely many. */
    public double[] solution() {
        return x;
    }

    public Solutions solutions() {
        return solutions;
    }

    public InverseGaussJordan gaussJordan() {
        return gaussJordan;
    }

    /** κ(A) = σ_max / σ_min (rows and columns scaled first); infinite when A is singular. */
    public double condition() {
        return condition;
    }

    /** Invertible, but so badly conditioned that A⁻¹ and x lose more than ten digits to rounding. */
    public boolean nearlySingular() {
        return !singular() && condition > Linalg.NEARLY_SINGULAR;
    }

    /** A⁻¹ in words: none, or one that exists but is not to be trusted far. */
    public String inverseWords() {
        if (singular()) {
            return "A⁻¹ does not exist (det A = 0)";
        }
        if (nearlySingular()) {
            return "A is nearly singular: κ(A) = " + Numbers.label(condition)
                    + ", so A⁻¹ and x lose about " + Math.round(Math.log10(condition)) + " of their 16 digits";
        }
        return null;
    }

    /** Why there is no inverse, in words, or null when there is one. */
    public String whySingular() {
        if (!singular()) {
            return null;
        }
        String image = rank == 0 ? "a single point (the origin)"
                : rank == 1 ? "a line" : "a plane";
        return "det A = 0: the columns of A are dependent, so A squashes space onto " + image
                + "; points that land together cannot be told apart again, so nothing undoes A";
    }

    /**
     * The matrix of the animation at phase s in [0, 2]: from I to A on [0, 1], and back from A
     * to A⁻¹A = I on [1, 2] (for a singular A it stays at A: there is no way back). Writes into out (2×2).
     */
    public void animated(double s, double[][] out) {
        double t;
        if (s <= 1) {
            t = TRIP.alphaOf(0, s);
        } else {
            t = singular() ? 1 : 1 - TRIP.alphaOf(1, s);
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                out[i][j] = (1 - t) * (i == j ? 1 : 0) + t * a[i][j];
            }
        }
    }

}
