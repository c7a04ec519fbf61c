package org.mathlens.math.expr;

import java.util.List;

/** A symbolic derivative and the rules that produced it, in the order they were applied (outermost first). */
public record Derivation(Expr function, String variable, Expr result, List<Step> steps) {
    public Derivation {
        steps = List.copyOf(steps);
    }
}
