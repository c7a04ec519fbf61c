package org.mathlens.kit;

/**
 * World-space geometry 3D panes share, with no drawing in it: where a plane meets the box
 * the picture shows. Pure arithmetic, tested without a screen.
 */
public final class Shapes3D {
    /** The cube's 12 edges as pairs of corner indices; corner i has coordinates (±r) from bits 0, 1, 2 of i. */
    private static final int[] EDGES = {
        0, 1, 2, 3, 4, 5, 6, 7, // along x
        0, 2, 1, 3, 4, 6, 5, 7, // along y
        0, 4, 1, 5, 2, 6, 3, 7, // along z
    };

    private Shapes3D() {
    }

    /**
     * The polygon where the plane a·x + b·y + c·z = d meets the box [-r, r]³: its vertices in
     * order (counter-clockwise seen from the side the normal (a, b, c) points to), interleaved
     * x, y, z. Empty when the plane misses the box, only touches it at an edge or corner, or
     * is not a plane (a = b = c = 0, or anything non-finite).
     */
    public static double[] planeThroughBox(double a, double b, double c, double d, double r) {
        double[] out = new double[3 * 12];
        int n = planeThroughBox(a, b, c, d, r, out);
        return java.util.Arrays.copyOf(out, 3 * n);
    }

    /**
     * The same into a caller's array (for per-frame use): writes up to 6 vertices (x, y, z each) into {@code out},
     * which needs room for 12 (36 numbers) while working, and returns how many there are:
     * 0, or 3 to 6.
     */
    public static int planeThroughBox(double a, double b, double c, double d, double r, double[] out) {
        double norm = Math.sqrt(a * a + b * b + c * c);
        if (!(norm > 0) || !Double.isFinite(norm) || !Double.isFinite(d) || !(r > 0) || !Double.isFinite(r)) {
            return 0;
        }
        // scale so that the signed value of a corner is its distance from the plane
        a /= norm;
        b /= norm;
        c /= norm;
        d /= norm;
        double eps = 1e-12 * r;
        int n = 0;
        for (int e = 0; e < EDGES.length; e += 2) {
            int p = EDGES[e];
            int q = EDGES[e + 1];
            double px = corner(p, 0, r);
            double py = corner(p, 1, r);
            double pz = corner(p, 2, r);
            double qx = corner(q, 0, r);
            double qy = corner(q, 1, r);
            double qz = corner(q, 2, r);
            double sp = a * px + b * py + c * pz - d;
            double sq = a * qx + b * qy + c * qz - d;
            if (Math.abs(sp) <= eps) {
                n = addUnique(out, n, px, py, pz, r);
            }
            if (Math.abs(sq) <= eps) {
                n = addUnique(out, n, qx, qy, qz, r);
            }
            if ((sp > eps && sq < -eps) || (sp < -eps && sq > eps)) {
                double t = sp / (sp - sq);
                n = addUnique(out, n, px + t * (qx - px), py + t * (qy - py), pz + t * (qz - pz), r);
            }
        }
        if (n < 3) {
            return 0;
        }
        sortAroundNormal(out, n, a, b, c);
        return n;
    }

