package org.mathlens.math.expr;

import org.mathlens.math.Work;

import org.mathlens.math.MathError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mathlens.math.expr.Value.MatrixValue;
import org.mathlens.math.expr.Value.Scalar;
import org.mathlens.math.expr.Value.VectorValue;

/**
 * Walks an expression tree and computes its value, strictly: undefined operations (log 0,
 * 1/0, sqrt of a negative) are MathErrors, not NaN. For fast repeated evaluation of a
 * real function use {@link MathLanguage#compile} instead.
 */
final class Evaluator {
    /** User functions may call each other; this bounds runaway recursion like f(x) = f(x). */
    private static final int MAX_CALL_DEPTH = 64;

    private final Map<String, Value> variables;
    private int callDepth;
    /** The parameters of the user function being evaluated: g(x) = diff(x^3, x) means g's x. */
    private java.util.Set<String> parameters = java.util.Set.of();

    Evaluator(Map<String, Value> variables) {
        this.variables = variables;
    }

    Map<String, Value> variables() {
        return variables;
    }

    /** A new evaluator seeing the same variables plus (or overriding with) the given bindings. */
    Evaluator with(Map<String, Value> bindings) {
        Map<String, Value> all = new HashMap<>(variables);
        all.putAll(bindings);
        Evaluator e = new Evaluator(all);
        e.callDepth = callDepth;
        e.parameters = parameters;
        return e;
    }

    /** True when name is a parameter of the user function this evaluator is inside, bound to its argument. */
    boolean isParameter(String name) {
        return parameters.contains(name);
    }

    Value eval(Expr e) {
        Work.steps(1);
        if (e instanceof Expr.Num n) {
            return new Scalar(n.value());
        }
        if (e instanceof Expr.Var v) {
            return variable(v.name());
        }
        if (e instanceof Expr.Str s) {
            return new Value.Text(s.text());
        }
        if (e instanceof Expr.Neg n) {
            return Arithmetic.negate(eval(n.operand()));
        }
        if (e instanceof Expr.Binary b) {
            return Arithmetic.apply(b.op(), eval(b.left()), eval(b.right()));
        }
        if (e instanceof Expr.Vector v) {
            return bracket(v);
        }
        return call((Expr.Call) e);
    }

    double evalScalar(Expr e, String what) {
        return scalar(eval(e), what);
    }

    static double scalar(Value v, String what) {
        if (v instanceof Scalar s) {
            return s.value();
        }
        throw new MathError(what + " must be a number, got " + v.describe());
    }

    private Value variable(String name) {
        if (Constants.isConstant(name)) {
            return new Scalar(Constants.value(name));
        }
        Value v = variables.get(name);
        if (v == null && (name.equals("true") || name.equals("false"))) {
            // the words a goal compares a yes/no readout with: independent == false
            return new Value.Bool(name.equals("true"));
        }
        if (v == null) {
            throw new MathError("unknown variable '" + name + "'");
        }
        if (v instanceof Value.FunctionValue) {
            throw new MathError("'" + name + "' is a function: call it with an argument, like " + name + "(2)");
        }
        return v;
    }

    /** [1, 2] is a vector; [[1, 2], [3, 4]] a matrix by rows. */
    private Value bracket(Expr.Vector v) {
        List<Value> items = new ArrayList<>(v.elements().size());
        for (Expr element : v.elements()) {
            items.add(eval(element));
        }
        if (items.get(0) instanceof Scalar) {
            double[] out = new double[items.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(items.get(i) instanceof Scalar s)) {
                    throw new MathError("a vector holds numbers, but entry " + (i + 1) + " is " + items.get(i).describe());
                }
                out[i] = s.value();
            }
            return new VectorValue(out);
        }
        if (items.get(0) instanceof VectorValue first) {
            Work.entries(items.size(), first.length(), "a " + items.size() + "×" + first.length() + " matrix");
            double[][] rows = new double[items.size()][];
            for (int i = 0; i < rows.length; i++) {
                if (!(items.get(i) instanceof VectorValue row)) {
                    throw new MathError("a matrix is written by rows, but row " + (i + 1) + " is " + items.get(i).describe());
                }
                if (row.length() != first.length()) {
                    throw new MathError("ragged matrix: row 1 has " + first.length() + " entries but row " + (i + 1)
                            + " has " + row.length());
                }
                rows[i] = row.values();
            }
            return new MatrixValue(rows);
        }
        throw new MathError("brackets hold numbers (a vector) or rows (a matrix), not " + items.get(0).describe());
    }

    private Value call(Expr.Call c) {
        Value user = variables.get(c.name());
        if (user instanceof Value.FunctionValue f) {
            return callUser(c, f);
        }
        if (Calculus.handles(c.name())) {
            return Calculus.call(c, this);
        }
        if (!Functions.isBuiltin(c.name())) {
            throw Functions.unknown(c.name());
        }
        List<Value> args = new ArrayList<>(c.args().size());
        for (Expr a : c.args()) {
            args.add(eval(a));
        }
        return Builtins.call(c.name(), args);
    }

    private Value callUser(Expr.Call c, Value.FunctionValue f) {
        if (c.args().size() != f.params().size()) {
            throw new MathError(c.name() + " takes " + f.params().size() + " argument" + (f.params().size() == 1 ? "" : "s")
                    + ", got " + c.args().size());
        }
        if (callDepth >= MAX_CALL_DEPTH) {
            throw new MathError("function calls nested too deeply (does " + c.name() + " call itself?)");
        }
        Map<String, Value> bindings = new HashMap<>();
        for (int i = 0; i < c.args().size(); i++) {
            bindings.put(f.params().get(i), eval(c.args().get(i)));
        }
        Evaluator inner = with(bindings);
        inner.callDepth = callDepth + 1;
        inner.parameters = java.util.Set.copyOf(f.params());
        return inner.eval(f.body());
    }
}
