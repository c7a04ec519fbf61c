package org.mathlens.math.expr;

import java.util.StringJoiner;
import org.mathlens.math.Numbers;

/** The printing rules of {@link MathLanguage#format}. */
final class ValueFormat {
    private ValueFormat() {
    }

    static String format(Value v) {
        if (v instanceof Value.Scalar s) {
            return Numbers.format(s.value());
        }
        if (v instanceof Value.VectorValue vec) {
            return Numbers.format(vec.values());
        }
        if (v instanceof Value.MatrixValue m) {
            return Numbers.format(m.rows());
        }
        if (v instanceof Value.ComplexValue c) {
            return complex(c);
        }
        if (v instanceof Value.ComplexVector cv) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            cv.values().forEach(c -> j.add(complex(c)));
            return j.toString();
        }
        if (v instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        }
        if (v instanceof Value.Text t) {
            return t.text();
        }
        if (v instanceof Value.Symbolic s) {
            return s.expr().toString();
        }
        Value.FunctionValue f = (Value.FunctionValue) v;
        return "(" + String.join(", ", f.params()) + ") -> " + f.body();
    }

    /** "1.0+2.0i", "1.0-2.0i": the sign of the imaginary part joins the two. */
    static String complex(Value.ComplexValue c) {
        double im = c.im() == 0 ? 0.0 : c.im();     // no "-0.0i"
        String imaginary = Numbers.format(Math.abs(im));
        return Numbers.format(c.re()) + (im < 0 ? "-" : "+") + imaginary + "i";
    }
}
