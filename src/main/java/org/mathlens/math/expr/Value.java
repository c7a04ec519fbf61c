package org.mathlens.math.expr;

import java.util.Arrays;
import java.util.List;

/**
 * What an expression evaluates to. Arrays are copied in and out of nothing: treat them as
 * read-only. equals/hashCode compare contents.
 */
public sealed interface Value permits Value.Scalar, Value.VectorValue, Value.MatrixValue, Value.ComplexValue,
        Value.ComplexVector, Value.Bool, Value.Text, Value.Symbolic, Value.FunctionValue {

    /** A phrase for error messages: "a number", "a vector of length 3", "a 2×3 matrix". */
    String describe();

    record Scalar(double value) implements Value {
        public String describe() {
            return "a number";
        }
    }

    record VectorValue(double[] values) implements Value {
        public int length() {
            return values.length;
        }

        public String describe() {
            return "a vector of length " + values.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof VectorValue v && Arrays.equals(values, v.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "VectorValue" + Arrays.toString(values);
        }
    }

    /** A matrix stored by rows; every row has the same length. */
    record MatrixValue(double[][] rows) implements Value {
        public int rowCount() {
            return rows.length;
        }

        public int columnCount() {
            return rows.length == 0 ? 0 : rows[0].length;
        }

        public String shape() {
            return rowCount() + "×" + columnCount();
        }

        public String describe() {
            return "a " + shape() + " matrix";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MatrixValue m && Arrays.deepEquals(rows, m.rows);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(rows);
        }

        @Override
        public String toString() {
            return "MatrixValue" + Arrays.deepToString(rows);
        }
    }

    record ComplexValue(double re, double im) implements Value {
        public String describe() {
            return "a complex number";
        }
    }

    /** Eigenvalues when at least one is complex. */
    record ComplexVector(List<ComplexValue> values) implements Value {
        public ComplexVector {
            values = List.copyOf(values);
        }

        public String describe() {
            return "a vector of " + values.size() + " complex numbers";
        }
    }

    /** The result of a comparison. */
    record Bool(boolean value) implements Value {
        public String describe() {
            return "true/false";
        }
    }

    record Text(String text) implements Value {
        public String describe() {
            return "text";
        }
    }

    /** A formula, the result of diff(f, x). */
    record Symbolic(Expr expr) implements Value {
        public String describe() {
            return "a formula";
        }
    }

    /** A user function from a definition like f(x) = x^3 - x; pass it in the variables map under its name. */
    record FunctionValue(List<String> params, Expr body) implements Value {
        public FunctionValue {
            params = List.copyOf(params);
        }

        public String describe() {
            return "a function";
        }
    }
}
