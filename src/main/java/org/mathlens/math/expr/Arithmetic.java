package org.mathlens.math.expr;

import org.mathlens.math.Work;

import org.mathlens.math.MathError;

import org.mathlens.math.Numbers;
import org.mathlens.math.expr.Value.Bool;
import org.mathlens.math.expr.Value.MatrixValue;
import org.mathlens.math.expr.Value.Scalar;
import org.mathlens.math.expr.Value.VectorValue;
import org.mathlens.math.linalg.Linalg;

/**
 * The operators on values: + - * / ^ .* and the comparisons. Scalars follow the strict rules
 * of closed evaluation (1/0 is "division by zero"); matrices use EJML through {@link Linalg}.
 */
final class Arithmetic {
    /** The tolerance of ==: relative to the larger magnitude, absolute near zero. */
    static final double TOLERANCE = 1e-9;

    private Arithmetic() {
    }

    static Value apply(Op op, Value a, Value b) {
        return switch (op) {
            case ADD -> addOrSubtract(a, b, true);
            case SUB -> addOrSubtract(a, b, false);
            case MUL -> multiply(a, b);
            case DIV -> divide(a, b);
            case HADAMARD -> hadamard(a, b);
            case POW -> power(a, b);
            default -> compare(op, a, b);
        };
    }

    static Value negate(Value a) {
        if (a instanceof Scalar s) {
            return new Scalar(-s.value());
        }
        if (a instanceof Value.ComplexValue c) {
            return new Value.ComplexValue(-c.re(), -c.im());
        }
        return scale(numeric(a, "negate"), -1);
    }

    // ---- + and - ---------------------------------------------------------------------------

