package org.mathlens.explorables.transforms;

import org.mathlens.explorable.Morph;
import org.mathlens.explorable.Rate;
import org.mathlens.math.linalg.Linalg;

/**
 * The determinant of a square matrix A (2×2 to 5×5) as the factor by which A scales area
 * (2×2) or volume (3×3), its sign as orientation, what the unit square or cube collapses to
 * when it is 0, and the cofactor expansion that computes it by hand. For 2×2 it also holds the
 * matrix the plane draws a progress t of the way from I to A, recomputed from (A, t) whenever
 * either changes, so the picture never keeps a copy of its own that could go stale. From 3×3 on
 * the expansion starts with its first row already opened, so the minors show at rest.
 */
public final class DeterminantModel {
    private double[][] a;
    private double det;
    private int rank;
    private DeterminantExpansion expansion;
    private int stepsDone;
    private int stepsToComplete = -1;
    private double t = 1;
    private double[][] drawn;
    private double drawnDet;
    private int drawnRank;

    public DeterminantModel(double[][] a) {
        set(a);
    }

    public void set(double[][] matrix) {
        a = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            a[i] = matrix[i].clone();
        }
        det = Linalg.det(a);
        rank = Linalg.rank(a);
        expansion = fresh();
        stepsDone = 0;
        stepsToComplete = -1;
        progress(t);
    }

    /** A new expansion; from 3×3 on its first row is open already (a view of "= ?" alone shows nothing). */
    private DeterminantExpansion fresh() {
        DeterminantExpansion e = new DeterminantExpansion(a);
        if (a.length >= 3) {
            e.root().toggle();
        }
        return e;
    }

    /**
     * How far the 2×2 plane has moved from I (0) to A (1): the plane draws M = (1 − s)·I + s·A,
     * s = smooth(t), eased once by {@link Morph}; M is exactly A at t = 1. Larger sizes draw A.
     */
    public void progress(double progress) {
        t = progress;
        if (a.length != 2 || t >= 1) {
            drawn = a;
            drawnDet = det;
            drawnRank = rank;
            return;
        }
        double s = Rate.SMOOTH.apply(t);
        drawn = Morph.between(a, s);
        drawnDet = Morph.det2(a, det, s);
        drawnRank = drawnDet != 0 ? 2 : Linalg.rank(drawn);
    }

    /** The progress t the plane is drawn at. */
    public double progress() {
        return t;
    }

    /** Whether the plane shows A itself (t = 1, or any size but 2×2) rather than M on the way. */
    public boolean drawsA() {
        return drawn == a;
    }

    /** The matrix drawn, M(A, t) for 2×2 and A otherwise; the model's own array, for drawing only. */
    double[][] drawn() {
        return drawn;
    }

    /** Entry (i, j) of the matrix drawn: M(A, t) for 2×2, A otherwise. */
    public double drawnEntry(int i, int j) {
        return drawn[i][j];
    }

    /** det of the matrix drawn (det A at t = 1). */
    public double drawnDet() {
        return drawnDet;
    }

    /** What the unit square becomes under the matrix drawn, in words. */
    public String drawnShapeSentence() {
        return shapeSentence(drawn.length, drawnDet, drawnRank);
    }

    /** For the matrix drawn (2×2): "ad − bc = 1·4 − 2·3" with its entries filled in. */
    public String drawnFormula() {
        return formula(drawn);
    }

    public double[][] matrix() {
        return a;
    }

    public int size() {
        return a.length;
    }

    public double entry(int i, int j) {
        return a[i][j];
    }

    /** Column j of A: where A sends the j-th basis vector (a corner of the unit square or cube). */
    public double[] column(int j) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i][j];
        }
        return c;
    }

    public double det() {
        return det;
    }

    public int rank() {
        return rank;
    }

    /** |det|: the area (2×2) or volume (3×3) of the unit square's or cube's image. */
    public double measure() {
        return Math.abs(det);
    }

    /** det < 0: A turns the plane (or space) over, like a mirror. */
    public boolean flipsOrientation() {
        return det < 0;
    }

    public boolean isSingular() {
        return det == 0;
    }

    /** The name of the size this determinant measures: area for 2×2, volume for 3×3, else "n-volume". */
    public String measureName() {
        return switch (a.length) {
            case 2 -> "area";
            case 3 -> "volume";
            default -> a.length + "-volume";
        };
    }

    /** What the unit square (2×2) or cube (3×3) becomes: a sentence for the picture. */
    public String shapeSentence() {
        return shapeSentence(a.length, det, rank);
    }

    private static String shapeSentence(int n, double det, int rank) {
        String thing = n == 2 ? "square" : n == 3 ? "cube" : "unit " + n + "-cube";
        if (det != 0) {
            return det < 0 ? "det < 0: orientation flips (the " + thing + " is turned over)" : "det > 0: orientation kept";
        }
        String onto = switch (rank) {
            case 0 -> "a point";
            case 1 -> "a line";
            case 2 -> "a plane";
            default -> "a flat " + rank + "-dimensional slice";
        };
        return "det = 0: the " + thing + " collapses onto " + onto;
    }

    /** For 2×2: "a·d − b·c = 1·4 − 2·3" with the entries filled in. */
    public String twoByTwoFormula() {
        return formula(a);
    }

    private static String formula(double[][] a) {
        if (a.length != 2) {
            return "";
        }
        return "ad − bc = " + num(a[0][0]) + "·" + num(a[1][1]) + " − " + num(a[0][1]) + "·" + num(a[1][0]);
    }

    public DeterminantExpansion expansion() {
        return expansion;
    }

    /**
     * The expansion after the first k hand steps from a closed root (fewer if it completes
     * sooner): stepping on from where it stands, or starting again when k is behind it. The
     * nodes the learner opened or folded by hand stay as they are until it starts again.
     */
    public void showSteps(int k) {
        if (k < stepsDone) {
            expansion = fresh();
            stepsDone = 0;
        }
        while (stepsDone < k && expansion.step()) {
            stepsDone++;
        }
        if (stepsDone < k) {
            stepsDone = k; // complete: later steps have nothing to do
        }
    }

    /** How many hand steps the whole expansion takes (worked out once per matrix). */
    public int stepsToComplete() {
        if (stepsToComplete < 0) {
            stepsToComplete = expansion.stepsToComplete() - (a.length >= 3 ? 1 : 0);
        }
        return stepsToComplete;
    }

    /**
     * Whether the point (x, y) lies in the image of the unit square, the parallelogram on the
     * columns of the 2×2 matrix drawn: M⁻¹(x, y) by Cramer's rule has both coordinates in [0, 1].
     */
    public boolean inImageOfUnitSquare(double x, double y) {
        double[][] m = drawn;
        if (m.length != 2) {
            return false;
        }
        double d = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        if (d == 0) {
            return false;
        }
        double s = (m[1][1] * x - m[0][1] * y) / d;
        double u = (-m[1][0] * x + m[0][0] * y) / d;
        return s >= 0 && s <= 1 && u >= 0 && u <= 1;
    }

    /** An entry as it stands in ad − bc: two decimals, negatives in parentheses. */
    private static String num(double x) {
        return org.mathlens.math.Numbers.factor(x, 2);
    }
}
