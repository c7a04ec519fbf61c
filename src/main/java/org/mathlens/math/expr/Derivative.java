package org.mathlens.math.expr;

import org.mathlens.math.Work;

import org.mathlens.math.MathError;

import static org.mathlens.math.expr.Simplify.add;
import static org.mathlens.math.expr.Simplify.div;
import static org.mathlens.math.expr.Simplify.mul;
import static org.mathlens.math.expr.Simplify.neg;
import static org.mathlens.math.expr.Simplify.pow;
import static org.mathlens.math.expr.Simplify.sub;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.expr.Expr.Binary;
import org.mathlens.math.expr.Expr.Num;
import org.mathlens.math.expr.Expr.Var;

/**
 * Symbolic differentiation by the textbook rules, recording each rule as it is applied so a
 * pane can show the working. The result is built through {@link Simplify}, so it reads
 * "2*x + 2" rather than "2*x^1*1 + 2*1 + 0".
 */
public final class Derivative {
    /** Beyond this many nodes (nested diff of diff of ...) the formula would be unreadable and slow. */
    private static final int MAX_NODES = 50_000;

    private final String x;
    private final List<Step> steps = new ArrayList<>();

    private Derivative(String x) {
        this.x = x;
    }

    public static Derivation of(Expr f, String x) {
        if (Constants.isConstant(x)) {
            throw new MathError("cannot differentiate with respect to the constant '" + x + "'");
        }
        if (size(f, MAX_NODES) >= MAX_NODES) {
            throw new MathError("the expression is too large to differentiate");
        }
        Derivative d = new Derivative(x);
        Expr result = d.derive(f);
        return new Derivation(f, x, result, d.steps);
    }

    /** Node count, stopping at limit so a huge shared tree costs no more than limit steps. */
    static int size(Expr e, int limit) {
        int count = 0;
        java.util.ArrayDeque<Expr> stack = new java.util.ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty() && count < limit) {
            Expr n = stack.pop();
            count++;
            if (n instanceof Expr.Neg g) {
                stack.push(g.operand());
            } else if (n instanceof Binary b) {
                stack.push(b.left());
                stack.push(b.right());
            } else if (n instanceof Expr.Call c) {
                c.args().forEach(stack::push);
            } else if (n instanceof Expr.Vector v) {
                v.elements().forEach(stack::push);
            }
        }
        return count;
    }

    private boolean depends(Expr e) {
        return e.freeVariables().contains(x);
    }

    /** Reserves the step's place before the inner steps, so steps read outermost first. */
    private int open() {
        steps.add(null);
        return steps.size() - 1;
    }

    private Expr close(int slot, Rule rule, Expr e, Expr derivative) {
        steps.set(slot, new Step(rule, e, derivative));
        return derivative;
    }

    private Expr derive(Expr e) {
        Work.steps(1);
        if (e instanceof Expr.Str || e instanceof Expr.Vector) {
            throw new MathError("diff needs a formula with a number value, got " + e);
        }
        if (e instanceof Binary b && (b.op().isComparison() || b.op() == Op.HADAMARD)) {
            throw new MathError("diff cannot differentiate '" + b.op().symbol + "'");
        }
        if (!depends(e)) {
            return close(open(), Rule.CONSTANT, e, new Num(0));
        }
        if (e instanceof Var) {
            return close(open(), Rule.VARIABLE, e, new Num(1));
        }
        if (e instanceof Expr.Neg n) {
            int slot = open();
            return close(slot, Rule.NEGATION, e, neg(derive(n.operand())));
        }
        if (e instanceof Binary b) {
            return binary(b);
        }
        return function((Expr.Call) e);
    }

    private Expr binary(Binary b) {
        Expr u = b.left();
        Expr v = b.right();
        int slot = open();
        switch (b.op()) {
            case ADD:
                return close(slot, Rule.SUM, b, add(derive(u), derive(v)));
            case SUB:
                return close(slot, Rule.DIFFERENCE, b, sub(derive(u), derive(v)));
            case MUL:
                if (!depends(u)) {
                    return close(slot, Rule.CONSTANT_MULTIPLE, b, mul(u, derive(v)));
                }
                if (!depends(v)) {
                    return close(slot, Rule.CONSTANT_MULTIPLE, b, mul(v, derive(u)));
                }
                Expr du = derive(u);
                Expr dv = derive(v);
                return close(slot, Rule.PRODUCT, b, add(mul(du, v), mul(u, dv)));
            case DIV:
                if (!depends(v)) {
                    return close(slot, Rule.CONSTANT_MULTIPLE, b, div(derive(u), v));
                }
                Expr dn = derive(u);
                Expr dd = derive(v);
                return close(slot, Rule.QUOTIENT, b, div(sub(mul(dn, v), mul(u, dd)), pow(v, new Num(2))));
            default:
                return power(slot, b);
        }
    }

    private Expr power(int slot, Binary b) {
        Expr u = b.left();
        Expr n = b.right();
        if (!depends(n)) {
            // d/dx u^n = n·u^(n-1)·u'
            Expr outer = mul(n, pow(u, sub(n, new Num(1))));
            if (u instanceof Var) {
                return close(slot, Rule.POWER, b, outer);
            }
            int powerSlot = open();
            close(powerSlot, Rule.POWER, b, outer);
            return close(slot, Rule.CHAIN, b, mul(outer, derive(u)));
        }
        if (!depends(u)) {
            // d/dx a^v = a^v·ln(a)·v'
            Expr outer = mul(b, Simplify.call("log", u));
            Expr dv = derive(n);
            return close(slot, Rule.EXPONENTIAL, b, mul(dv, outer));
        }
        // d/dx u^v = u^v·(v'·ln(u) + v·u'/u)
        Expr du = derive(u);
        Expr dv = derive(n);
        return close(slot, Rule.GENERAL_POWER, b,
                mul(b, add(mul(dv, Simplify.call("log", u)), div(mul(n, du), u))));
    }

    private Expr function(Expr.Call c) {
        if (!Functions.ELEMENTWISE.contains(c.name()) || c.args().size() != 1) {
            throw new MathError("diff does not know how to differentiate " + c.name()
                    + "(…); it knows + - * / ^ and sin, cos, tan, exp, log, sqrt, abs");
        }
        Expr u = c.args().get(0);
        Expr outer;
        Rule rule;
        switch (c.name()) {
            case "sin" -> {
                rule = Rule.SIN;
                outer = Simplify.call("cos", u);
            }
            case "cos" -> {
                rule = Rule.COS;
                outer = neg(Simplify.call("sin", u));
            }
            case "tan" -> {
                rule = Rule.TAN;
                outer = div(new Num(1), pow(Simplify.call("cos", u), new Num(2)));
            }
            case "exp" -> {
                rule = Rule.EXP;
                outer = c;
            }
            case "sqrt" -> {
                rule = Rule.SQRT;
                outer = div(new Num(1), mul(new Num(2), c));
            }
            case "abs" -> {
                rule = Rule.ABS;
                outer = div(u, c);
            }
            default -> {
                rule = Rule.LOG;
                outer = div(new Num(1), u);
            }
        }
        if (u instanceof Var) {
            return close(open(), rule, c, outer);
        }
        int chainSlot = open();
        close(open(), rule, c, outer);
        Expr du = derive(u);
        return close(chainSlot, Rule.CHAIN, c, mul(du, outer));
    }
}
