package org.mathlens.math.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.mathlens.math.MathError;
import org.mathlens.math.Work;

/**
 * Linear algebra on plain {@code double[][]} matrices (stored by rows) and {@code double[]}
 * vectors, with EJML doing the work. Inputs are never modified; every result is a fresh array.
 * Problems (size mismatch, singular matrix, inf/NaN entries) come back as {@link MathError}
 * with a message a learner can act on.
 */
public final class Linalg {
    private Linalg() {
    }

    /** Largest square matrix side the math language accepts ({@link Work#MAX_ENTRIES} entries). */
    public static final int MAX_SIZE = 500;

    // ---- shapes and conversions -------------------------------------------------------------

    public static String shape(double[][] a) {
        return a.length + "×" + (a.length == 0 ? 0 : a[0].length);
    }

    static DMatrixRMaj matrix(double[][] a) {
        return new DMatrixRMaj(a);
    }

    static double[][] rows(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(m.data, i * m.numCols, out[i], 0, m.numCols);
        }
        return out;
    }

    private static DMatrixRMaj column(double[] v) {
        return new DMatrixRMaj(v.length, 1, true, v);
    }

    private static void requireSquare(double[][] a, String operation) {
        if (a.length == 0 || a.length != a[0].length) {
            throw new MathError(operation + " needs a square matrix, got a " + shape(a) + " matrix");
        }
    }

    /** About what an SVD (or eigen-decomposition) of a costs: a dozen passes of m·n·min(m, n). */
    private static void chargeDecomposition(double[][] a, String what) {
        double m = a.length;
        double n = a.length == 0 ? 0 : a[0].length;
        Work.operations(12 * m * n * Math.min(m, n), what + " of a " + shape(a) + " matrix");
    }

    /** Decompositions on inf/NaN either loop or return nonsense; refuse them up front. */
    private static void requireFinite(double[][] a, String operation) {
        for (double[] row : a) {
            for (double x : row) {
                if (!Double.isFinite(x)) {
                    throw new MathError(operation + " needs finite entries, but the matrix contains " + x);
                }
            }
        }
    }

    // ---- products and simple operations -------------------------------------------------------

    public static double[][] identity(int n) {
        if (n < 1) {
            throw new MathError("identity(n) needs a whole number n ≥ 1, got " + n);
        }
        Work.entries(n, n, "identity(" + n + ")");
        return rows(CommonOps_DDRM.identity(n));
    }

    public static double[][] transpose(double[][] a) {
        if (a.length == 0) {
            return new double[0][0];
        }
        return rows(CommonOps_DDRM.transpose(matrix(a), null));
    }

    /** The matrix product a·b; the inner sizes must agree. */
    public static double[][] multiply(double[][] a, double[][] b) {
        int inner = a.length == 0 ? 0 : a[0].length;
        if (inner != b.length) {
            throw new MathError("cannot multiply " + shape(a) + " by " + shape(b) + ": inner sizes "
                    + inner + " and " + b.length + " differ");
        }
        int columns = b.length == 0 ? 0 : b[0].length;
        Work.entries(a.length, columns, "the " + a.length + "×" + columns + " product");
        Work.operations((double) a.length * inner * columns, "this matrix product");
        DMatrixRMaj c = new DMatrixRMaj(a.length, columns);
        CommonOps_DDRM.mult(matrix(a), matrix(b), c);
        return rows(c);
    }

    /** a·v with v a column vector. */
    public static double[] multiply(double[][] a, double[] v) {
        int inner = a.length == 0 ? 0 : a[0].length;
        if (inner != v.length) {
            throw new MathError("cannot multiply " + shape(a) + " by a vector of length " + v.length
                    + ": inner sizes " + inner + " and " + v.length + " differ");
        }
        Work.operations((double) a.length * inner, "this matrix product");
        DMatrixRMaj c = new DMatrixRMaj(a.length, 1);
        CommonOps_DDRM.mult(matrix(a), column(v), c);
        return c.data.clone();
    }

    public static double dot(double[] u, double[] v) {
        if (u.length != v.length) {
            throw new MathError("dot needs two vectors of the same length, got lengths " + u.length + " and " + v.length);
        }
        return CommonOps_DDRM.dot(column(u), column(v));
    }

    public static double trace(double[][] a) {
        requireSquare(a, "trace");
        return CommonOps_DDRM.trace(matrix(a));
    }

    /** A square matrix to a whole power; a negative power inverts first. */
    public static double[][] power(double[][] a, long n) {
        requireSquare(a, "a matrix power");
        long k = Math.abs(n);
        // square-and-multiply needs at most two products per bit of the exponent: refuse up front
        double side = a.length;
        Work.operations(2.0 * (64 - Long.numberOfLeadingZeros(k)) * side * side * side,
                "A " + a.length + "×" + a.length + " matrix to the power " + n);
        double[][] base = n < 0 ? inverse(a) : a;
        double[][] result = identity(a.length);
        while (k > 0) {                 // square-and-multiply: A^1000000 costs 20 products
            if ((k & 1) == 1) {
                result = multiply(result, base);
            }
            k >>= 1;
            if (k > 0) {
                base = multiply(base, base);
            }
        }
        return result;
    }

    // ---- determinant, inverse, solving --------------------------------------------------------

    /**
     * The determinant; exactly 0 when the matrix is singular (so learners see 0, not 6.7e-16).
     * Computed on the equilibrated matrix and scaled back, so entries near 1e308 do not overflow
     * on the way; a determinant beyond the range of a double is refused with its size.
     */
    public static double det(double[][] a) {
        requireSquare(a, "det");
        requireFinite(a, "det");
        Equilibrated e = Equilibrated.of(a);
        if (rank(e.matrix()) < a.length) {
            return 0.0;
        }
        Work.operations(Math.pow(a.length, 3), "the determinant of a " + shape(a) + " matrix");
        double scaled = CommonOps_DDRM.det(matrix(e.matrix()));
        double value = Math.scalb(scaled, e.exponent());
        if (Double.isInfinite(value) || (value == 0 && scaled != 0)) {
            double log10 = Math.log10(Math.abs(scaled)) + e.exponent() * Math.log10(2);
            throw new MathError("det is about " + (scaled < 0 ? "-" : "") + "1e" + Math.round(log10)
                    + ", beyond the numbers a computer's double holds (about 1e-308 to 1.8e308)");
        }
        return value;
    }

    /**
     * True when A is singular: rank-deficient once its rows and columns are scaled to a common
     * size. The scaling matters: diag(1e-10, 1e6) is perfectly invertible, though its smallest
     * singular value is below numpy's tolerance for the unscaled matrix.
     */
    public static boolean isSingular(double[][] a) {
        requireSquare(a, "this");
        requireFinite(a, "this");
        return rank(a) < a.length;
    }

    /** Above this (scaled) condition number an invertible matrix is called nearly singular. */
    public static final double NEARLY_SINGULAR = 1e10;

    /**
     * The 2-norm condition number σ_max / σ_min of A with rows and columns first scaled to a
     * common size (what decides how many digits a solve loses); inf for a singular matrix.
     */
    public static double condition(double[][] a) {
        requireSquare(a, "the condition number");
        requireFinite(a, "the condition number");
        if (isSingular(a)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] s = singularValues(Equilibrated.of(a).matrix());
        return s[0] / s[s.length - 1];
    }

    /** Invertible but so badly conditioned that its inverse loses more than ten digits. */
    public static boolean isNearlySingular(double[][] a) {
        double c = condition(a);
        return Double.isFinite(c) && c > NEARLY_SINGULAR;
    }

    public static double[][] inverse(double[][] a) {
        requireSquare(a, "inv");
        requireFinite(a, "inv");
        if (isSingular(a)) {
            throw singular();
        }
        Work.operations(2 * Math.pow(a.length, 3), "the inverse of a " + shape(a) + " matrix");
        DMatrixRMaj inv = new DMatrixRMaj(a.length, a.length);
        if (!CommonOps_DDRM.invert(matrix(a), inv)) {
            throw singular();
        }
        return rows(inv);
    }

    /** x with a·x = b, for square invertible a. */
    public static double[] solve(double[][] a, double[] b) {
        double[][] column = new double[b.length][1];
        for (int i = 0; i < b.length; i++) {
            column[i][0] = b[i];
        }
        double[][] x = solve(a, column, "b of length " + b.length);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i][0];
        }
        return out;
    }

    /** X with a·X = b: one check and one factorisation for all the columns of b. */
    public static double[][] solve(double[][] a, double[][] b) {
        return solve(a, b, "B with " + b.length + " rows");
    }

    private static double[][] solve(double[][] a, double[][] b, String given) {
        requireSquare(a, "solve");
        requireFinite(a, "solve");
        requireFinite(b, "solve");
        if (a.length != b.length) {
            throw new MathError("solve(A, b) needs b of length " + a.length + " for a " + shape(a)
                    + " matrix, got " + given);
        }
        if (isSingular(a)) {
            throw new MathError("matrix is singular (det = 0): A x = b has no unique solution; pinv(A)*b gives the least-squares one");
        }
        int columns = b.length == 0 ? 0 : b[0].length;
        Work.operations(Math.pow(a.length, 3) + 2.0 * a.length * a.length * columns, "solving with a " + shape(a) + " matrix");
        DMatrixRMaj x = new DMatrixRMaj(a.length, columns);
        CommonOps_DDRM.solve(matrix(a), matrix(b), x);
        return rows(x);
    }

    private static MathError singular() {
        return new MathError("matrix is singular (det = 0): it has no inverse; pinv(A) gives the least-squares one");
    }

    /** The Moore–Penrose pseudo-inverse, defined for every matrix. */
    public static double[][] pinv(double[][] a) {
        requireFinite(a, "pinv");
        chargeDecomposition(a, "the pseudo-inverse");
        DMatrixRMaj out = new DMatrixRMaj(a[0].length, a.length);
        CommonOps_DDRM.pinv(matrix(a), out);
        return rows(out);
    }

    // ---- singular values, rank, norms ---------------------------------------------------------

    /** Singular values, largest first. */
    public static double[] singularValues(double[][] a) {
        requireFinite(a, "svd");
        chargeDecomposition(a, "the singular values");
        double[] s = SingularOps_DDRM.singularValues(matrix(a));
        Arrays.sort(s);
        reverse(s);
        return s;
    }

    /**
     * The number of singular values above max(m, n)·σ_max·ε — the tolerance numpy uses — of A
     * with its rows and columns scaled to a common size by powers of two (exact, and rank does
     * not change under it), so a matrix is not rank-deficient merely for mixing scales.
     */
    public static int rank(double[][] a) {
        if (a.length == 0 || a[0].length == 0) {
            return 0;
        }
        requireFinite(a, "rank");
        double[] s = singularValues(Equilibrated.of(a).matrix());
        if (s.length == 0 || s[0] == 0) {
            return 0;
        }
        double tolerance = Math.max(a.length, a[0].length) * s[0] * Math.ulp(1.0);
        int r = 0;
        for (double x : s) {
            if (x > tolerance) {
                r++;
            }
        }
        return r;
    }

    /**
     * The vector p-norm, p ≥ 1 (Double.POSITIVE_INFINITY for the max norm). Computed as
     * m·(Σ|vᵢ/m|^p)^(1/p) with m the largest |vᵢ|, so [1e-170, 1e-170] and [1e200, 1] neither
     * underflow nor overflow, and an infinite entry gives inf (not inf/inf = NaN).
     */
    public static double norm(double[] v, double p) {
        if (!(p >= 1)) {
            throw new MathError("norm(v, p) needs p ≥ 1, got " + org.mathlens.math.Numbers.format(p));
        }
        double largest = 0;
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            largest = Math.max(largest, Math.abs(x));
        }
        if (largest == 0 || Double.isInfinite(largest) || Double.isInfinite(p)) {
            return largest;
        }
        double sum = 0;
        if (p == 1) {
            for (double x : v) {
                sum += Math.abs(x);         // a sum of sizes cannot underflow, nor overflow unless the norm does
            }
            return sum;
        }
        for (double x : v) {
            double r = Math.abs(x) / largest;
            sum += p == 2 ? r * r : Math.pow(r, p);
        }
        return largest * (p == 2 ? Math.sqrt(sum) : Math.pow(sum, 1 / p));
    }

    /** The induced matrix norm for p = 1, 2 (largest singular value) or inf. */
    public static double norm(double[][] a, double p) {
        requireFinite(a, "norm");
        DMatrixRMaj m = matrix(a);
        if (p == 1) {
            return NormOps_DDRM.inducedP1(m);
        }
        if (p == 2) {
            return singularValues(a)[0];
        }
        if (p == Double.POSITIVE_INFINITY) {
            return NormOps_DDRM.inducedPInf(m);
        }
        throw new MathError("the norm of a matrix takes p = 1, 2 or inf (use frobenius(A) for the entry-wise 2-norm)");
    }

    public static double frobenius(double[][] a) {
        return NormOps_DDRM.normF(matrix(a));
    }

    // ---- eigenvalues ------------------------------------------------------------------------

    /**
     * Relative size (to ‖A‖) below which two eigenvalues of a non-symmetric matrix are one
     * repeated value split by rounding. A repeated eigenvalue with a single direction (a Jordan
     * block) comes out of the QR iteration split by about √ε·‖A‖ ≈ 1.5e-8·‖A‖, even into a
     * complex pair; nothing a matrix can tell apart is closer than that.
     */
    static final double SPLIT_NON_SYMMETRIC = 1e-7;
    /** The same for a symmetric matrix, whose eigenvalues are perfectly conditioned: rounding only. */
    static final double SPLIT_SYMMETRIC = 64 * Math.ulp(1.0);

    /**
     * Eigenvalues and, when A has a full set of real eigenvectors, unit eigenvectors. Values
     * within rounding of a whole number are snapped to it so [[2, 1], [1, 2]] gives exactly 3
     * and 1. Clusters the matrix cannot tell apart (see {@link #SPLIT_NON_SYMMETRIC}) are merged
     * back into one real value; every other decision is relative to ‖A‖, so diag(2e-7, 1e-7)
     * and diag(1e6, 999999.5) keep their two values. The eigenvectors of each distinct value
     * are a basis of the null space of A − λI; when that space is smaller than the value's
     * multiplicity A is defective (it has too few eigen-directions) and {@code vectors} is null,
     * as it is for complex eigenvalues.
     */
    public static Eigen eigen(double[][] a) {
        Eigen values = eigenvalues(a);
        double n = a.length;
        Work.operations(12 * n * n * n * n, "the eigenvectors of a " + shape(a) + " matrix");
        return new Eigen(values.real(), values.imaginary(),
                values.isReal() ? eigenvectors(a, values.real(), frobenius(a)) : null);
    }

    /** As {@link #eigen}, without the eigenvectors (far cheaper for a large matrix). */
    public static Eigen eigenvalues(double[][] a) {
        requireSquare(a, "eig");
        requireFinite(a, "eig");
        int n = a.length;
        chargeDecomposition(a, "the eigenvalues");
        DMatrixRMaj m = matrix(a);
        double scale = frobenius(a);
        boolean symmetric = isSymmetric(a);
        EigenDecomposition_F64<DMatrixRMaj> decomposition = DecompositionFactory_DDRM.eig(n, false, symmetric);
        if (!decomposition.decompose(m.copy())) {
            throw new MathError("the eigenvalue computation did not converge for this matrix");
        }
        double[] re = new double[n];
        double[] im = new double[n];
        boolean triangular = isTriangular(a);
        for (int i = 0; i < n; i++) {
            Complex_F64 value = decomposition.getEigenvalue(i);
            // a triangular matrix shows its eigenvalues on the diagonal, exactly
            re[i] = triangular ? a[i][i] : value.real;
            im[i] = symmetric || triangular ? 0.0 : value.imaginary;
        }
        if (!triangular) {
            mergeClusters(re, im, (symmetric ? SPLIT_SYMMETRIC * n : SPLIT_NON_SYMMETRIC) * scale);
        }
        for (int i = 0; i < n; i++) {
            re[i] = snap(re[i], scale, n);
            im[i] = snap(im[i], scale, n);
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -re[i]).thenComparingDouble(i -> -im[i]));
        double[] sortedRe = new double[n];
        double[] sortedIm = new double[n];
        for (int k = 0; k < n; k++) {
            sortedRe[k] = re[order[k]];
            sortedIm[k] = im[order[k]];
        }
        return new Eigen(sortedRe, sortedIm, null);
    }

    /** Exact zeros below or above the diagonal. */
    private static boolean isTriangular(double[][] a) {
        boolean upper = true;
        boolean lower = true;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                upper &= j >= i || a[i][j] == 0;
                lower &= j <= i || a[i][j] == 0;
            }
        }
        return upper || lower;
    }

    /** Symmetric to rounding, relative to the size of each pair of entries (not to 1). */
    private static boolean isSymmetric(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                double x = a[i][j];
                double y = a[j][i];
                if (Math.abs(x - y) > 4 * Math.ulp(Math.max(Math.abs(x), Math.abs(y)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Replaces each group of eigenvalues that lie within {@code tolerance} of one another by
     * their mean: the mean of a split cluster is far more accurate than its members.
     */
    private static void mergeClusters(double[] re, double[] im, double tolerance) {
        int n = re.length;
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (done[i]) {
                continue;
            }
            double sumRe = 0;
            double sumIm = 0;
            int count = 0;
            boolean[] member = new boolean[n];
            for (int j = i; j < n; j++) {
                if (!done[j] && Math.hypot(re[j] - re[i], Math.abs(im[j]) - Math.abs(im[i])) <= tolerance
                        && (Math.abs(im[i]) <= tolerance) == (Math.abs(im[j]) <= tolerance)) {
                    member[j] = true;
                    sumRe += re[j];
                    sumIm += im[j];
                    count++;
                }
            }
            boolean real = Math.abs(im[i]) <= tolerance;
            for (int j = 0; j < n; j++) {
                if (member[j]) {
                    re[j] = sumRe / count;
                    // a real cluster (or a complex pair collapsed onto the real axis) is real
                    im[j] = real ? 0.0 : im[j];
                    done[j] = true;
                }
            }
        }
    }

    /**
     * Unit eigenvectors as columns, in the order of the sorted eigenvalues, or null when A is
     * defective. A simple value's vector is the direction A − λI shrinks most (always one); a
     * repeated value's vectors span the null space of A − λI, to the same relative tolerance
     * that merged it.
     */
    private static double[][] eigenvectors(double[][] a, double[] values, double scale) {
        int n = a.length;
        double[][] columns = new double[n][];
        int k = 0;
        while (k < n) {
            int multiplicity = 1;
            while (k + multiplicity < n && values[k + multiplicity] == values[k]) {
                multiplicity++;
            }
            double[][] basis = nullSpace(a, values[k], multiplicity == 1 ? Double.POSITIVE_INFINITY : SPLIT_NON_SYMMETRIC * scale, multiplicity);
            if (basis.length < multiplicity) {
                return null;
            }
            for (int j = 0; j < multiplicity; j++) {
                columns[k + j] = normalizeAndSign(basis[j]);
            }
            k += multiplicity;
        }
        double[][] vectors = new double[n][n];
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) {
                vectors[r][c] = columns[c][r];
            }
        }
        return vectors;
    }

    /**
     * The eigen-directions of one real eigenvalue λ of A: an orthonormal basis of the null space
     * of A − λI (to {@link #SPLIT_NON_SYMMETRIC}·‖A‖), each vector signed as {@code eigvecs}
     * signs them. There may be fewer than λ's multiplicity (a defective A) — a pane can still
     * draw the directions that exist.
     */
    public static double[][] eigenvectorsOf(double[][] a, double lambda) {
        requireSquare(a, "eigenvectors");
        requireFinite(a, "eigenvectors");
        double[][] basis = nullSpace(a, lambda, SPLIT_NON_SYMMETRIC * Math.max(frobenius(a), Math.abs(lambda)), a.length);
        for (int i = 0; i < basis.length; i++) {
            basis[i] = normalizeAndSign(basis[i]);
        }
        return basis;
    }

    /**
     * Up to {@code most} orthonormal directions (as rows) that A − λI shrinks to at most
     * {@code tolerance}, smallest first; with an infinite tolerance, the {@code most} directions
     * it shrinks most.
     */
    private static double[][] nullSpace(double[][] a, double lambda, double tolerance, int most) {
        int n = a.length;
        DMatrixRMaj shifted = matrix(a);
        for (int i = 0; i < n; i++) {
            shifted.add(i, i, -lambda);
        }
        var svd = DecompositionFactory_DDRM.svd(n, n, false, true, false);
        if (!svd.decompose(shifted)) {
            throw new MathError("the eigenvector computation did not converge for this matrix");
        }
        double[] singular = svd.getSingularValues();
        DMatrixRMaj vt = svd.getV(null, true);
        Integer[] order = IntStream.range(0, singular.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> singular[i]));
        java.util.List<double[]> basis = new java.util.ArrayList<>();
        for (int k = 0; k < Math.min(most, order.length); k++) {
            int i = order[k];
            if (!(singular[i] <= tolerance)) {
                break;
            }
            double[] row = new double[n];
            for (int c = 0; c < n; c++) {
                row[c] = vt.get(i, c);
            }
            basis.add(row);
        }
        return basis.toArray(double[][]::new);
    }

    /** A value within rounding (relative to ‖A‖) of a whole number becomes that number. */
    private static double snap(double x, double scale, int n) {
        double whole = Math.rint(x);
        double snapped = Math.abs(x - whole) <= 8 * n * Math.ulp(1.0) * scale ? whole : x;
        return snapped == 0 ? 0.0 : snapped;    // never -0.0
    }

    /** Unit length, and the largest-magnitude entry positive, so results are reproducible. */
    private static double[] normalizeAndSign(double[] v) {
        double length = 0;
        int largest = 0;
        for (int i = 0; i < v.length; i++) {
            length += v[i] * v[i];
            if (Math.abs(v[i]) > Math.abs(v[largest]) + 1e-12) {
                largest = i;
            }
        }
        length = Math.sqrt(length);
        double sign = v[largest] < 0 ? -1 : 1;
        for (int i = 0; i < v.length; i++) {
            v[i] = sign * v[i] / length + 0.0;
        }
        return v;
    }

    private static void reverse(double[] s) {
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
    }
}
