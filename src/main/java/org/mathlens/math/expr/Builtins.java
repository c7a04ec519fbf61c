package org.mathlens.math.expr;

import org.mathlens.math.Work;

import org.mathlens.math.MathError;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.Value.MatrixValue;
import org.mathlens.math.expr.Value.Scalar;
import org.mathlens.math.expr.Value.VectorValue;
import org.mathlens.math.linalg.Eigen;
import org.mathlens.math.linalg.Linalg;

/** The built-in functions that take evaluated arguments: element-wise math and linear algebra. */
final class Builtins {
    private Builtins() {
    }

    static Value call(String name, List<Value> args) {
        try {
            return dispatch(name, args);
        } catch (MathError e) {
            throw e;
        } catch (RuntimeException e) {
            // a library failing inside (EJML's "SVD Failed!", an index out of bounds) is reported
            // in the learner's terms: which function, on what; never the library's own words
            throw new MathError(name + " cannot be computed for " + described(args));
        }
    }

    private static String described(List<Value> args) {
        if (args.isEmpty()) {
            return "no arguments";
        }
        List<String> parts = new ArrayList<>();
        args.forEach(a -> parts.add(a.describe()));
        return String.join(" and ", parts);
    }

    private static Value dispatch(String name, List<Value> args) {
        if (Functions.ELEMENTWISE.contains(name)) {
            arity(name, args, 1, 1);
            return elementwise(name, args.get(0));
        }
        switch (name) {
            case "det":
                return new Scalar(Linalg.det(matrix(name, args, 1)));
            case "inv":
                return new MatrixValue(Linalg.inverse(matrix(name, args, 1)));
            case "pinv":
                return new MatrixValue(Linalg.pinv(matrixOrVector(name, args)));
            case "transpose":
                return new MatrixValue(Linalg.transpose(matrixOrVector(name, args)));
            case "trace":
                return new Scalar(Linalg.trace(matrix(name, args, 1)));
            case "rank":
                return new Scalar(Linalg.rank(matrixOrVector(name, args)));
            case "frobenius":
                return new Scalar(Linalg.frobenius(matrix(name, args, 1)));
            case "svd":
                return new VectorValue(Linalg.singularValues(matrix(name, args, 1)));
            case "dot":
                arity(name, args, 2, 2);
                return new Scalar(Linalg.dot(vector(name, args.get(0)), vector(name, args.get(1))));
            case "norm":
                return norm(args);
            case "eig":
                return eig(Linalg.eigenvalues(matrix(name, args, 1)));
            case "eigvecs":
                return eigvecs(Linalg.eigen(matrix(name, args, 1)));
            case "solve":
                return solve(args);
            case "identity":
                arity(name, args, 1, 1);
                return new MatrixValue(Linalg.identity(wholeNumber(name, args.get(0))));
            case "diag":
                return diag(args);
            default:
                throw Functions.unknown(name);
        }
    }

    // ---- element-wise functions -----------------------------------------------------------

    static Value elementwise(String name, Value v) {
        if (v instanceof Scalar s) {
            return new Scalar(apply(name, s.value()));
        }
        if (v instanceof VectorValue vec) {
            double[] out = new double[vec.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = apply(name, vec.values()[i]);
            }
            return new VectorValue(out);
        }
        if (v instanceof MatrixValue m) {
            double[][] out = new double[m.rowCount()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((VectorValue) elementwise(name, new VectorValue(m.rows()[i]))).values();
            }
            return new MatrixValue(out);
        }
        throw new MathError(name + " needs a number, vector or matrix, got " + v.describe());
    }

    /** One value of an element-wise function, strictly: outside the domain is an error. */
    static double apply(String name, double x) {
        switch (name) {
            case "log", "ln":
                if (x <= 0) {
                    throw new MathError(name + " is undefined at " + (x == 0 ? "0" : Numbers.format(x)));
                }
                return Math.log(x);
            case "sqrt":
                if (x < 0) {
                    throw new MathError("sqrt is undefined at " + Numbers.format(x));
                }
                return Math.sqrt(x);
            default:
                return lenient(name, x);
        }
    }

    /** The IEEE version for plotting: NaN or ±inf where undefined, never an exception. */
    static double lenient(String name, double x) {
        return switch (name) {
            case "sin" -> Math.sin(x);
            case "cos" -> Math.cos(x);
            case "tan" -> Math.tan(x);
            case "exp" -> Math.exp(x);
            case "log", "ln" -> Math.log(x);
            case "sqrt" -> Math.sqrt(x);
            case "abs" -> Math.abs(x);
            default -> throw Functions.unknown(name);
        };
    }

    // ---- linear algebra -------------------------------------------------------------------

