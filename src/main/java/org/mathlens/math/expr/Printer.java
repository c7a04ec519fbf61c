package org.mathlens.math.expr;

import org.mathlens.math.Numbers;

/**
 * Prints an expression as text the parser reads back to an equal tree, with as few parentheses
 * as the precedence rules allow ("2*x + 2", "-x^2", "(x + 1)*(x - 1)").
 */
final class Printer {
    private Printer() {
    }

    static String print(Expr e) {
        StringBuilder out = new StringBuilder();
        write(e, out);
        return out.toString();
    }

    /**
     * Whole numbers print without ".0" so derivatives read "2*x + 2"; everything else exactly
     * ({@link Numbers#typed}): printed formulas are the math language's own syntax and must
     * parse back to the same expression, so they never round.
     */
    static String number(double v) {
        return Numbers.typed(v);
    }

    static int precedence(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value() < 0 || (n.value() == 0 && 1 / n.value() < 0) ? Op.UNARY_PRECEDENCE : Op.ATOM_PRECEDENCE;
        }
        if (e instanceof Expr.Neg) {
            return Op.UNARY_PRECEDENCE;
        }
        if (e instanceof Expr.Binary b) {
            return b.op().precedence;
        }
        return Op.ATOM_PRECEDENCE;
    }

    private static void write(Expr e, StringBuilder out) {
        if (e instanceof Expr.Num n) {
            out.append(number(n.value()));
        } else if (e instanceof Expr.Var v) {
            out.append(v.name());
        } else if (e instanceof Expr.Str s) {
            out.append('"').append(s.text()).append('"');
        } else if (e instanceof Expr.Neg n) {
            out.append('-');
            // "-(2)" and not "-2": the parser reads a bare "-2" as the number -2, not as a negation.
            boolean plainNumber = n.operand() instanceof Expr.Num num && precedence(num) == Op.ATOM_PRECEDENCE;
            writeWrapped(n.operand(), plainNumber || precedence(n.operand()) < Op.UNARY_PRECEDENCE, out);
        } else if (e instanceof Expr.Binary b) {
            writeBinary(b, out);
        } else if (e instanceof Expr.Call c) {
            out.append(c.name()).append('(');
            writeList(c.args(), out);
            out.append(')');
        } else if (e instanceof Expr.Vector v) {
            out.append('[');
            writeList(v.elements(), out);
            out.append(']');
        }
    }

    private static void writeBinary(Expr.Binary b, StringBuilder out) {
        int p = b.op().precedence;
        boolean wrapLeft;
        boolean wrapRight;
        if (b.op() == Op.POW) {
            // right-associative; the exponent may carry a sign (2^-1)
            wrapLeft = precedence(b.left()) <= p;
            wrapRight = precedence(b.right()) < Op.UNARY_PRECEDENCE;
        } else {
            wrapLeft = precedence(b.left()) < p || (b.op().isComparison() && precedence(b.left()) == p);
            wrapRight = precedence(b.right()) <= p;
        }
        writeWrapped(b.left(), wrapLeft, out);
        switch (b.op()) {
            case MUL, DIV, HADAMARD, POW -> out.append(b.op().symbol);
            default -> out.append(' ').append(b.op().symbol).append(' ');
        }
        writeWrapped(b.right(), wrapRight, out);
    }

    private static void writeWrapped(Expr e, boolean wrap, StringBuilder out) {
        if (wrap) {
            out.append('(');
        }
        write(e, out);
        if (wrap) {
            out.append(')');
        }
    }

    private static void writeList(java.util.List<Expr> items, StringBuilder out) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(items.get(i), out);
        }
    }
}
