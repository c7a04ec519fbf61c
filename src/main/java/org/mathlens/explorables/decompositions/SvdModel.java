package org.mathlens.explorables.decompositions;

import org.mathlens.explorable.Stages;
import org.mathlens.math.linalg.Linalg;
import org.mathlens.math.linalg.Svd;

/**
 * A (2×2 or 3×3) as three moves: Vᵀ rotates, Σ stretches along the axes, U rotates (or, when
 * det A &lt; 0, turns and reflects). Progress p runs 0…3; the map applied to the unit circle
 * (sphere) at p is M(p) = U(α₃) Σ(α₂) Vᵀ(α₁) with αᵢ the eased progress of move i, so
 * M(0) = I and M(3) = A. Pure mathematics: no JavaFX.
 */
public final class SvdModel {
    public static final Stages STAGES = new Stages("Vᵀ rotates", "Σ stretches", "U rotates");
    /** Points round the unit circle (2×2). */
    public static final int CIRCLE_POINTS = 120;
    /** Points on the unit sphere (3×3): a Fibonacci lattice, evenly spread. */
    public static final int SPHERE_POINTS = 240;

    private double[][] a;
    private Svd svd;
    private int n;
    private double[][] vt;
    private final double[] circle = new double[3 * Math.max(CIRCLE_POINTS, SPHERE_POINTS)];
    private final double[] image = new double[circle.length];
    private double[][] map;
    private double progress;

    public SvdModel(double[][] a, double progress) {
        setMatrix(a);
        setProgress(progress);
    }

    public void setMatrix(double[][] matrix) {
        a = copy(matrix);
        n = a.length;
        svd = Svd.of(a);
        vt = Linalg.transpose(svd.v());
        fillUnitPoints();
        recompute();
    }

    public void setProgress(double p) {
        progress = Math.max(0, Math.min(STAGES.count(), p));
        recompute();
    }

    public int size() {
        return n;
    }

    public double progress() {
        return progress;
    }

    public double[][] a() {
        return copy(a);
    }

    public double[] sigma() {
        return svd.sigma().clone();
    }

    public double sigma(int i) {
        return svd.sigma()[i];
    }

    public double[][] u() {
        return copy(svd.u());
    }

    public double[][] v() {
        return copy(svd.v());
    }