    /** Coordinate {@code axis} (0, 1, 2) of the centroid of the first n points stored as x, y, z triples. */
    public static double centroid(double[] pts, int n, int axis) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += pts[3 * i + axis];
        }
        return sum / n;
    }

    /**
     * The part of the line a + t·d (six numbers: a, then d) inside the box [−r, r]³, as its
     * two ends (six numbers); null when the line misses the box.
     */
    public static double[] lineThroughBox(double[] line, double r) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) {
            double a = line[k];
            double d = line[3 + k];
            if (Math.abs(d) < 1e-12) {
                if (Math.abs(a) > r) {
                    return null;
                }
                continue;
            }
            double t1 = (-r - a) / d;
            double t2 = (r - a) / d;
            lo = Math.max(lo, Math.min(t1, t2));
            hi = Math.min(hi, Math.max(t1, t2));
        }
        if (!(lo < hi)) {
            return null;
        }
        return new double[] {line[0] + lo * line[3], line[1] + lo * line[4], line[2] + lo * line[5],
            line[0] + hi * line[3], line[1] + hi * line[4], line[2] + hi * line[5]};
    }

    private static double corner(int index, int axis, double r) {
        return ((index >> axis) & 1) == 0 ? -r : r;
    }

    /** A corner on the plane is met by three edges: keep it once. */
    private static int addUnique(double[] out, int n, double x, double y, double z, double r) {
        double tol = 1e-9 * r;
        for (int i = 0; i < n; i++) {
            if (Math.abs(out[3 * i] - x) <= tol && Math.abs(out[3 * i + 1] - y) <= tol
                    && Math.abs(out[3 * i + 2] - z) <= tol) {
                return n;
            }
        }
        out[3 * n] = x;
        out[3 * n + 1] = y;
        out[3 * n + 2] = z;
        return n + 1;
    }

    /** Orders the points by angle around their centroid, in a basis (u, v) of the plane with u × v = normal. */
    private static void sortAroundNormal(double[] pts, int n, double a, double b, double c) {
        double cx = centroid(pts, n, 0);
        double cy = centroid(pts, n, 1);
        double cz = centroid(pts, n, 2);
        // u: any unit vector in the plane, from crossing the normal with the axis it is least like
        double ux;
        double uy;
        double uz;
        if (Math.abs(a) <= Math.abs(b) && Math.abs(a) <= Math.abs(c)) {
            ux = 0;
            uy = c;
            uz = -b;
        } else if (Math.abs(b) <= Math.abs(c)) {
            ux = -c;
            uy = 0;
            uz = a;
        } else {
            ux = b;
            uy = -a;
            uz = 0;
        }
        double vx = b * uz - c * uy;
        double vy = c * ux - a * uz;
        double vz = a * uy - b * ux;
        double[] angle = new double[n];
        for (int i = 0; i < n; i++) {
            double dx = pts[3 * i] - cx;
            double dy = pts[3 * i + 1] - cy;
            double dz = pts[3 * i + 2] - cz;
            // v = n × u, so (u, v, n) is right-handed and increasing angle runs counter-clockwise
            angle[i] = Math.atan2(dx * vx + dy * vy + dz * vz, dx * ux + dy * uy + dz * uz);
        }
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0 && angle[j] < angle[j - 1]; j--) {
                double t = angle[j];
                angle[j] = angle[j - 1];
                angle[j - 1] = t;
                for (int k = 0; k < 3; k++) {
                    t = pts[3 * j + k];
                    pts[3 * j + k] = pts[3 * (j - 1) + k];
                    pts[3 * (j - 1) + k] = t;
                }
            }
        }
    }

    /**
     * Keeps the part of a convex polygon (x, y, z interleaved) where coordinate {@code axis}
     * lies in [lo, hi], writing it to {@code out} and returning its vertex count (0 if none).
     * {@code tmp} holds the half-way result; both need room for n + 2 vertices.
     */
    public static int clipToSlab(double[] in, int n, int axis, double lo, double hi, double[] tmp, double[] out) {
        int m = clipHalf(in, n, axis, lo, 1, tmp);
        return clipHalf(tmp, m, axis, hi, -1, out);
    }

    /** Sutherland–Hodgman against one side: keeps where sign · (coordinate − bound) ≥ 0. */
    private static int clipHalf(double[] in, int n, int axis, double bound, double sign, double[] out) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double si = sign * (in[3 * i + axis] - bound);
            double sj = sign * (in[3 * j + axis] - bound);
            if (si >= 0) {
                System.arraycopy(in, 3 * i, out, 3 * m++, 3);
            }
            if ((si >= 0) != (sj >= 0)) {
                double t = si / (si - sj);
                for (int k = 0; k < 3; k++) {
                    out[3 * m + k] = in[3 * i + k] + t * (in[3 * j + k] - in[3 * i + k]);
                }
                out[3 * m + axis] = bound; // exactly on the cut, so neighbouring pieces meet
                m++;
            }
        }
        return m < 3 ? 0 : m;
    }
}
