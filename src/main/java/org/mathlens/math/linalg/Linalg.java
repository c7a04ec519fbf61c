package org.mathlens.math.linalg;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.mathlens.math.MathError;

/**
 * Linear algebra on plain {@code double[][]} matrices (stored by rows) and {@code double[]}
 * vectors, with EJML doing the work. Inputs are never modified; every result is a fresh array.
 * Problems (size mismatch, singular matrix, inf/NaN entries) come back as {@link MathError}
 * with a message a learner can act on.
 */
public final class Linalg {
    private Linalg() {
    }

    /** Largest matrix side accepted; beyond this a typo like identity(1e9) would exhaust memory. */
    public static final int MAX_SIZE = 2000;

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
        if (n < 1 || n > MAX_SIZE) {
            throw new MathError("identity(n) needs a whole number n from 1 to " + MAX_SIZE + ", got " + n);
        }
        return rows(CommonOps_DDRM.identity(n));
    }

    public static double[][] transpose(double[][] a) {
        return rows(CommonOps_DDRM.transpose(matrix(a), null));
    }

    /** The matrix product a·b; the inner sizes must agree. */
    public static double[][] multiply(double[][] a, double[][] b) {
        int inner = a.length == 0 ? 0 : a[0].length;
        if (inner != b.length) {
            throw new MathError("cannot multiply " + shape(a) + " by " + shape(b) + ": inner sizes "
                    + inner + " and " + b.length + " differ");
        }
        DMatrixRMaj c = new DMatrixRMaj(a.length, b[0].length);
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
        double[][] base = n < 0 ? inverse(a) : a;
        long k = Math.abs(n);
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

    /** The determinant; exactly 0 when the matrix is numerically rank-deficient (so learners see 0, not 6.7e-16). */
    public static double det(double[][] a) {
        requireSquare(a, "det");
        requireFinite(a, "det");
        if (isSingular(a)) {
            return 0.0;
        }
        return CommonOps_DDRM.det(matrix(a));
    }

    /** True when the smallest singular value is negligible next to the largest (numpy's rank tolerance). */
    public static boolean isSingular(double[][] a) {
        requireSquare(a, "this");
        return rank(a) < a.length;
    }

    public static double[][] inverse(double[][] a) {
        requireSquare(a, "inv");
        requireFinite(a, "inv");
        if (isSingular(a)) {
            throw singular();
        }
        DMatrixRMaj inv = new DMatrixRMaj(a.length, a.length);
        if (!CommonOps_DDRM.invert(matrix(a), inv)) {
            throw singular();
        }
        return rows(inv);
    }

    /** x with a·x = b, for square invertible a. */
    public static double[] solve(double[][] a, double[] b) {
        requireSquare(a, "solve");
        requireFinite(a, "solve");
        if (a.length != b.length) {
            throw new MathError("solve(A, b) needs b of length " + a.length + " for a " + shape(a)
                    + " matrix, got length " + b.length);
        }
        if (isSingular(a)) {
            throw new MathError("matrix is singular (det = 0): A x = b has no unique solution; pinv(A)*b gives the least-squares one");
        }
        DMatrixRMaj x = new DMatrixRMaj(a.length, 1);
        CommonOps_DDRM.solve(matrix(a), column(b), x);
        return x.data.clone();
    }

    /** X with a·X = b, column by column. */
    public static double[][] solve(double[][] a, double[][] b) {
        double[][] bt = transpose(b);
        double[][] xt = new double[bt.length][];
        for (int j = 0; j < bt.length; j++) {
            xt[j] = solve(a, bt[j]);
        }
        return transpose(xt);
    }

    private static MathError singular() {
        return new MathError("matrix is singular (det = 0): it has no inverse; pinv(A) gives the least-squares one");
    }

    /** The Moore–Penrose pseudo-inverse, defined for every matrix. */
    public static double[][] pinv(double[][] a) {
        requireFinite(a, "pinv");
        DMatrixRMaj out = new DMatrixRMaj(a[0].length, a.length);
        CommonOps_DDRM.pinv(matrix(a), out);
        return rows(out);
    }

    // ---- singular values, rank, norms ---------------------------------------------------------

    /** Singular values, largest first. */
    public static double[] singularValues(double[][] a) {
        requireFinite(a, "svd");
        double[] s = SingularOps_DDRM.singularValues(matrix(a));
        Arrays.sort(s);
        reverse(s);
        return s;
    }

    /** The number of singular values above max(m, n)·σ_max·ε — the tolerance numpy uses. */
    public static int rank(double[][] a) {
        double[] s = singularValues(a);
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

    /** The vector p-norm, p ≥ 1 (Double.POSITIVE_INFINITY for the max norm). */
    public static double norm(double[] v, double p) {
        if (!(p >= 1)) {
            throw new MathError("norm(v, p) needs p ≥ 1, got " + org.mathlens.math.Numbers.format(p));
        }
        DMatrixRMaj c = column(v);
        if (p == 1) {
            return NormOps_DDRM.normP1(c);
        }
        if (p == 2) {
            return NormOps_DDRM.normP2(c);
        }
        if (Double.isInfinite(p)) {
            return NormOps_DDRM.normPInf(c);
        }
        return NormOps_DDRM.normP(c, p);
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
     * Eigenvalues and, when A has a full set of real eigenvectors, unit eigenvectors. Values
     * within 1e-12·‖A‖ of a whole number are snapped to it so [[2, 1], [1, 2]] gives exactly 3
     * and 1. A repeated eigenvalue comes out of the QR iteration split by up to √ε·‖A‖, even
     * into a complex pair ([[3, −1], [1, 1]] has 2 twice): such clusters are merged back into
     * one real value. The eigenvectors of each distinct value are a basis of the null space of
     * A − λI; when that space is smaller than the value's multiplicity A is defective (it has
     * too few eigen-directions) and {@code vectors} is null, as it is for complex eigenvalues.
     */
    public static Eigen eigen(double[][] a) {
        requireSquare(a, "eig");
        requireFinite(a, "eig");
        int n = a.length;
        DMatrixRMaj m = matrix(a);
        boolean symmetric = MatrixFeatures_DDRM.isSymmetric(m, 1e-14);
        EigenDecomposition_F64<DMatrixRMaj> decomposition = DecompositionFactory_DDRM.eig(n, false, symmetric);
        if (!decomposition.decompose(m.copy())) {
            throw new MathError("the eigenvalue computation did not converge for this matrix");
        }
        double scale = Math.max(1.0, frobenius(a));
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            Complex_F64 value = decomposition.getEigenvalue(i);
            re[i] = value.real;
            im[i] = value.imaginary;
        }
        mergeClusters(re, im, 1e-6 * scale);
        for (int i = 0; i < n; i++) {
            re[i] = snap(re[i], scale);
            im[i] = snap(im[i], scale);
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -re[i]).thenComparingDouble(i -> -im[i]));
        double[] sortedRe = new double[n];
        double[] sortedIm = new double[n];
        boolean allReal = true;
        for (int k = 0; k < n; k++) {
            sortedRe[k] = re[order[k]];
            sortedIm[k] = im[order[k]];
            allReal &= sortedIm[k] == 0;
        }
        return new Eigen(sortedRe, sortedIm, allReal ? eigenvectors(a, sortedRe, scale) : null);
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
     * defective. Each distinct value's vectors span the null space of A − λI (found by SVD).
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
            double[][] basis = nullSpace(a, values[k], scale);
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
     * of A − λI, each vector signed as {@code eigvecs} signs them. There may be fewer than λ's
     * multiplicity (a defective A) — a pane can still draw the directions that exist.
     */
    public static double[][] eigenvectorsOf(double[][] a, double lambda) {
        requireSquare(a, "eigenvectors");
        requireFinite(a, "eigenvectors");
        double[][] basis = nullSpace(a, lambda, Math.max(1.0, frobenius(a)));
        for (int i = 0; i < basis.length; i++) {
            basis[i] = normalizeAndSign(basis[i]);
        }
        return basis;
    }

    /** An orthonormal basis (as rows) of the null space of A − λI, with a tolerance for rounding. */
    private static double[][] nullSpace(double[][] a, double lambda, double scale) {
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
        java.util.List<double[]> basis = new java.util.ArrayList<>();
        for (int i = 0; i < singular.length; i++) {
            if (singular[i] <= 1e-7 * scale) {
                double[] row = new double[n];
                for (int c = 0; c < n; c++) {
                    row[c] = vt.get(i, c);
                }
                basis.add(row);
            }
        }
        return basis.toArray(double[][]::new);
    }

    private static double snap(double x, double scale) {
        double whole = Math.rint(x);
        double snapped = Math.abs(x - whole) <= 1e-12 * scale ? whole : x;
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
