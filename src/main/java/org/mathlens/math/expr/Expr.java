package org.mathlens.math.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed expression: an immutable tree of records with structural equals/hashCode.
 * {@link #toString()} prints text that parses back to an equal tree.
 */
public sealed interface Expr permits Expr.Num, Expr.Var, Expr.Str, Expr.Neg, Expr.Binary, Expr.Call, Expr.Vector {

    /** The names the expression reads that are not constants (pi, e, inf) — the variables it needs. */
    default Set<String> freeVariables() {
        Set<String> names = new LinkedHashSet<>();
        collectVariables(this, names);
        return names;
    }

    private static void collectVariables(Expr e, Set<String> out) {
        // Java 17 has no pattern switch; instanceof chains are the plain way to walk the tree.
        if (e instanceof Var v) {
            if (!Constants.isConstant(v.name())) {
                out.add(v.name());
            }
        } else if (e instanceof Neg n) {
            collectVariables(n.operand(), out);
        } else if (e instanceof Binary b) {
            collectVariables(b.left(), out);
            collectVariables(b.right(), out);
        } else if (e instanceof Call c) {
            c.args().forEach(a -> collectVariables(a, out));
        } else if (e instanceof Vector v) {
            v.elements().forEach(a -> collectVariables(a, out));
        }
    }

    /** A number literal. Negative values appear when the parser folds "-2" or the simplifier folds constants. */
    record Num(double value) implements Expr {
        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** A name: a variable, or one of the constants pi, e, inf. */
    record Var(String name) implements Expr {
        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** A string literal in double quotes, e.g. the side of a limit: "left". */
    record Str(String text) implements Expr {
        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    record Neg(Expr operand) implements Expr {
        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    record Binary(Op op, Expr left, Expr right) implements Expr {
        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    record Call(String name, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    /** A bracket literal: a vector [1, 2] or, when its elements are vectors, a matrix by rows. */
    record Vector(List<Expr> elements) implements Expr {
        public Vector {
            elements = List.copyOf(elements);
        }

        @Override
        public String toString() {
            return Printer.print(this);
        }
    }

    // Small constructors that keep the derivative and simplifier code readable.
    static Expr num(double v) {
        return new Num(v);
    }

    static Expr var(String name) {
        return new Var(name);
    }

    static Expr bin(Op op, Expr l, Expr r) {
        return new Binary(op, l, r);
    }

    static Expr call(String name, Expr... args) {
        return new Call(name, List.of(args));
    }
}
