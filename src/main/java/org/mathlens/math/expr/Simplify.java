package org.mathlens.math.expr;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.expr.Expr.Binary;
import org.mathlens.math.expr.Expr.Neg;
import org.mathlens.math.expr.Expr.Num;

/**
 * Builders that simplify as they build: no 0*x, x^1, 1*x, x + 0; constants folded when the
 * result is a short number (2*3 → 6, but 1/3 stays 1/3); numbers first in products (2*x).
 * Deliberately modest — it never expands or factors, so results stay recognisable.
 */
public final class Simplify {
    private Simplify() {
    }

    /** Rebuilds the whole tree through the simplifying builders. */
    public static Expr simplify(Expr e) {
        if (e instanceof Neg n) {
            return neg(simplify(n.operand()));
        }
        if (e instanceof Binary b) {
            return binary(b.op(), simplify(b.left()), simplify(b.right()));
        }
        if (e instanceof Expr.Call c) {
            List<Expr> args = new ArrayList<>();
            c.args().forEach(a -> args.add(simplify(a)));
            return call(c.name(), args);
        }
        if (e instanceof Expr.Vector v) {
            List<Expr> items = new ArrayList<>();
            v.elements().forEach(a -> items.add(simplify(a)));
            return new Expr.Vector(items);
        }
        return e;
    }

    static Expr binary(Op op, Expr a, Expr b) {
        return switch (op) {
            case ADD -> add(a, b);
            case SUB -> sub(a, b);
            case MUL -> mul(a, b);
            case DIV -> div(a, b);
            case POW -> pow(a, b);
            default -> new Binary(op, a, b);
        };
    }

    static boolean isNum(Expr e, double v) {
        return e instanceof Num n && n.value() == v;
    }

    /** A folded constant is kept only when it prints short, so 1/3 and sqrt(2) stay exact-looking. */
    private static Expr folded(double v, Expr otherwise) {
        if (Double.isFinite(v) && Printer.number(v).length() <= 8) {
            return new Num(v + 0.0);
        }
        return otherwise;
    }

    public static Expr add(Expr a, Expr b) {
        if (a instanceof Num x && b instanceof Num y) {
            return folded(x.value() + y.value(), new Binary(Op.ADD, a, b));
        }
        if (isNum(a, 0)) {
            return b;
        }
        if (isNum(b, 0)) {
            return a;
        }
        if (b instanceof Num y && y.value() < 0) {
            return sub(a, new Num(-y.value()));
        }
        if (b instanceof Neg n) {
            return sub(a, n.operand());
        }
        if (a.equals(b)) {
            return mul(new Num(2), a);
        }
        return new Binary(Op.ADD, a, b);
    }

    public static Expr sub(Expr a, Expr b) {
        if (a instanceof Num x && b instanceof Num y) {
            return folded(x.value() - y.value(), new Binary(Op.SUB, a, b));
        }
        if (isNum(b, 0)) {
            return a;
        }
        if (isNum(a, 0)) {
            return neg(b);
        }
        if (a.equals(b)) {
            return new Num(0);
        }
        if (b instanceof Num y && y.value() < 0) {
            return add(a, new Num(-y.value()));
        }
        if (b instanceof Neg n) {
            return add(a, n.operand());
        }
        return new Binary(Op.SUB, a, b);
    }

    public static Expr mul(Expr a, Expr b) {
        if (a instanceof Num x && b instanceof Num y) {
            return folded(x.value() * y.value(), new Binary(Op.MUL, a, b));
        }
        if (isNum(a, 0) || isNum(b, 0)) {
            return new Num(0);
        }
        if (isNum(a, 1)) {
            return b;
        }
        if (isNum(b, 1)) {
            return a;
        }
        if (isNum(a, -1)) {
            return neg(b);
        }
        if (isNum(b, -1)) {
            return neg(a);
        }
        if (b instanceof Num && !(a instanceof Num)) {
            return mul(b, a);                       // numbers first: 2*x, not x*2
        }
        if (a instanceof Neg n) {
            return neg(mul(n.operand(), b));
        }
        if (b instanceof Neg n) {
            return neg(mul(a, n.operand()));
        }
        if (a instanceof Num x && b instanceof Binary m && m.op() == Op.MUL && m.left() instanceof Num y) {
            Expr c = mul(x, y);
            if (c instanceof Num) {
                return mul(c, m.right());           // 2*(3*x) → 6*x
            }
        }
        if (a instanceof Num x && x.value() < 0) {
            return neg(mul(new Num(-x.value()), b));
        }
        return new Binary(Op.MUL, a, b);
    }

    public static Expr div(Expr a, Expr b) {
        if (a instanceof Num x && b instanceof Num y && y.value() != 0) {
            double q = x.value() / y.value();
            if (q * y.value() == x.value()) {
                return folded(q, new Binary(Op.DIV, a, b));
            }
        }
        if (isNum(a, 0) && !isNum(b, 0)) {
            return new Num(0);
        }
        if (isNum(b, 1)) {
            return a;
        }
        if (isNum(b, -1)) {
            return neg(a);
        }
        if (a.equals(b) && !isNum(a, 0)) {
            return new Num(1);
        }
        if (a instanceof Neg n) {
            return neg(div(n.operand(), b));
        }
        if (b instanceof Neg n) {
            return neg(div(a, n.operand()));
        }
        return new Binary(Op.DIV, a, b);
    }

    public static Expr pow(Expr a, Expr b) {
        if (a instanceof Num x && b instanceof Num y) {
            return folded(Math.pow(x.value(), y.value()), new Binary(Op.POW, a, b));
        }
        if (isNum(b, 0)) {
            return new Num(1);
        }
        if (isNum(b, 1) || isNum(a, 1)) {
            return a;
        }
        if (a instanceof Binary p && p.op() == Op.POW && p.right() instanceof Num m && b instanceof Num n
                && m.value() == Math.rint(m.value()) && n.value() == Math.rint(n.value())) {
            return pow(p.left(), new Num(m.value() * n.value()));   // (x^2)^3 → x^6 (whole exponents only)
        }
        return new Binary(Op.POW, a, b);
    }

    public static Expr neg(Expr a) {
        if (a instanceof Num x) {
            return new Num(-x.value() + 0.0);
        }
        if (a instanceof Neg n) {
            return n.operand();
        }
        return new Neg(a);
    }

    /** Folds a function of a number only when the result is a whole number: exp(0) → 1, but sin(1) stays. */
    public static Expr call(String name, List<Expr> args) {
        Expr.Call c = new Expr.Call(name, args);
        if (args.size() == 1 && Functions.ELEMENTWISE.contains(name)) {
            Expr arg = args.get(0);
            if ((name.equals("log") || name.equals("ln")) && arg.equals(new Expr.Var("e"))) {
                return new Num(1);
            }
            if (arg instanceof Num x) {
                double v = Builtins.lenient(name, x.value());
                if (v == Math.rint(v) && Double.isFinite(v)) {
                    return new Num(v + 0.0);
                }
            }
        }
        return c;
    }

    static Expr call(String name, Expr arg) {
        return call(name, List.of(arg));
    }
}
