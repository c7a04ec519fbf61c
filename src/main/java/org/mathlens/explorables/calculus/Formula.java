package org.mathlens.explorables.calculus;

import java.util.function.DoubleUnaryOperator;
import org.mathlens.math.expr.CompiledFunction;
import org.mathlens.math.expr.Derivation;
import org.mathlens.math.expr.Derivative;
import org.mathlens.math.expr.Expr;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;

/**
 * A learner's formula of x as the calculus panes use it: the compiled function (one object per
 * formula, so plots can cache by identity), its parse tree, and its symbolic derivative when
 * the rules can take it (null with a reason otherwise).
 */
final class Formula {
    private final String text;
    private final Expr expr;
    private final DoubleUnaryOperator f;
    private final Derivation derivation;
    private final DoubleUnaryOperator derivative;
    private final String derivativeError;

    private Formula(CompiledFunction compiled) {
        this.text = compiled.text();
        this.expr = MathLanguage.parse(text);
        this.f = compiled::value;
        Derivation d = null;
        DoubleUnaryOperator df = null;
        String error = null;
        try {
            d = Derivative.of(expr, "x");
            CompiledFunction c = MathLanguage.compile(d.result().toString(), "x");
            df = c::value;
        } catch (MathError e) {
            error = e.getMessage();
        }
        this.derivation = d;
        this.derivative = df;
        this.derivativeError = error;
    }

    static Formula of(CompiledFunction compiled) {
        return new Formula(compiled);
    }

    static Formula of(String text) {
        return new Formula(MathLanguage.compile(text, "x"));
    }

    String text() {
        return text;
    }

    Expr expr() {
        return expr;
    }

    /** The function itself; the same object for as long as the formula is unchanged. */
    DoubleUnaryOperator f() {
        return f;
    }

    double at(double x) {
        return f.applyAsDouble(x);
    }

    /** The derivation, or null when the rules cannot differentiate this formula. */
    Derivation derivation() {
        return derivation;
    }

    /** f′ compiled, or null. */
    DoubleUnaryOperator derivative() {
        return derivative;
    }

    double slopeAt(double x) {
        return derivative == null ? Double.NaN : derivative.applyAsDouble(x);
    }

    String derivativeError() {
        return derivativeError;
    }
}
