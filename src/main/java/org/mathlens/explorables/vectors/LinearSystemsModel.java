package org.mathlens.explorables.vectors;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Linalg;

/**
 * A square linear system A·x = b of two or three equations: what kind of solution set it has
 * (one point, none, infinitely many), the solution, and Gauss–Jordan elimination written as
 * the row operations a learner would do by hand (forward elimination, then back
 * substitution), with the augmented matrix after each one. Pure arithmetic: the
 * "linear-systems" pane draws the equations of {@link #state} or {@link #between}.
 */
public final class LinearSystemsModel {
    /** How many points solve the system. */
    public enum Kind { UNIQUE, NONE, INFINITE }

    /** What a row operation does. */
    public enum Type { SWAP, SCALE, ADD }

    /**
     * One row operation on the augmented matrix. SWAP exchanges rows {@code target} and
     * {@code source}; SCALE divides row {@code target} by {@code factor} (its pivot); ADD
     * subtracts {@code factor} times row {@code source} from row {@code target}. {@code column}
     * is the pivot column the operation works on; {@code phase} is "elimination" (below the
     * pivots) or "substitution" (above them).
     */
    public record RowOp(Type type, int target, int source, double factor, int column, String phase) {
        /** How a learner writes it: R₂ ← R₂ − 1.2·R₁. */
        public String text() {
            String t = row(target);
            return switch (type) {
                case SWAP -> t + " ↔ " + row(source);
                case SCALE -> t + " ← " + t + " ÷ " + Numbers.factor(factor, 4);
                case ADD -> factor < 0
                        ? t + " ← " + t + " + " + coefficient(-factor) + row(source)
                        : t + " ← " + t + " − " + coefficient(factor) + row(source);
            };
        }

        private static String coefficient(double f) {
            return f == 1 ? "" : Numbers.brief(f, 4) + "·";
        }
    }

    private static final String[] SUBSCRIPT = {"₀", "₁", "₂", "₃"};
    /** The most row operations a 3×3 system needs: two swaps, three scalings, three clearings below and three above. */
    public static final int MOST_OPS = 11;

    private int n;
    private double[][] a;
    private double[] b;
    private Kind kind;
    private double[] solution;
    private int rank;
    private int augmentedRank;
    private double det;
    private final List<RowOp> ops = new ArrayList<>();
    private final List<double[][]> states = new ArrayList<>();

    public LinearSystemsModel(double[][] a, double[] b) {
        set(a, b);
    }

    /** The row name a learner writes: R₁, R₂, R₃ (rows counted from 1). */
    public static String row(int i) {
        return "R" + SUBSCRIPT[i + 1];
    }

    /**
     * Takes A (n×n, n = 2 or 3) and the right-hand side b, of which the first n entries are
     * used (so a 3-vector serves a 2×2 system too).
     */
    public void set(double[][] a, double[] b) {
        n = a.length;
        if (n < 1 || n > 3 || b.length < n) {
            throw new IllegalArgumentException("a linear system needs a 1×1 to 3×3 matrix and n entries of b");
        }
        this.a = new double[n][];
        this.b = new double[n];
        for (int i = 0; i < n; i++) {
            this.a[i] = a[i].clone();
            this.b[i] = b[i];
        }
        double[][] aug = augmented();
        rank = Linalg.rank(this.a);
        augmentedRank = Linalg.rank(aug);
        det = Linalg.det(this.a);
        if (rank < augmentedRank) {
            kind = Kind.NONE;
            solution = null;
        } else if (rank < n) {
            kind = Kind.INFINITE;
            solution = null;
        } else {
            kind = Kind.UNIQUE;
            solution = Linalg.solve(this.a, this.b);
            for (int i = 0; i < n; i++) {
                solution[i] = tidy(solution[i]);
            }
        }
        eliminate(aug);
    }

    public int n() {
        return n;
    }

    public double[][] a() {
        return copy(a);
    }

    public double[] b() {
        return b.clone();
    }

    /** [A | b]: n rows of n + 1 numbers. */
    public double[][] augmented() {
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        return m;
    }

    public Kind kind() {
        return kind;
    }

    /** The one solution, or null when there is none or there are infinitely many. */
    public double[] solution() {
        return solution == null ? null : solution.clone();
    }

    public int rank() {
        return rank;
    }

    public int augmentedRank() {
        return augmentedRank;
    }

    public double det() {
        return det;
    }

    /** The row operations of Gauss–Jordan elimination, in order. */
    public List<RowOp> ops() {
        return List.copyOf(ops);
    }

    public int steps() {
        return ops.size();
    }

    /** The augmented matrix after {@code k} operations (0 = the system as given). */
    public double[][] state(int k) {
        return copy(states.get(k));
    }

