package org.mathlens.math.expr;

/**
 * One rule applied while differentiating: the sub-expression it applied to and that
 * sub-expression's derivative. For a function rule inside a chain (SIN on sin(x^2)) the
 * derivative is the outer one, cos(x^2); the CHAIN step before it holds the full product.
 */
public record Step(Rule rule, Expr expression, Expr derivative) {
    @Override
    public String toString() {
        return rule + ": d/dx " + expression + " = " + derivative;
    }
}