    /** The i-th right singular vector vᵢ (a column of V). */
    public double[] rightVector(int i) {
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            out[r] = svd.v()[r][i];
        }
        return out;
    }

    /** The i-th left singular vector uᵢ (a column of U). */
    public double[] leftVector(int i) {
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            out[r] = svd.u()[r][i];
        }
        return out;
    }

    public int rank() {
        return svd.rank();
    }

    /** σ₁ / σₙ, or +∞ when A is singular. */
    public double condition() {
        return svd.condition();
    }

    /** AᵀA, whose eigenvalues are σᵢ² and whose eigenvectors are the vᵢ. */
    public double[][] gram() {
        return Linalg.multiply(Linalg.transpose(a), a);
    }

    /** Whether U holds a reflection (det U = −1; then det A &lt; 0). */
    public boolean uReflects() {
        return Linalg.det(svd.u()) < 0;
    }

    /** M(p), the map the picture applies at the current progress. */
    public double[][] map() {
        return copy(map);
    }

    /** M at any progress, for the faint ghosts of the moves already made. */
    public double[][] mapAt(double p) {
        double[][] rot = partial(vt, STAGES.alphaOf(0, p));
        double s = STAGES.alphaOf(1, p);
        double[][] stretch = new double[n][n];
        for (int i = 0; i < n; i++) {
            stretch[i][i] = 1 + s * (svd.sigma()[i] - 1);
        }
        double[][] turn = partial(svd.u(), STAGES.alphaOf(2, p));
        return Linalg.multiply(turn, Linalg.multiply(stretch, rot));
    }

    /** The unit circle (x, y, 0 triples) or sphere (x, y, z), as many points as {@link #pointCount()}. */
    public double[] unitPoints() {
        return circle;
    }

    /** Those points under M(p). */
    public double[] images() {
        return image;
    }

    public int pointCount() {
        return n == 2 ? CIRCLE_POINTS : SPHERE_POINTS;
    }

    /** M(p) vᵢ: where the i-th right singular vector is now (σᵢuᵢ once all three moves are done). */
    public double[] movedVector(int i) {
        return Linalg.multiply(map, rightVector(i));
    }

    /** Words for the play: "Σ stretches (40 %)". */
    public String describe() {
        return STAGES.describe(progress);
    }

    private void recompute() {
        map = mapAt(progress);
        int count = pointCount();
        for (int k = 0; k < count; k++) {
            for (int r = 0; r < 3; r++) {
                double sum = 0;
                for (int c = 0; c < n; c++) {
                    sum += map[r < n ? r : 0][c] * circle[3 * k + c];
                }
                image[3 * k + r] = r < n ? sum : 0;
            }
        }
    }

    private void fillUnitPoints() {
        if (n == 2) {
            for (int k = 0; k < CIRCLE_POINTS; k++) {
                double t = 2 * Math.PI * k / CIRCLE_POINTS;
                circle[3 * k] = Math.cos(t);
                circle[3 * k + 1] = Math.sin(t);
                circle[3 * k + 2] = 0;
            }
        } else {
            double golden = Math.PI * (3 - Math.sqrt(5));
            for (int k = 0; k < SPHERE_POINTS; k++) {
                double z = 1 - 2 * (k + 0.5) / SPHERE_POINTS;
                double r = Math.sqrt(1 - z * z);
                circle[3 * k] = r * Math.cos(golden * k);
                circle[3 * k + 1] = r * Math.sin(golden * k);
                circle[3 * k + 2] = z;
            }
        }
    }

    /**
     * The orthogonal Q carried a fraction α of the way from I. A rotation turns by α of its angle
     * about its axis; a reflection Q = R·F (F flips the last axis) squashes that axis through
     * zero, F(α) = diag(1, …, 1 − 2α), while R turns — a mirror cannot be reached by turning.
     */
    static double[][] partial(double[][] q, double alpha) {
        int n = q.length;
        double[][] r = copy(q);
        boolean reflects = Linalg.det(q) < 0;
        if (reflects) {
            for (double[] row : r) {
                row[n - 1] = -row[n - 1];
            }
        }
        double[][] turn = n == 2 ? turn2(r, alpha) : turn3(r, alpha);
        if (reflects) {
            for (double[] row : turn) {
                row[n - 1] *= 1 - 2 * alpha;
            }
        }
        return turn;
    }

    private static double[][] turn2(double[][] r, double alpha) {
        double t = alpha * Math.atan2(r[1][0], r[0][0]);
        return new double[][] {{Math.cos(t), -Math.sin(t)}, {Math.sin(t), Math.cos(t)}};
    }

    /** Axis–angle (Rodrigues) interpolation of a 3×3 rotation. */
    private static double[][] turn3(double[][] r, double alpha) {
        double cos = Math.max(-1, Math.min(1, (Linalg.trace(r) - 1) / 2));
        double angle = Math.acos(cos);
        double[] axis = {r[2][1] - r[1][2], r[0][2] - r[2][0], r[1][0] - r[0][1]};
        double len = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        if (angle < 1e-12) {
            return Linalg.identity(3);
        }
        if (len < 1e-9) {
            // a half turn: the axis is the column of (R + I) with the largest norm
            double[][] p = copy(r);
            int best = 0;
            double bestNorm = -1;
            for (int c = 0; c < 3; c++) {
                p[c][c] += 1;
            }
            for (int c = 0; c < 3; c++) {
                double norm = Math.hypot(Math.hypot(p[0][c], p[1][c]), p[2][c]);
                if (norm > bestNorm) {
                    bestNorm = norm;
                    best = c;
                }
            }
            axis = new double[] {p[0][best], p[1][best], p[2][best]};
            len = bestNorm;
        }
        double x = axis[0] / len;
        double y = axis[1] / len;
        double z = axis[2] / len;
        double t = alpha * angle;
        double c = Math.cos(t);
        double s = Math.sin(t);
        double k = 1 - c;
        return new double[][] {
            {c + x * x * k, x * y * k - z * s, x * z * k + y * s},
            {y * x * k + z * s, c + y * y * k, y * z * k - x * s},
            {z * x * k - y * s, z * y * k + x * s, c + z * z * k}};
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
