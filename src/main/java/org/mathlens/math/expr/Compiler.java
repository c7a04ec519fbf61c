package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import java.util.List;
import java.util.Map;
import org.mathlens.math.expr.Nodes.Const;
import org.mathlens.math.expr.Nodes.Node;

/**
 * Turns an expression into {@link Nodes}: variables become array slots, constant sub-trees are
 * folded to one number, and x^2 becomes x*x. Sub-expressions without the variables (a
 * determinant, an integral) are evaluated once, here.
 */
final class Compiler {
    private final List<String> variables;
    private final Map<String, Value> environment;

    private Compiler(List<String> variables, Map<String, Value> environment) {
        this.variables = variables;
        this.environment = environment;
    }

    static CompiledFunction compile(Expr e, String text, List<String> variables, Map<String, Value> environment) {
        for (String v : variables) {
            if (Constants.isConstant(v)) {
                throw new MathError("'" + v + "' is a constant and cannot be a variable");
            }
        }
        if (variables.stream().distinct().count() != variables.size()) {
            throw new MathError("a variable is listed twice: " + variables);
        }
        Node root = new Compiler(variables, environment).node(e);
        return new Compiled(root, text, variables);
    }

    private Node node(Expr e) {
        if (e instanceof Expr.Num n) {
            return new Const(n.value());
        }
        if (e instanceof Expr.Var v) {
            return variable(v.name());
        }
        if (e instanceof Expr.Neg n) {
            return fold(new Nodes.Negate(node(n.operand())));
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        if (e instanceof Expr.Vector) {
            throw new MathError("expected a formula with a number value, got brackets (a vector or matrix)");
        }
        throw new MathError("expected a formula with a number value, got text " + e);
    }

    private Node variable(String name) {
        if (Constants.isConstant(name)) {
            return new Const(Constants.value(name));
        }
        int slot = variables.indexOf(name);
        if (slot >= 0) {
            return new Nodes.Slot(slot);
        }
        Value v = environment.get(name);
        if (v instanceof Value.Scalar s) {
            return new Const(s.value());
        }
        if (v != null) {
            throw new MathError("'" + name + "' is " + v.describe() + "; a compiled formula needs numbers");
        }
        throw new MathError("unknown variable '" + name + "'");
    }

    private Node binary(Expr.Binary b) {
        Node l = node(b.left());
        Node r = node(b.right());
        Node n = switch (b.op()) {
            case ADD -> new Nodes.Add(l, r);
            case SUB -> new Nodes.Sub(l, r);
            case MUL, HADAMARD -> new Nodes.Mul(l, r);
            case DIV -> new Nodes.Div(l, r);
            case POW -> power(l, r);
            default -> new Nodes.Compare(b.op(), l, r);
        };
        return fold(n);
    }

    private static Node power(Node base, Node exponent) {
        if (exponent instanceof Const c && c.v == 2) {
            return new Nodes.Square(base);
        }
        if (exponent instanceof Const c && c.v == 3) {
            return new Nodes.Cube(base);
        }
        return new Nodes.Pow(base, exponent);
    }

    private Node call(Expr.Call c) {
        Value user = environment.get(c.name());
        if (user instanceof Value.FunctionValue || Calculus.handles(c.name())) {
            // user functions and diff(f, x) are inlined as formulas, then compiled
            Expr inlined = Calculus.inline(c, environment, variables);
            if (!inlined.equals(c)) {
                return node(inlined);
            }
        }
        if (Functions.ELEMENTWISE.contains(c.name()) && c.args().size() == 1) {
            Node a = node(c.args().get(0));
            Node n = switch (c.name()) {
                case "sin" -> new Nodes.Sin(a);
                case "cos" -> new Nodes.Cos(a);
                case "tan" -> new Nodes.Tan(a);
                case "exp" -> new Nodes.Exp(a);
                case "log", "ln" -> new Nodes.Log(a);
                case "sqrt" -> new Nodes.Sqrt(a);
                default -> new Nodes.Abs(a);
            };
            return fold(n);
        }
        if (!Functions.isBuiltin(c.name()) && !(user instanceof Value.FunctionValue)) {
            throw Functions.unknown(c.name());
        }
        for (String v : variables) {
            if (c.freeVariables().contains(v)) {
                throw new MathError(c.name() + "(…) of " + v + " cannot be compiled into a fast function");
            }
        }
        // no variable inside: evaluate once (det(A), integrate(...), ...)
        Value v = new Evaluator(environment).eval(c);
        if (v instanceof Value.Scalar s) {
            return new Const(s.value());
        }
        throw new MathError("expected a number, got " + v.describe() + " from " + c.name() + "(…)");
    }

    /** A node whose inputs are all constants is replaced by its value. */
    private static Node fold(Node n) {
        if (allConstant(n)) {
            return new Const(n.eval(null));
        }
        return n;
    }

    private static boolean allConstant(Node n) {
        if (n instanceof Nodes.Negate g) {
            return g.a instanceof Const;
        }
        Node[] children = children(n);
        for (Node c : children) {
            if (!(c instanceof Const)) {
                return false;
            }
        }
        return children.length > 0;
    }

    private static Node[] children(Node n) {
        if (n instanceof Nodes.Add x) {
            return new Node[] {x.a, x.b};
        }
        if (n instanceof Nodes.Sub x) {
            return new Node[] {x.a, x.b};
        }
        if (n instanceof Nodes.Mul x) {
            return new Node[] {x.a, x.b};
        }
        if (n instanceof Nodes.Div x) {
            return new Node[] {x.a, x.b};
        }
        if (n instanceof Nodes.Pow x) {
            return new Node[] {x.a, x.b};
        }
        if (n instanceof Nodes.Compare x) {
            return new Node[] {x.a, x.b};
        }
        if (n instanceof Nodes.Square x) {
            return new Node[] {x.a};
        }
        if (n instanceof Nodes.Cube x) {
            return new Node[] {x.a};
        }
        if (n instanceof Nodes.Sin x) {
            return new Node[] {x.a};
        }
        if (n instanceof Nodes.Cos x) {
            return new Node[] {x.a};
        }
        if (n instanceof Nodes.Tan x) {
            return new Node[] {x.a};
        }
        if (n instanceof Nodes.Exp x) {
            return new Node[] {x.a};
        }
        if (n instanceof Nodes.Log x) {
            return new Node[] {x.a};
        }
        if (n instanceof Nodes.Sqrt x) {
            return new Node[] {x.a};
        }
        if (n instanceof Nodes.Abs x) {
            return new Node[] {x.a};
        }
        return new Node[0];
    }

    /** The CompiledFunction handed out: the node tree plus its description. */
    private record Compiled(Node root, String text, List<String> variables) implements CompiledFunction {
        Compiled {
            variables = List.copyOf(variables);
        }

        @Override
        public double value(double... args) {
            if (args.length != variables.size()) {
                throw new MathError(text + " takes " + variables.size() + " value" + (variables.size() == 1 ? "" : "s")
                        + " (" + String.join(", ", variables) + "), got " + args.length);
            }
            return root.eval(args);
        }

        @Override
        public double value(double x) {
            if (variables.size() != 1) {
                return value(new double[] {x});
            }
            return root.at(x);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
