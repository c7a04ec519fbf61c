package org.mathlens.math.expr;

import org.mathlens.math.Work;

import org.mathlens.math.MathError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mathlens.math.calculus.Integrator;
import org.mathlens.math.calculus.Limits;
import org.mathlens.math.expr.Value.MatrixValue;
import org.mathlens.math.expr.Value.Scalar;
import org.mathlens.math.expr.Value.VectorValue;

/**
 * The functions that take a formula rather than a value — diff, grad, hessian, jacobian,
 * limit, integrate — so their first argument is kept as an expression.
 */
final class Calculus {
    private static final Set<String> NAMES = Set.of("diff", "grad", "hessian", "jacobian", "limit", "integrate");

    private Calculus() {
    }

    static boolean handles(String name) {
        return NAMES.contains(name);
    }

    static Value call(Expr.Call c, Evaluator ev) {
        List<Expr> args = c.args();
        switch (c.name()) {
            case "diff": {
                Builtins.arity("diff", args, 2, 3);
                String x = variableName("diff", args.get(1));
                Expr derivative = derivative(args.get(0), x, ev.variables());
                if (args.size() == 2 && ev.isParameter(x)) {
                    // g(x) = diff(x^3 - x, x) then g(2.5): the derivative at g's argument, 17.75
                    return ev.eval(derivative);
                }
                if (args.size() == 2) {
                    return new Value.Symbolic(derivative);
                }
                double a = ev.evalScalar(args.get(2), "the point of diff(f, x, a)");
                return ev.with(Map.of(x, new Scalar(a))).eval(derivative);
            }
            case "grad":
                return gradient(args, ev);
            case "hessian":
                return hessian(args, ev);
            case "jacobian":
                return jacobian(args, ev);
            case "limit":
                return limit(args, ev);
            default:
                return integrate(args, ev);
        }
    }

    /** The simplified symbolic derivative of f, with user functions and nested diffs expanded first. */
    static Expr derivative(Expr f, String x, Map<String, Value> env) {
        Expr result = Derivative.of(inline(f, env, List.of(x)), x).result();
        Work.formula(Derivative.size(result, Work.MAX_FORMULA_NODES + 1), "the derivative");
        return result;
    }

    // ---- grad, hessian, jacobian ----------------------------------------------------------

    private static Value gradient(List<Expr> args, Evaluator ev) {
        Builtins.arity("grad", args, 3, 3);
        List<String> vars = variableList("grad", args.get(1));
        Evaluator at = atPoint("grad", vars, args.get(2), ev);
        double[] g = new double[vars.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = at.evalScalar(derivative(args.get(0), vars.get(i), ev.variables()), "grad's function");
        }
        return new VectorValue(g);
    }

