package org.mathlens.math.expr;

import java.util.List;

/**
 * A real function compiled once for fast repeated evaluation (plots, integrals, limits).
 * It never throws while evaluating: outside the domain it returns NaN (log of a negative)
 * or ±inf (1/0), as IEEE arithmetic does.
 */
public interface CompiledFunction {
    /** The value at args, given in the order of the variables passed to compile. */
    double value(double... args);

    /** The fast path for a function of one variable. */
    double value(double x);

    String text();

    List<String> variables();
}
