package org.mathlens.math.expr;

import java.util.List;

/**
 * One line of the input bar: an assignment {@code A = [[1, 2], [0, 1]]}, a function definition
 * {@code f(x) = x^3 - x}, or a bare expression (name null, params empty).
 */
public record Statement(String name, List<String> params, Expr body) {
    public Statement {
        params = List.copyOf(params);
    }

    public boolean isAssignment() {
        return name != null && params.isEmpty();
    }

    public boolean isFunctionDefinition() {
        return name != null && !params.isEmpty();
    }
}
