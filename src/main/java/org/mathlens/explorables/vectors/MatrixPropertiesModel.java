package org.mathlens.explorables.vectors;

import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Linalg;

/**
 * Properties of one m×n matrix A: its transpose, the Frobenius norm and the trace, and which
 * special kinds it is (identity, diagonal, symmetric, upper / lower triangular, orthogonal).
 * Identity, symmetric and orthogonal need a square matrix; diagonal and triangular are read
 * entry-wise for any shape (a_ij = 0 below, above, or off the main diagonal). Comparisons allow
 * a tolerance of 1e-9 relative to the largest entry, so 1/√2 typed as 0.7071067811865476 counts.
 */
public final class MatrixPropertiesModel {
    private double[][] a = {{1}};
    private double[][] transpose = {{1}};
    private double[][] gram = {{1}};
    private double tolerance = 1e-9;

    public void set(double[][] a) {
        this.a = a;
        transpose = Linalg.transpose(a);
        gram = Linalg.multiply(transpose, a);
        double largest = 0;
        for (double[] row : a) {
            for (double x : row) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        // relative to the matrix's own size: [[1e-10, 2e-10], [3e-10, 4e-10]] is not diagonal
        tolerance = 1e-9 * largest;
    }

    public double[][] a() {
        return a;
    }

    public int rows() {
        return a.length;
    }

    public int cols() {
        return a[0].length;
    }

    public boolean isSquare() {
        return a.length == a[0].length;
    }

    public double[][] transpose() {
        return transpose;
    }

    /** AᵀA: the dot products of the columns of A with each other. */
    public double[][] gram() {
        return gram;
    }

    public double frobenius() {
        return Linalg.frobenius(a);
    }

    /** The trace, or NaN for a non-square matrix (callers show "undefined"). */
    public double trace() {
        return isSquare() ? Linalg.trace(a) : Double.NaN;
    }

    private boolean zero(double x) {
        return Math.abs(x) <= tolerance;
    }

    public boolean symmetric() {
        if (!isSquare()) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (!zero(a[i][j] - a[j][i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Zero everywhere below the main diagonal. */
    public boolean upper() {
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < Math.min(i, cols()); j++) {
                if (!zero(a[i][j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Zero everywhere above the main diagonal. */
    public boolean lower() {
        for (int i = 0; i < rows(); i++) {
            for (int j = i + 1; j < cols(); j++) {
                if (!zero(a[i][j])) {
                    return false;
                }
            }
        }
        return true;
    }

    public boolean diagonal() {
        return upper() && lower();
    }

    public boolean identity() {
        if (!isSquare() || !diagonal()) {
            return false;
        }
        for (int i = 0; i < rows(); i++) {
            if (!zero(a[i][i] - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Square with AᵀA = I: its columns are unit length and at right angles to each other. */
    public boolean orthogonal() {
        if (!isSquare()) {
            return false;
        }
        double tol = 1e-9 * Math.max(1, Linalg.frobenius(gram));
        for (int i = 0; i < gram.length; i++) {
            for (int j = 0; j < gram.length; j++) {
                if (Math.abs(gram[i][j] - (i == j ? 1 : 0)) > tol) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "‖A‖_F = √(1² + 2² + 3² + 4²) = √30 ≈ 5.477" with every entry written out. */
    public String frobeniusSum() {
        StringBuilder s = new StringBuilder("‖A‖_F = √(");
        double sumOfSquares = 0;
        boolean first = true;
        for (double[] row : a) {
            for (double x : row) {
                if (!first) {
                    s.append(" + ");
                }
                first = false;
                s.append(Numbers.factor(x, 3)).append('²');
                sumOfSquares += x * x;
            }
        }
        return s.append(") = √").append(Numbers.brief(sumOfSquares, 3))
                .append(" ≈ ").append(Numbers.brief(frobenius(), 3)).toString();
    }

    /** "tr A = a₁₁ + a₂₂ = 1 + 4 = 5", or why there is none. */
    public String traceSum() {
        if (!isSquare()) {
            return "tr A is undefined: the trace needs a square matrix, and A is " + Linalg.shape(a);
        }
        StringBuilder names = new StringBuilder("tr A = ");
        StringBuilder values = new StringBuilder(" = ");
        for (int i = 0; i < rows(); i++) {
            if (i > 0) {
                names.append(" + ");
                values.append(" + ");
            }
            names.append('a').append(MatrixMultiplyModel.sub(i + 1)).append(MatrixMultiplyModel.sub(i + 1));
            values.append(Numbers.factor(a[i][i], 3));
        }
        return names.append(values).append(" = ").append(Numbers.brief(trace(), 3)).toString();
    }
}
