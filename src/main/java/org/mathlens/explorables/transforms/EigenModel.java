package org.mathlens.explorables.transforms;

import org.mathlens.math.Numbers;
import org.mathlens.math.MathError;
import org.mathlens.math.linalg.Eigen;
import org.mathlens.math.linalg.Linalg;

/**
 * Eigenvalues and eigenvectors of a 2×2 or 3×3 matrix A, seen the way a learner finds them:
 * a unit vector x sweeps round the circle (or across the sphere) and Ax is drawn beside it;
 * where the two line up, x is an eigenvector and the stretch is its eigenvalue. The values,
 * their order and the eigenvectors' signs are exactly those of {@code eig} and
 * {@code eigvecs} in the math language ({@link Linalg#eigen}).
 */
public final class EigenModel {
    /** x and Ax count as lined up when the angle between their lines is below this. */
    public static final double ALIGN_DEGREES = 3;
    /** Points on the circle (2×2) traced to draw the ellipse Ax. */
    public static final int ELLIPSE_POINTS = 180;
    /** Points on the sphere (3×3) sampled to show the ellipsoid Ax. */
    public static final int SPHERE_POINTS = 150;

    private double[][] a;
    private Eigen eigen;
    private String failure;
    /** Whether A v = λ v holds for the k-th vector (a defective matrix can get a vector that is not one). */
    private boolean[] verified = new boolean[0];
    /** Unit eigenvectors as rows, one per eigenvalue, or null where the eigenvalue is complex. */
    private double[][] vectors;
    private double angleDegrees;
    private final double[] x = new double[3];
    private final double[] ax = new double[3];
    private double[] ellipseX = new double[0];
    private double[] ellipseY = new double[0];
    private double[] sphere = new double[0];
    private double[] sphereImage = new double[0];
    private final double[][] anchors = new double[3][];

    public EigenModel(double[][] a, double angleDegrees) {
        setMatrix(a);
        setAngle(angleDegrees);
    }

    /** A new matrix: everything that depends only on A is computed here, once, not per frame. */
    public void setMatrix(double[][] matrix) {
        int n = matrix.length;
        if (n < 2 || n > 3 || matrix[0].length != n) {
            throw new IllegalArgumentException("the eigen pane takes a 2×2 or 3×3 matrix");
        }
        a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        vectors = new double[n][];
        verified = new boolean[n];
        failure = null;
        try {
            eigen = Linalg.eigen(a);
        } catch (MathError e) {
            // Linalg refuses some defective matrices (e.g. rank-1 nilpotent 3×3): say so, draw x and Ax only
            failure = e.getMessage();
            eigen = new Eigen(new double[n], new double[n], null);
        }
        for (int k = 0; k < n && failure == null; k++) {
            if (eigen.vectors() != null) {
                vectors[k] = new double[n];
                for (int r = 0; r < n; r++) {
                    vectors[k][r] = eigen.vectors()[r][k];
                }
            } else if (eigen.imaginary()[k] == 0 && (k == 0 || eigen.real()[k] != eigen.real()[k - 1])) {
                // no full set (complex partners, or a defective A): draw the directions that exist,
                // one per vector of λ's eigenspace, for the first of λ's repeats
                double[][] directions = Linalg.eigenvectorsOf(a, eigen.real()[k]);
                for (int d = 0; d < directions.length && k + d < n; d++) {
                    vectors[k + d] = directions[d];
                }
            }
        }
        for (int k = 0; k < n; k++) {
            verified[k] = vectors[k] != null && satisfiesEigenEquation(vectors[k], eigen.real()[k]);
        }
        if (n == 2) {
            ellipseX = new double[ELLIPSE_POINTS];
            ellipseY = new double[ELLIPSE_POINTS];
            for (int i = 0; i < ELLIPSE_POINTS; i++) {
                double t = 2 * Math.PI * i / ELLIPSE_POINTS;
                ellipseX[i] = a[0][0] * Math.cos(t) + a[0][1] * Math.sin(t);
                ellipseY[i] = a[1][0] * Math.cos(t) + a[1][1] * Math.sin(t);
            }
        } else {
            sphere = new double[3 * SPHERE_POINTS];
            sphereImage = new double[3 * SPHERE_POINTS];
            double golden = Math.PI * (3 - Math.sqrt(5));
            for (int i = 0; i < SPHERE_POINTS; i++) {
                double z = 1 - 2 * (i + 0.5) / SPHERE_POINTS;
                double r = Math.sqrt(1 - z * z);
                double t = golden * i;
                double[] p = {r * Math.cos(t), r * Math.sin(t), z};
                System.arraycopy(p, 0, sphere, 3 * i, 3);
                for (int row = 0; row < 3; row++) {
                    sphereImage[3 * i + row] = a[row][0] * p[0] + a[row][1] * p[1] + a[row][2] * p[2];
                }
            }
            buildAnchors();
        }
        update();
    }