    private static Value norm(List<Value> args) {
        arity("norm", args, 1, 2);
        double p = 2;
        if (args.size() == 2) {
            p = number("norm", args.get(1), "p");
        }
        Value v = args.get(0);
        if (v instanceof VectorValue vec) {
            return new Scalar(Linalg.norm(vec.values(), p));
        }
        if (v instanceof MatrixValue m) {
            return new Scalar(Linalg.norm(m.rows(), p));
        }
        if (v instanceof Scalar s) {
            return new Scalar(Math.abs(s.value()));
        }
        throw new MathError("norm needs a vector or a matrix, got " + v.describe());
    }

    private static Value eig(Eigen e) {
        if (e.isReal()) {
            return new VectorValue(e.real());
        }
        List<Value.ComplexValue> values = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) {
            values.add(new Value.ComplexValue(e.real()[i], e.imaginary()[i]));
        }
        return new Value.ComplexVector(values);
    }

    private static Value eigvecs(Eigen e) {
        if (e.vectors() == null && !e.isReal()) {
            throw new MathError("eigvecs: the eigenvalues of this matrix are complex (" + ValueFormat.format(eig(e))
                    + "), so it has no real eigenvectors");
        }
        if (e.vectors() == null) {
            throw new MathError("eigvecs: this matrix is defective: a repeated eigenvalue in " + ValueFormat.format(eig(e))
                    + " has fewer eigen-directions than its multiplicity, so there is no full set of eigenvectors");
        }
        return new MatrixValue(e.vectors());
    }

    private static Value solve(List<Value> args) {
        arity("solve", args, 2, 2);
        double[][] a = matrix("solve", args.subList(0, 1), 1);
        Value b = args.get(1);
        if (b instanceof VectorValue v) {
            return new VectorValue(Linalg.solve(a, v.values()));
        }
        if (b instanceof MatrixValue m) {
            if (m.rowCount() != a.length) {
                throw new MathError("solve(A, B) needs B with " + a.length + " rows, got a " + m.shape() + " matrix");
            }
            return new MatrixValue(Linalg.solve(a, m.rows()));
        }
        throw new MathError("solve(A, b) needs b to be a vector, got " + b.describe());
    }

    private static Value diag(List<Value> args) {
        arity("diag", args, 1, 1);
        Value v = args.get(0);
        if (v instanceof VectorValue vec) {
            Work.entries(vec.length(), vec.length(), "diag of " + vec.length() + " values");
            double[][] out = new double[vec.length()][vec.length()];
            for (int i = 0; i < out.length; i++) {
                out[i][i] = vec.values()[i];
            }
            return new MatrixValue(out);
        }
        if (v instanceof MatrixValue m) {
            double[] out = new double[Math.min(m.rowCount(), m.columnCount())];
            for (int i = 0; i < out.length; i++) {
                out[i] = m.rows()[i][i];
            }
            return new VectorValue(out);
        }
        throw new MathError("diag needs a vector (to build a diagonal matrix) or a matrix, got " + v.describe());
    }

    // ---- argument checks ------------------------------------------------------------------

    static void arity(String name, List<?> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " or " + max;
            throw new MathError(name + " takes " + expected + " argument" + (max == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    private static double[][] matrix(String name, List<Value> args, int count) {
        arity(name, args, count, count);
        Value v = args.get(0);
        if (v instanceof MatrixValue m) {
            return m.rows();
        }
        if (v instanceof Scalar s) {
            return new double[][] {{s.value()}};     // a number is a 1×1 matrix
        }
        throw new MathError(name + " needs a matrix, got " + v.describe());
    }

    /** For functions that make sense on a vector too: the vector counts as one column. */
    private static double[][] matrixOrVector(String name, List<Value> args) {
        arity(name, args, 1, 1);       // before reading args.get(0): transpose() has none
        Value v = args.get(0);
        if (v instanceof VectorValue vec) {
            double[][] column = new double[vec.length()][1];
            for (int i = 0; i < column.length; i++) {
                column[i][0] = vec.values()[i];
            }
            return column;
        }
        return matrix(name, args, 1);
    }

    private static double[] vector(String name, Value v) {
        if (v instanceof VectorValue vec) {
            return vec.values();
        }
        throw new MathError(name + " needs vectors, got " + v.describe());
    }

    private static double number(String name, Value v, String what) {
        if (v instanceof Scalar s) {
            return s.value();
        }
        throw new MathError(name + ": " + what + " must be a number, got " + v.describe());
    }

    private static int wholeNumber(String name, Value v) {
        double x = number(name, v, "the size");
        if (x != Math.rint(x) || x < 1) {
            throw new MathError(name + "(n) needs a whole number n ≥ 1, got " + Numbers.format(x));
        }
        Work.entries(x, x, name + "(" + (x < 1e15 ? String.valueOf((long) x) : Numbers.format(x)) + ")");
        return (int) x;
    }
}