    private static Value hessian(List<Expr> args, Evaluator ev) {
        Builtins.arity("hessian", args, 3, 3);
        List<String> vars = variableList("hessian", args.get(1));
        Evaluator at = atPoint("hessian", vars, args.get(2), ev);
        int n = vars.size();
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            Expr first = derivative(args.get(0), vars.get(i), ev.variables());
            for (int j = 0; j < n; j++) {
                Expr second = Derivative.of(first, vars.get(j)).result();
                h[i][j] = at.evalScalar(second, "hessian's function");
            }
        }
        return new MatrixValue(h);
    }

    private static Value jacobian(List<Expr> args, Evaluator ev) {
        Builtins.arity("jacobian", args, 3, 3);
        if (!(args.get(0) instanceof Expr.Vector fs)) {
            throw new MathError("jacobian needs a list of functions in brackets, like jacobian([f1, f2], [x, y], [1, 2])");
        }
        List<String> vars = variableList("jacobian", args.get(1));
        Evaluator at = atPoint("jacobian", vars, args.get(2), ev);
        double[][] j = new double[fs.elements().size()][vars.size()];
        for (int r = 0; r < j.length; r++) {
            for (int c = 0; c < vars.size(); c++) {
                j[r][c] = at.evalScalar(derivative(fs.elements().get(r), vars.get(c), ev.variables()), "jacobian's function");
            }
        }
        return new MatrixValue(j);
    }

    private static Evaluator atPoint(String name, List<String> vars, Expr pointExpr, Evaluator ev) {
        Value point = ev.eval(pointExpr);
        double[] p;
        if (point instanceof VectorValue v) {
            p = v.values();
        } else if (point instanceof Scalar s) {
            p = new double[] {s.value()};
        } else {
            throw new MathError(name + " needs the point as a vector, got " + point.describe());
        }
        if (p.length != vars.size()) {
            throw new MathError(name + ": " + vars.size() + " variables but the point has " + p.length + " coordinates");
        }
        Map<String, Value> bindings = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            bindings.put(vars.get(i), new Scalar(p[i]));
        }
        return ev.with(bindings);
    }

    // ---- limit and integrate --------------------------------------------------------------

    private static Value limit(List<Expr> args, Evaluator ev) {
        Builtins.arity("limit", args, 3, 4);
        String x = variableName("limit", args.get(1));
        double a = ev.evalScalar(args.get(2), "the point of limit(f, x, a)");
        Limits.Side side = Limits.Side.BOTH;
        if (args.size() == 4) {
            Value s = ev.eval(args.get(3));
            if (!(s instanceof Value.Text t) || !(t.text().equals("left") || t.text().equals("right"))) {
                throw new MathError("limit's fourth argument is \"left\" or \"right\"");
            }
            side = t.text().equals("left") ? Limits.Side.LEFT : Limits.Side.RIGHT;
        }
        return new Scalar(Limits.limit(charged(args.get(0), compileIn(args.get(0), x, ev)), a, side));
    }

    private static Value integrate(List<Expr> args, Evaluator ev) {
        Builtins.arity("integrate", args, 4, 4);
        String x = variableName("integrate", args.get(1));
        double a = ev.evalScalar(args.get(2), "the lower bound of integrate");
        double b = ev.evalScalar(args.get(3), "the upper bound of integrate");
        return new Scalar(Integrator.integrate(charged(args.get(0), compileIn(args.get(0), x, ev)), a, b, x));
    }

    /** f whose every call is charged as steps of work (its size) and checks for Cancel. */
    private static java.util.function.DoubleUnaryOperator charged(Expr formula, CompiledFunction f) {
        long size = Derivative.size(formula, Work.MAX_FORMULA_NODES);
        return t -> {
            Work.steps(size);
            return f.value(t);
        };
    }

    private static CompiledFunction compileIn(Expr f, String x, Evaluator ev) {
        Map<String, Value> env = new HashMap<>(ev.variables());
        env.remove(x);
        return Compiler.compile(f, f.toString(), List.of(x), env);
    }

    // ---- argument helpers -----------------------------------------------------------------

    private static String variableName(String function, Expr e) {
        if (e instanceof Expr.Var v && !Constants.isConstant(v.name())) {
            return v.name();
        }
        throw new MathError(function + " needs a variable name as its second argument, like " + function + "(f, x, …), got " + e);
    }

    private static List<String> variableList(String function, Expr e) {
        if (e instanceof Expr.Var) {
            return List.of(variableName(function, e));
        }
        if (!(e instanceof Expr.Vector v)) {
            throw new MathError(function + " needs its variables in brackets, like [x, y]");
        }
        List<String> names = new ArrayList<>();
        for (Expr item : v.elements()) {
            String name = variableName(function, item);
            if (names.contains(name)) {
                throw new MathError(function + ": variable '" + name + "' is listed twice");
            }
            names.add(name);
        }
        return names;
    }

    // ---- inlining -------------------------------------------------------------------------

    /**
     * f with user functions replaced by their bodies, formulas stored in variables (g =
     * diff(f, x)) substituted, and nested diff(g, y) replaced by its derivative, so the
     * result is a plain formula the derivative and the compiler understand. Names in keep
     * are left alone even when the environment has a value for them.
     */
    static Expr inline(Expr f, Map<String, Value> env, List<String> keep) {
        return new Inliner(env, keep).run(f, 0);
    }

    private record Inliner(Map<String, Value> env, List<String> keep) {
        private static final int MAX_DEPTH = 64;

        Expr run(Expr e, int depth) {
            Work.steps(1);
            if (depth > MAX_DEPTH) {
                throw new MathError("function calls nested too deeply (does a function call itself?)");
            }
            if (e instanceof Expr.Var v) {
                if (!keep.contains(v.name()) && env.get(v.name()) instanceof Value.Symbolic s) {
                    return s.expr();
                }
                return e;
            }
            if (e instanceof Expr.Neg n) {
                return new Expr.Neg(run(n.operand(), depth));
            }
            if (e instanceof Expr.Binary b) {
                return new Expr.Binary(b.op(), run(b.left(), depth), run(b.right(), depth));
            }
            if (e instanceof Expr.Vector v) {
                List<Expr> items = new ArrayList<>();
                v.elements().forEach(item -> items.add(run(item, depth)));
                return new Expr.Vector(items);
            }
            if (!(e instanceof Expr.Call c)) {
                return e;
            }
            List<Expr> args = new ArrayList<>();
            c.args().forEach(a -> args.add(run(a, depth)));
            if (env.get(c.name()) instanceof Value.FunctionValue fn) {
                if (fn.params().size() != args.size()) {
                    throw new MathError(c.name() + " takes " + fn.params().size() + " arguments, got " + args.size());
                }
                Map<String, Expr> bindings = new HashMap<>();
                for (int i = 0; i < args.size(); i++) {
                    bindings.put(fn.params().get(i), args.get(i));
                }
                Expr expanded = run(substitute(fn.body(), bindings), depth + 1);
                Work.formula(Derivative.size(expanded, Work.MAX_FORMULA_NODES + 1), c.name() + "(…) written out");
                return expanded;
            }
            if (c.name().equals("diff") && args.size() == 2 && args.get(1) instanceof Expr.Var x
                    && !Constants.isConstant(x.name())) {
                return Derivative.of(args.get(0), x.name()).result();
            }
            return new Expr.Call(c.name(), args);
        }
    }

    /** Replaces variables by expressions (the parameters of a user function by its arguments). */
    static Expr substitute(Expr e, Map<String, Expr> bindings) {
        if (e instanceof Expr.Var v) {
            return bindings.getOrDefault(v.name(), e);
        }
        if (e instanceof Expr.Neg n) {
            return new Expr.Neg(substitute(n.operand(), bindings));
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), substitute(b.left(), bindings), substitute(b.right(), bindings));
        }
        if (e instanceof Expr.Call c) {
            List<Expr> args = new ArrayList<>();
            c.args().forEach(a -> args.add(substitute(a, bindings)));
            return new Expr.Call(c.name(), args);
        }
        if (e instanceof Expr.Vector v) {
            List<Expr> items = new ArrayList<>();
            v.elements().forEach(a -> items.add(substitute(a, bindings)));
            return new Expr.Vector(items);
        }
        return e;
    }
}
