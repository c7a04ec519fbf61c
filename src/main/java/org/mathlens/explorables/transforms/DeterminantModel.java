package org.mathlens.explorables.transforms;

import org.mathlens.math.linalg.Linalg;

/**
 * The determinant of a square matrix A (2×2 to 5×5) as the factor by which A scales area
 * (2×2) or volume (3×3), its sign as orientation, what the unit square or cube collapses to
 * when it is 0, and the cofactor expansion that computes it by hand.
 */
public final class DeterminantModel {
    private double[][] a;
    private double det;
    private int rank;
    private DeterminantExpansion expansion;
    private int stepsDone;
    private int stepsToComplete = -1;

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
        expansion = new DeterminantExpansion(a);
        stepsDone = 0;
        stepsToComplete = -1;
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
        String thing = a.length == 2 ? "square" : a.length == 3 ? "cube" : "unit " + a.length + "-cube";
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
            expansion = new DeterminantExpansion(a);
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
            stepsToComplete = expansion.stepsToComplete();
        }
        return stepsToComplete;
    }

    /**
     * Whether the point (x, y) lies in the image of the unit square, the parallelogram on the
     * columns of a 2×2 A: A⁻¹(x, y) by Cramer's rule has both coordinates in [0, 1].
     */
    public boolean inImageOfUnitSquare(double x, double y) {
        if (a.length != 2) {
            return false;
        }
        double d = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        if (d == 0) {
            return false;
        }
        double s = (a[1][1] * x - a[0][1] * y) / d;
        double t = (-a[1][0] * x + a[0][0] * y) / d;
        return s >= 0 && s <= 1 && t >= 0 && t <= 1;
    }

    /** An entry as it stands in ad − bc: two decimals, negatives in parentheses. */
    private static String num(double x) {
        return org.mathlens.math.Numbers.factor(x, 2);
    }
}