    /** Where x is on its path, in degrees: round the circle (2×2), or v₁ → v₂ → v₃ → v₁ across the sphere (3×3). */
    public void setAngle(double degrees) {
        angleDegrees = degrees;
        update();
    }

    public double[][] matrix() {
        return a;
    }

    public int size() {
        return a.length;
    }

    public double angle() {
        return angleDegrees;
    }

    public Eigen eigen() {
        return eigen;
    }

    public boolean isReal() {
        return failure == null && eigen.isReal();
    }

    /** Null, or why the eigenvalues could not be computed for this matrix. */
    public String failure() {
        return failure;
    }

    /**
     * The k-th eigenvector when it really satisfies A v = λ v (to 1e-9 of ‖A‖), else null: the
     * picture draws only these, so a defective matrix shows the one line it truly has.
     */
    public double[] verifiedVector(int k) {
        return verified[k] ? vectors[k].clone() : null;
    }

    /** Fewer independent eigen-directions than the size: A shears. */
    public boolean isDefective() {
        if (failure != null || !eigen.isReal()) {
            return false;
        }
        for (boolean ok : verified) {
            if (!ok) {
                return true;
            }
        }
        return false;
    }

    private boolean satisfiesEigenEquation(double[] v, double lambda) {
        double scale = Math.max(1, Linalg.frobenius(a));
        for (int i = 0; i < a.length; i++) {
            double s = -lambda * v[i];
            for (int j = 0; j < a.length; j++) {
                s += a[i][j] * v[j];
            }
            if (Math.abs(s) > 1e-9 * scale) {
                return false;
            }
        }
        return true;
    }

    public double real(int k) {
        return eigen.real()[k];
    }

    public double imaginary(int k) {
        return eigen.imaginary()[k];
    }

    /** The k-th unit eigenvector (sorted and signed as eigvecs does), or null if λₖ is complex. */
    public double[] vector(int k) {
        return vectors[k] == null ? null : vectors[k].clone();
    }

    /** λₖ as text: a number, or {@code 1.0+2.0i} for a complex one (as the math language prints it). */
    public String valueText(int k) {
        double im = eigen.imaginary()[k];
        if (im == 0) {
            return Numbers.format(eigen.real()[k]);
        }
        return Numbers.format(eigen.real()[k]) + (im < 0 ? "-" : "+") + Numbers.format(Math.abs(im)) + "i";
    }

