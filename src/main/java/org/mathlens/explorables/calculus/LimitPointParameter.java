package org.mathlens.explorables.calculus;

import org.mathlens.explorable.Parameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.MathLanguage;

/** The point a limit approaches: a number in [-100, 100], or inf / -inf for limits at infinity. */
final class LimitPointParameter extends Parameter<Double> {
    static final double LIMIT = 100;

    LimitPointParameter(String name, String description, double initial) {
        super(name, description, initial);
    }

    double value() {
        return get();
    }

    @Override
    protected Double parseValue(String text) {
        return MathLanguage.evaluateScalar(text);
    }

    @Override
    protected Double check(Double candidate) {
        double x = candidate;
        if (Double.isNaN(x)) {
            throw new ParameterException(name() + " must be a number, inf or -inf");
        }
        if (Double.isFinite(x) && Math.abs(x) > LIMIT) {
            throw new ParameterException(name() + " must be between -100 and 100, or inf or -inf");
        }
        return x == 0.0 ? 0.0 : x;
    }

    @Override
    public String format(Double value) {
        return Numbers.format(value);
    }
}