    /**
     * The augmented matrix a fraction {@code t} (0..1) of the way through operation {@code k},
     * written into {@code out} (n × (n + 1)), so the picture can move the lines or planes from
     * the "before" to the "after" equations. Coefficients move in a straight line, except that a
     * scaling grows geometrically (so a row is never scaled by 0 on the way: the line stays put,
     * as it should: scaling an equation does not change its solutions).
     */
    public void between(int k, double t, double[][] out) {
        double[][] from = states.get(k);
        if (k >= ops.size() || t <= 0) {
            copyInto(from, out);
            return;
        }
        double[][] to = states.get(k + 1);
        RowOp op = ops.get(k);
        copyInto(from, out);
        if (op.type() == Type.SCALE) {
            double g = Math.pow(Math.abs(1 / op.factor()), t) * (op.factor() < 0 && t >= 0.5 ? -1 : 1);
            for (int j = 0; j <= n; j++) {
                out[op.target()][j] = from[op.target()][j] * g;
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= n; j++) {
                out[i][j] = from[i][j] + t * (to[i][j] - from[i][j]);
            }
        }
    }

    /**
     * The line where the planes p·(x, y, z) = p₃ and q·(x, y, z) = q₃ meet, as {a, d}: its point
     * nearest the origin a and a unit direction d (six numbers); null when the planes are parallel.
     */
    public static double[] meet(double[] p, double[] q) {
        double dx = p[1] * q[2] - p[2] * q[1];
        double dy = p[2] * q[0] - p[0] * q[2];
        double dz = p[0] * q[1] - p[1] * q[0];
        double d2 = dx * dx + dy * dy + dz * dz;
        double np = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
        double nq = q[0] * q[0] + q[1] * q[1] + q[2] * q[2];
        if (!(d2 > 1e-12 * np * nq)) {
            return null;
        }
        // the point nearest the origin: (p₃ (q × d) + q₃ (d × p)) / |d|², with d = p × q
        double ax = (p[3] * (q[1] * dz - q[2] * dy) + q[3] * (dy * p[2] - dz * p[1])) / d2;
        double ay = (p[3] * (q[2] * dx - q[0] * dz) + q[3] * (dz * p[0] - dx * p[2])) / d2;
        double az = (p[3] * (q[0] * dy - q[1] * dx) + q[3] * (dx * p[1] - dy * p[0])) / d2;
        double len = Math.sqrt(d2);
        return new double[] {ax, ay, az, dx / len, dy / len, dz / len};
    }

    /** Applies one row operation to a copy of the augmented matrix. */
    public static double[][] apply(RowOp op, double[][] m) {
        double[][] r = copy(m);
        int t = op.target();
        int s = op.source();
        switch (op.type()) {
            case SWAP -> {
                double[] tmp = r[t];
                r[t] = r[s];
                r[s] = tmp;
            }
            case SCALE -> {
                for (int j = 0; j < r[t].length; j++) {
                    r[t][j] = r[t][j] / op.factor() + 0.0;
                }
                r[t][op.column()] = 1; // exactly: the pivot divided by itself
            }
            case ADD -> {
                for (int j = 0; j < r[t].length; j++) {
                    r[t][j] = r[t][j] - op.factor() * r[s][j] + 0.0;
                }
                r[t][op.column()] = 0; // exactly: that is what the factor was chosen for
            }
        }
        return r;
    }