    /** A = c·I: every vector is an eigenvector. */
    public boolean isScalarMultipleOfIdentity() {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (a[i][j] != (i == j ? a[0][0] : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * For a 2×2 with complex eigenvalues a ± bi: the angle A turns by, in degrees (0..180),
     * the argument of a + |b|i. A is a rotation by it combined with a stretch (in a suitable basis).
     */
    public double rotationDegrees() {
        return Math.toDegrees(Math.atan2(Math.abs(eigen.imaginary()[0]), eigen.real()[0]));
    }

    /** |λ| = √(a² + b²) for a complex pair: the stretch that goes with the rotation. */
    public double rotationScale() {
        return Math.hypot(eigen.real()[0], eigen.imaginary()[0]);
    }

    /** The sentence for complex eigenvalues a ± bi, or "" when they are all real. */
    public String complexSentence() {
        for (int k = 0; k < a.length; k++) {
            if (eigen.imaginary()[k] > 0) {
                String pair = Numbers.brief(eigen.real()[k], 3) + " ± " + Numbers.brief(eigen.imaginary()[k], 3) + "i";
                String turn = Numbers.brief(Math.toDegrees(Math.atan2(eigen.imaginary()[k], eigen.real()[k])), 1) + "°";
                return a.length == 2
                        ? "complex eigenvalues " + pair + ": A rotates every vector, no real eigen-direction (turn " + turn + ")"
                        : "complex eigenvalues " + pair + ": A turns the plane across the real eigen-line by " + turn;
            }
        }
        return "";
    }

    // -------------------------------------------------------------------- x and Ax

    private void update() {
        int n = a.length;
        if (n == 2) {
            double t = Math.toRadians(angleDegrees);
            x[0] = Math.cos(t);
            x[1] = Math.sin(t);
            x[2] = 0;
        } else {
            pathPoint(angleDegrees, x);
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += a[i][j] * x[j];
            }
            ax[i] = s;
        }
        if (n == 2) {
            ax[2] = 0;
        }
    }

    /** The current unit vector x (three entries; the third is 0 for 2×2). */
    public double[] x() {
        return x;
    }

    /** A·x (three entries; the third is 0 for 2×2). */
    public double[] ax() {
        return ax;
    }

    /** The angle in degrees between the lines of x and Ax (0..90); 0 when Ax = 0 (then Ax = 0·x). */
    public double misalignmentDegrees() {
        double len = Math.sqrt(ax[0] * ax[0] + ax[1] * ax[1] + ax[2] * ax[2]);
        if (len < 1e-9) {
            return 0;
        }
        double dot = Math.abs(ax[0] * x[0] + ax[1] * x[1] + ax[2] * x[2]) / len;
        return Math.toDegrees(Math.acos(Math.min(1, dot)));
    }

    /** The signed angle from x to Ax in degrees (2×2 only): how far A turned this x. */
    public double turnDegrees() {
        return Math.toDegrees(Math.atan2(x[0] * ax[1] - x[1] * ax[0], x[0] * ax[0] + x[1] * ax[1]));
    }

    /** True when x lies (within {@link #ALIGN_DEGREES}) on an eigen-direction: Ax = λx. */
    public boolean isAligned() {
        return misalignmentDegrees() < ALIGN_DEGREES;
    }

    /**
     * The eigenvalue belonging to the eigen-direction x is on: the real eigenvalue whose
     * eigenvector is nearest to x's line, or the stretch x·Ax when there is none to compare.
     */
    public double alignedLambda() {
        int best = nearestEigenvector();
        if (best >= 0) {
            return eigen.real()[best];
        }
        return ax[0] * x[0] + ax[1] * x[1] + ax[2] * x[2];
    }

    /** The index of the real eigenvector closest to the line of x, or −1. */
    public int nearestEigenvector() {
        int best = -1;
        double bestDot = -1;
        for (int k = 0; k < a.length; k++) {
            double[] v = verified[k] ? vectors[k] : null;
            if (v == null) {
                continue;
            }
            double dot = 0;
            for (int i = 0; i < a.length; i++) {
                dot += v[i] * x[i];
            }
            if (Math.abs(dot) > bestDot + 1e-12) {
                bestDot = Math.abs(dot);
                best = k;
            }
        }
        return best;
    }

    /**
     * The path angles (degrees in [0, 360)) at which x meets an eigen-direction, sorted: for
     * 2×2 both ends of every real eigenvector; for 3×3 the anchors at 0, 120 and 240 that are eigenvectors.
     */
    public double[] eigenAngles() {
        int n = a.length;
        double[] out = new double[2 * n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (!verified[k]) {
                continue;
            }
            if (n == 2) {
                double t = Math.toDegrees(Math.atan2(vectors[k][1], vectors[k][0]));
                out[m++] = ((t % 360) + 360) % 360;
                out[m++] = ((t + 180) % 360 + 360) % 360;
            } else {
                for (int j = 0; j < 3; j++) {
                    if (sameLine(anchors[j], vectors[k])) {
                        out[m++] = 120.0 * j;
                    }
                }
            }
        }
        double[] sorted = java.util.Arrays.copyOf(out, m);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /**
     * Where Step takes x from {@code now} (degrees): the next eigen-direction along the path, the
     * first one again after the last, or the next multiple of 15° when there is none.
     */
    public double nextStop(double now) {
        double[] stops = eigenAngles();
        if (stops.length == 0) {
            return Math.floor(now / 15 + 1) * 15 % 360;
        }
        for (double s : stops) {
            if (s > now + 0.5) {
                return Math.round(s * 10) / 10.0;
            }
        }
        return Math.round(stops[0] * 10) / 10.0 % 360;
    }

    /**
     * How fast a sweep moves x here, as a share of its full pace: slower as x nears an
     * eigen-direction, so the moment x and Ax line up lasts long enough to read.
     */
    public double sweepPace() {
        return 0.2 + 0.8 * Math.min(1, misalignmentDegrees() / 12);
    }

    private static boolean sameLine(double[] u, double[] v) {
        double dot = 0;
        for (int i = 0; i < 3; i++) {
            dot += u[i] * v[i];
        }
        return Math.abs(Math.abs(dot) - 1) < 1e-9;
    }

    // -------------------------------------------------------------------- drawing data

    public double[] ellipseX() {
        return ellipseX;
    }

    public double[] ellipseY() {
        return ellipseY;
    }

    /** Points on the unit sphere, x, y, z interleaved (3×3). */
    public double[] spherePoints() {
        return sphere;
    }

    /** Their images under A (3×3): the ellipsoid Ax. */
    public double[] sphereImages() {
        return sphereImage;
    }

    // -------------------------------------------------------------------- the 3×3 path

    /** The three directions x passes through: the eigenvectors when real, else the real one and two at right angles to it. */
    private void buildAnchors() {
        double[][] picks = new double[3][];
        int m = 0;
        for (int k = 0; k < 3; k++) {
            if (verified[k] && m < 3) {
                boolean repeat = false;
                for (int j = 0; j < m; j++) {
                    repeat |= sameLine(picks[j], vectors[k]);
                }
                if (!repeat) {
                    picks[m++] = vectors[k];
                }
            }
        }
        double[][] basis = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        for (int b = 0; m < 3 && b < 3; b++) {
            // complete with the standard axis least like what is there, made perpendicular to it
            double[] c = basis[b].clone();
            for (int j = 0; j < m; j++) {
                double d = c[0] * picks[j][0] + c[1] * picks[j][1] + c[2] * picks[j][2];
                for (int i = 0; i < 3; i++) {
                    c[i] -= d * picks[j][i];
                }
            }
            double len = Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
            if (len > 0.3) {
                for (int i = 0; i < 3; i++) {
                    c[i] /= len;
                }
                picks[m++] = c;
            }
        }
        // sign them so each step to the next is the shorter way round (a line has two ends)
        anchors[0] = picks[0].clone();
        for (int j = 1; j < 3; j++) {
            double[] prev = anchors[j - 1];
            double d = prev[0] * picks[j][0] + prev[1] * picks[j][1] + prev[2] * picks[j][2];
            anchors[j] = picks[j].clone();
            if (d < 0) {
                for (int i = 0; i < 3; i++) {
                    anchors[j][i] = -anchors[j][i];
                }
            }
        }
    }

    /** x on the sphere: along the great circle from one anchor to the next, 120° of angle each. */
    private void pathPoint(double degrees, double[] out) {
        double t = ((degrees % 360) + 360) % 360;
        int k = Math.min(2, (int) (t / 120));
        double s = (t - 120 * k) / 120;
        double[] p = anchors[k];
        double[] q = anchors[(k + 1) % 3];
        double dot = p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
        double omega = Math.acos(Math.max(-1, Math.min(1, dot)));
        double sin = Math.sin(omega);
        double wp;
        double wq;
        if (sin < 1e-9) {
            wp = 1 - s;
            wq = s;
        } else {
            wp = Math.sin((1 - s) * omega) / sin;
            wq = Math.sin(s * omega) / sin;
        }
        double len = 0;
        for (int i = 0; i < 3; i++) {
            out[i] = wp * p[i] + wq * q[i];
            len += out[i] * out[i];
        }
        len = Math.sqrt(len);
        if (len < 1e-9) {
            System.arraycopy(p, 0, out, 0, 3);
            return;
        }
        for (int i = 0; i < 3; i++) {
            out[i] /= len;
        }
    }
}