    private static Value addOrSubtract(Value a, Value b, boolean add) {
        double sign = add ? 1 : -1;
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return scalar(x.value() + sign * y.value(), x.value(), add ? " + " : " - ", y.value());
        }
        if (a instanceof Value.ComplexValue || b instanceof Value.ComplexValue) {
            double[] x = complexParts(a);
            double[] y = complexParts(b);
            return new Value.ComplexValue(x[0] + sign * y[0], x[1] + sign * y[1]);
        }
        return elementwise(a, b, add ? "add" : "subtract", (x, y) -> x + sign * y);
    }

    // ---- * -------------------------------------------------------------------------------

    private static Value multiply(Value a, Value b) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return scalar(x.value() * y.value(), x.value(), "*", y.value());
        }
        if (a instanceof Value.ComplexValue || b instanceof Value.ComplexValue) {
            double[] x = complexParts(a);
            double[] y = complexParts(b);
            return new Value.ComplexValue(x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]);
        }
        if (a instanceof Scalar s) {
            return scale(numeric(b, "multiply"), s.value());
        }
        if (b instanceof Scalar s) {
            return scale(numeric(a, "multiply"), s.value());
        }
        if (a instanceof MatrixValue m && b instanceof MatrixValue n) {
            return new MatrixValue(Linalg.multiply(m.rows(), n.rows()));
        }
        if (a instanceof MatrixValue m && b instanceof VectorValue v) {
            return new VectorValue(Linalg.multiply(m.rows(), v.values()));   // v is a column
        }
        if (a instanceof VectorValue v && b instanceof MatrixValue m) {
            // v is a row: vᵀ·M = (Mᵀ·v)ᵀ
            if (v.length() != m.rowCount()) {
                throw new MathError("cannot multiply a vector of length " + v.length() + " by " + m.shape()
                        + ": inner sizes " + v.length() + " and " + m.rowCount() + " differ");
            }
            return new VectorValue(Linalg.multiply(Linalg.transpose(m.rows()), v.values()));
        }
        if (a instanceof VectorValue && b instanceof VectorValue) {
            throw new MathError("cannot multiply two vectors with *: use dot(u, v) for the dot product, or u .* v element by element");
        }
        throw cannot("multiply", a, b);
    }

    private static Value divide(Value a, Value b) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            if (y.value() == 0) {
                throw new MathError("division by zero");
            }
            return scalar(x.value() / y.value(), x.value(), "/", y.value());
        }
        if (b instanceof Scalar y && (a instanceof VectorValue || a instanceof MatrixValue)) {
            if (y.value() == 0) {
                throw new MathError("division by zero");
            }
            return scale(a, 1 / y.value());
        }
        if (b instanceof MatrixValue) {
            throw new MathError("cannot divide by a matrix: multiply by inv(B), or use solve(A, b)");
        }
        throw cannot("divide", a, b);
    }

    private static Value hadamard(Value a, Value b) {
        if (a instanceof Scalar || b instanceof Scalar) {
            return multiply(a, b);
        }
        return elementwise(a, b, "multiply element-wise", (x, y) -> x * y);
    }

    // ---- ^ --------------------------------------------------------------------------------

    private static Value power(Value a, Value b) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            double base = x.value();
            double exponent = y.value();
            if (base == 0 && exponent < 0) {
                throw new MathError("division by zero");
            }
            if (base == 1) {
                return new Scalar(1);       // 1^inf = 1, as IEEE 754's pow says (Java's Math.pow gives NaN)
            }
            double r = Math.pow(base, exponent);
            if (Double.isNaN(r) && base == -1 && Double.isInfinite(exponent)) {
                throw new MathError("(-1)^" + Numbers.format(exponent) + " is undefined: the powers of -1 flip between 1 and -1");
            }
            if (Double.isNaN(r) && !Double.isNaN(base) && !Double.isNaN(exponent)) {
                throw new MathError(Numbers.format(base) + "^" + Numbers.format(exponent)
                        + " is undefined: a negative number to a fractional power is not real");
            }
            return new Scalar(r);
        }
        if (a instanceof MatrixValue m && b instanceof Scalar y) {
            double n = y.value();
            if (n != Math.rint(n)) {
                throw new MathError("a matrix power needs a whole-number exponent, got " + Numbers.format(n));
            }
            if (Math.abs(n) > 1e15) {
                throw new MathError("matrix powers are limited to exponents up to 10^15 here; " + Numbers.format(n) + " is too large");
            }
            if (m.rowCount() != m.columnCount()) {
                throw new MathError("only a square matrix has powers, got a " + m.shape() + " matrix");
            }
            return new MatrixValue(Linalg.power(m.rows(), (long) n));
        }
        if (a instanceof VectorValue) {
            throw new MathError("a vector has no powers: use v .* v for element-wise squares, or dot(v, v)");
        }
        throw cannot("raise", a, b);
    }

    // ---- comparisons ----------------------------------------------------------------------

    private static Value compare(Op op, Value a, Value b) {
        if (a instanceof Scalar x && b instanceof Scalar y) {
            double p = x.value();
            double q = y.value();
            return new Bool(switch (op) {
                case EQ -> close(p, q);
                case NE -> !close(p, q);
                case LT -> p < q;
                case LE -> p <= q || close(p, q);
                case GT -> p > q;
                default -> p >= q || close(p, q);
            });
        }
        if (op == Op.EQ || op == Op.NE) {
            boolean equal = equalValues(a, b);
            return new Bool(op == Op.EQ ? equal : !equal);
        }
        throw new MathError("cannot compare " + a.describe() + " and " + b.describe() + " with " + op.symbol
                + ": only numbers are ordered");
    }

    static boolean close(double p, double q) {
        if (p == q) {
            return true;                    // also inf == inf
        }
        double scale = Math.max(1.0, Math.max(Math.abs(p), Math.abs(q)));
        return Math.abs(p - q) <= TOLERANCE * scale;
    }

    private static boolean equalValues(Value a, Value b) {
        if (a instanceof VectorValue u && b instanceof VectorValue v) {
            if (u.length() != v.length()) {
                return false;
            }
            for (int i = 0; i < u.length(); i++) {
                if (!close(u.values()[i], v.values()[i])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MatrixValue m && b instanceof MatrixValue n) {
            if (m.rowCount() != n.rowCount() || m.columnCount() != n.columnCount()) {
                return false;
            }
            for (int i = 0; i < m.rowCount(); i++) {
                if (!equalValues(new VectorValue(m.rows()[i]), new VectorValue(n.rows()[i]))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Value.ComplexValue || b instanceof Value.ComplexValue) {
            if (!(a instanceof Value.ComplexValue || a instanceof Scalar) || !(b instanceof Value.ComplexValue || b instanceof Scalar)) {
                return false;
            }
            double[] x = complexParts(a);
            double[] y = complexParts(b);
            return close(x[0], y[0]) && close(x[1], y[1]);
        }
        return a.equals(b);
    }

    // ---- helpers ----------------------------------------------------------------------------

    interface DoubleOp {
        double apply(double x, double y);
    }

    private static Value elementwise(Value a, Value b, String verb, DoubleOp f) {
        if (a instanceof VectorValue u && b instanceof VectorValue v) {
            if (u.length() != v.length()) {
                throw new MathError("cannot " + verb + " vectors of lengths " + u.length() + " and " + v.length());
            }
            double[] out = new double[u.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = f.apply(u.values()[i], v.values()[i]);
            }
            return new VectorValue(out);
        }
        if (a instanceof MatrixValue m && b instanceof MatrixValue n) {
            if (m.rowCount() != n.rowCount() || m.columnCount() != n.columnCount()) {
                throw new MathError("cannot " + verb + " a " + m.shape() + " matrix and a " + n.shape() + " matrix: the shapes differ");
            }
            Work.operations((double) m.rowCount() * m.columnCount(), "this element-wise operation");
            double[][] out = new double[m.rowCount()][m.columnCount()];
            for (int i = 0; i < out.length; i++) {
                for (int j = 0; j < out[i].length; j++) {
                    out[i][j] = f.apply(m.rows()[i][j], n.rows()[i][j]);
                }
            }
            return new MatrixValue(out);
        }
        throw cannot(verb, a, b);
    }

    static Value scale(Value a, double s) {
        if (a instanceof VectorValue v) {
            double[] out = new double[v.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = v.values()[i] * s;
            }
            return new VectorValue(out);
        }
        if (a instanceof MatrixValue m) {
            Work.operations((double) m.rowCount() * m.columnCount(), "scaling this matrix");
            double[][] out = new double[m.rowCount()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = ((VectorValue) scale(new VectorValue(m.rows()[i]), s)).values();
            }
            return new MatrixValue(out);
        }
        if (a instanceof Scalar x) {
            return new Scalar(x.value() * s);
        }
        throw new MathError("cannot scale " + a.describe());
    }

    private static Value numeric(Value a, String verb) {
        if (a instanceof Scalar || a instanceof VectorValue || a instanceof MatrixValue) {
            return a;
        }
        throw new MathError("cannot " + verb + " " + a.describe());
    }

    private static double[] complexParts(Value v) {
        if (v instanceof Value.ComplexValue c) {
            return new double[] {c.re(), c.im()};
        }
        if (v instanceof Scalar s) {
            return new double[] {s.value(), 0};
        }
        throw new MathError("cannot combine a complex number with " + v.describe());
    }

    /** A scalar result, where NaN from defined inputs (inf - inf, 0*inf) becomes an error. */
    private static Value scalar(double r, double x, String op, double y) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw new MathError(Numbers.format(x) + op + Numbers.format(y) + " is undefined");
        }
        return new Scalar(r);
    }

    static MathError cannot(String verb, Value a, Value b) {
        if (a instanceof Value.Symbolic || b instanceof Value.Symbolic) {
            return new MathError("cannot compute with a formula: to get a number, give the point, e.g. diff(f, x, 2)");
        }
        return new MathError("cannot " + verb + " " + a.describe() + " and " + b.describe());
    }
}