    private void eliminate(double[][] start) {
        ops.clear();
        states.clear();
        states.add(start);
        double scale = 0;
        for (double[] row : start) {
            for (double x : row) {
                scale = Math.max(scale, Math.abs(x));
            }
        }
        double tol = 1e-10 * Math.max(1, scale);
        int[] pivotColumn = new int[n];
        int pivots = 0;
        // forward elimination: a pivot 1 in each column that has one, zeros below it
        for (int c = 0; c < n && pivots < n; c++) {
            double[][] m = last();
            int p = -1;
            for (int i = pivots; i < n; i++) {
                if (Math.abs(m[i][c]) > tol) {
                    p = i;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            if (p != pivots) {
                push(new RowOp(Type.SWAP, pivots, p, 1, c, "elimination"), tol);
            }
            double pivot = last()[pivots][c];
            if (pivot != 1) {
                push(new RowOp(Type.SCALE, pivots, pivots, pivot, c, "elimination"), tol);
            }
            for (int i = pivots + 1; i < n; i++) {
                double f = last()[i][c];
                if (f != 0) {
                    push(new RowOp(Type.ADD, i, pivots, f, c, "elimination"), tol);
                }
            }
            pivotColumn[pivots++] = c;
        }
        // back substitution: clear the entries above each pivot, last pivot first
        for (int k = pivots - 1; k >= 0; k--) {
            int c = pivotColumn[k];
            for (int i = k - 1; i >= 0; i--) {
                double f = last()[i][c];
                if (f != 0) {
                    push(new RowOp(Type.ADD, i, k, f, c, "substitution"), tol);
                }
            }
        }
    }

    private double[][] last() {
        return states.get(states.size() - 1);
    }

    private void push(RowOp op, double tol) {
        double[][] next = apply(op, last());
        for (double[] row : next) {
            for (int j = 0; j < row.length; j++) {
                if (Math.abs(row[j]) <= tol) {
                    row[j] = 0; // rounding dust, not a coefficient
                } else {
                    row[j] = tidy(row[j]);
                }
            }
        }
        ops.add(op);
        states.add(next);
    }

    /**
     * Rounds away binary noise (29.999999999999996 → 30) and nothing more: the test is relative
     * to x itself, so a small true value like 3e-13 is kept, not rounded to 0.
     */
    static double tidy(double x) {
        if (!(Math.abs(x) < 1e6)) {
            return x;
        }
        double r = Math.round(x * 1e9) / 1e9;
        return Math.abs(r - x) <= 1e-12 * Math.abs(x) ? r + 0.0 : x;
    }

    /**
     * For a consistent 3×3 system of rank 2: a point on the line of solutions and its
     * direction (six numbers), else null.
     */
    public double[] solutionLine() {
        if (kind != Kind.INFINITE || n != 3 || rank != 2) {
            return null;
        }
        double[] p = Linalg.multiply(Linalg.pinv(a), b);
        // the direction spans the null space of A: the cross product of two independent rows
        double[] d = null;
        for (int i = 0; i < 3 && d == null; i++) {
            for (int j = i + 1; j < 3 && d == null; j++) {
                double[] c = cross(a[i], a[j]);
                if (Linalg.norm(c, 2) > 1e-9 * Math.max(1, Linalg.norm(a[i], 2) * Linalg.norm(a[j], 2))) {
                    d = c;
                }
            }
        }
        if (d == null) {
            return null;
        }
        double len = Linalg.norm(d, 2);
        return new double[] {p[0], p[1], p[2], d[0] / len, d[1] / len, d[2] / len};
    }

    /** u × v for 3-vectors. */
    public static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    /** What the solution set is, in words, as the picture says it. */
    public String verdict() {
        String things = n == 2 ? "lines" : "planes";
        int zeroRow = zeroRow();
        return switch (kind) {
            case UNIQUE -> "one solution: the " + (n == 2 ? "lines cross" : "three planes meet") + " at " + point(solution);
            case NONE -> zeroRow >= 0
                    ? "no solution: equation " + (zeroRow + 1) + " reads 0 = " + Numbers.brief(b[zeroRow], 3)
                    : n == 2 ? "no solution: the lines are parallel"
                    : parallelPair() != null ? "no solution: planes " + parallelPair() + " are parallel"
                    : "no solution: the planes have no common point";
            case INFINITE -> rank == 0 ? "infinitely many: 0 = 0, every point solves it"
                    : rank == 1 ? "infinitely many: the " + things + " coincide"
                    : "infinitely many: the planes share a line of solutions";
        };
    }

    /** The first equation with all coefficients zero, or −1. */
    private int zeroRow() {
        for (int i = 0; i < n; i++) {
            boolean zero = true;
            for (int j = 0; j < n; j++) {
                zero &= a[i][j] == 0;
            }
            if (zero) {
                return i;
            }
        }
        return -1;
    }

    /** "1 and 2" when two rows of A are parallel (the planes parallel or the same), else null. */
    private String parallelPair() {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Linalg.rank(new double[][] {a[i], a[j]}) == 1) {
                    return (i + 1) + " and " + (j + 1);
                }
            }
        }
        return null;
    }

    /** (1, 2, 3) with short numbers, for labels. */
    public static String point(double[] x) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < x.length; i++) {
            s.append(i > 0 ? ", " : "").append(Numbers.brief(x[i], 3));
        }
        return s.append(')').toString();
    }

    /**
     * An equation as a learner writes it: 2.5x − y = 0, with zero terms left out and names
     * x, y, z; a row of zeros reads 0 = c.
     */
    public static String equation(double[] row, int n) {
        String[] names = {"x", "y", "z"};
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < n; j++) {
            double c = row[j];
            if (Math.abs(c) < 5e-4) {
                continue;
            }
            String mag = Numbers.brief(Math.abs(c), 3);
            String coef = mag.equals("1") ? "" : mag;
            if (s.length() == 0) {
                s.append(c < 0 ? "−" : "").append(coef).append(names[j]);
            } else {
                s.append(c < 0 ? " − " : " + ").append(coef).append(names[j]);
            }
        }
        if (s.length() == 0) {
            s.append('0');
        }
        return s.append(" = ").append(Numbers.brief(row[n], 3)).toString();
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static void copyInto(double[][] from, double[][] out) {
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, out[i], 0, from[i].length);
        }
    }
}
