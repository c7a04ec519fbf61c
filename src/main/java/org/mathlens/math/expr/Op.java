package org.mathlens.math.expr;

/** The binary operators, with the precedence the parser and the printer share (higher binds tighter). */
public enum Op {
    EQ("==", 1), NE("!=", 1), LT("<", 1), LE("<=", 1), GT(">", 1), GE(">=", 1),
    ADD("+", 2), SUB("-", 2),
    MUL("*", 3), DIV("/", 3), HADAMARD(".*", 3),
    POW("^", 5);

    /** Unary minus sits between the product and the power: -x^2 is -(x^2), 2*-x is allowed. */
    public static final int UNARY_PRECEDENCE = 4;
    public static final int ATOM_PRECEDENCE = 6;

    public final String symbol;
    public final int precedence;

    Op(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public boolean isComparison() {
        return precedence == 1;
    }
}
