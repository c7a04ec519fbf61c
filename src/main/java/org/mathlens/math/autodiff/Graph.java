package org.mathlens.math.autodiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mathlens.math.Numbers;
import org.mathlens.math.expr.Constants;
import org.mathlens.math.expr.Expr;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.expr.Op;

/**
 * Reverse-mode automatic differentiation over a computational graph built from a parsed
 * expression of the math language. Every distinct sub-expression is one node (records compare
 * by structure, so {@code x} used twice is one input node with two outgoing edges and its
 * adjoint accumulates both contributions). {@link #forward} fills each node's value in
 * topological order; {@link #backward} seeds the output's adjoint with 1 and pushes adjoints
 * back edge by edge. Both passes record {@link Event}s so a picture can replay them one at a time.
 */
public final class Graph {
    /** What a node computes. POWC is u^c with a constant exponent c (one input); POW is u^v. */
    public enum Kind { INPUT, CONST, ADD, SUB, MUL, DIV, POW, POWC, NEG, SIN, COS, TAN, EXP, LOG, SQRT, ABS }

    /** One node: its operation, its inputs (node ids, in operand order) and the sub-expression it stands for. */
    public record Node(int id, Kind kind, String symbol, int[] inputs, double constant, String name, Expr expr) {
        public boolean isLeaf() {
            return inputs.length == 0;
        }
    }

    /** One step of a replay: a node evaluated (forward), or one edge's contribution to an adjoint (backward). */
    public record Event(boolean forward, int node, int parent, double value, double local, double contribution, String text) {
    }

    /** Beyond this many nodes a drawn graph stops being readable. */
    public static final int MAX_NODES = 60;

    private final List<Node> nodes;
    private final List<String> variables;
    private final int[] inputOf;
    private final double[] values;
    private final double[] adjoints;
    private final List<Event> forwardEvents = new ArrayList<>();
    private final List<Event> backwardEvents = new ArrayList<>();

    private Graph(List<Node> nodes, List<String> variables, int[] inputOf) {
        this.nodes = List.copyOf(nodes);
        this.variables = List.copyOf(variables);
        this.inputOf = inputOf;
        this.values = new double[nodes.size()];
        this.adjoints = new double[nodes.size()];
    }

    /** Parses the text and builds its graph; the variables are the free names in alphabetical order. */
    public static Graph parse(String text) {
        Expr e = MathLanguage.parse(text);
        return of(e, new ArrayList<>(new TreeSet<>(e.freeVariables())));
    }

    /** The graph of e with these inputs, in this order (every free variable of e must be among them). */
    public static Graph of(Expr e, List<String> variables) {
        Builder b = new Builder(variables);
        int root = b.node(e);
        if (root != b.nodes.size() - 1) {
            throw new MathError("the output must be computed from the inputs (it is only a variable or a constant)");
        }
        return new Graph(b.nodes, variables, b.inputOf);
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    public int size() {
        return nodes.size();
    }

    public int output() {
        return nodes.size() - 1;
    }

    public List<String> variables() {
        return variables;
    }

    /** The node id of the i-th variable. */
    public int inputNode(int variable) {
        return inputOf[variable];
    }

    public double value(int node) {
        return values[node];
    }

    public double adjoint(int node) {
        return adjoints[node];
    }

    public List<Event> forwardEvents() {
        return Collections.unmodifiableList(forwardEvents);
    }

    public List<Event> backwardEvents() {
        return Collections.unmodifiableList(backwardEvents);
    }

    /** The nodes that read node n, in id order (its outgoing edges). */
    public List<Integer> consumers(int n) {
        List<Integer> out = new ArrayList<>();
        for (Node m : nodes) {
            for (int i : m.inputs) {
                if (i == n && !out.contains(m.id)) {
                    out.add(m.id);
                }
            }
        }
        return out;
    }

    /** Evaluates every node at the point (one value per variable, in order); returns the output. */
    public double forward(double... at) {
        if (at.length != variables.size()) {
            throw new MathError("the formula has " + variables.size() + " variable" + (variables.size() == 1 ? "" : "s")
                    + " " + variables + " but the point has " + at.length + " value" + (at.length == 1 ? "" : "s"));
        }
        forwardEvents.clear();
        backwardEvents.clear();
        java.util.Arrays.fill(adjoints, 0);
        for (Node n : nodes) {
            double v;
            String text;
            if (n.kind == Kind.INPUT) {
                v = at[variables.indexOf(n.name)];
                text = n.name + " = " + Numbers.label(v);
            } else if (n.kind == Kind.CONST) {
                v = n.constant;
                text = n.symbol + " = " + Numbers.label(v);
            } else {
                v = apply(n);
                text = "n" + n.id + " = " + formula(n, false) + " = " + formula(n, true) + " = " + Numbers.label(v);
            }
            values[n.id] = v;
            forwardEvents.add(new Event(true, n.id, -1, v, Double.NaN, Double.NaN, text));
        }
        return values[output()];
    }

    /**
     * Seeds the output's adjoint with 1 and sends adjoints back, consumers before their inputs,
     * one edge at a time; returns the gradient in the order of the variables. Call after forward.
     */
    public double[] backward() {
        backwardEvents.clear();
        java.util.Arrays.fill(adjoints, 0);
        adjoints[output()] = 1;
        backwardEvents.add(new Event(false, output(), -1, 1, 1, 1, "adjoint of the output n" + output() + " = ∂f/∂f = 1"));
        for (int id = nodes.size() - 1; id >= 0; id--) {
            Node n = nodes.get(id);
            for (int k = 0; k < n.inputs.length; k++) {
                int in = n.inputs[k];
                if (nodes.get(in).kind == Kind.CONST) {
                    continue;
                }
                double local = local(n, k);
                double add = adjoints[id] * local;
                adjoints[in] += add;
                String text = "adjoint of " + label(in) + " += adjoint(n" + id + ") · " + localText(n, k) + " = "
                        + Numbers.label(adjoints[id]) + " · " + Numbers.label(local) + " = " + Numbers.label(add) + "  (now " + Numbers.label(adjoints[in]) + ")";
                backwardEvents.add(new Event(false, in, id, adjoints[in], local, add, text));
            }
        }
        double[] g = new double[variables.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = adjoints[inputOf[i]];
        }
        return g;
    }

    /** Forward then backward: the gradient at the point. */
    public double[] gradient(double... at) {
        forward(at);
        return backward();
    }

    private String label(int id) {
        Node n = nodes.get(id);
        return n.kind == Kind.INPUT ? n.name : n.kind == Kind.CONST ? n.symbol : "n" + id;
    }

    private double in(Node n, int k) {
        return values[n.inputs[k]];
    }

    private double apply(Node n) {
        double a = in(n, 0);
        return switch (n.kind) {
            case ADD -> a + in(n, 1);
            case SUB -> a - in(n, 1);
            case MUL -> a * in(n, 1);
            case DIV -> a / in(n, 1);
            case POW -> Math.pow(a, in(n, 1));
            case POWC -> n.constant == 2 ? a * a : Math.pow(a, n.constant);
            case NEG -> -a;
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case SQRT -> Math.sqrt(a);
            case ABS -> Math.abs(a);
            default -> throw new IllegalStateException(n.kind.toString());
        };
    }

    /** ∂(node)/∂(its k-th input) at the current values. */
    private double local(Node n, int k) {
        double a = in(n, 0);
        return switch (n.kind) {
            case ADD -> 1;
            case SUB -> k == 0 ? 1 : -1;
            case MUL -> k == 0 ? in(n, 1) : a;
            case DIV -> k == 0 ? 1 / in(n, 1) : -a / (in(n, 1) * in(n, 1));
            case POW -> k == 0 ? in(n, 1) * Math.pow(a, in(n, 1) - 1) : Math.pow(a, in(n, 1)) * Math.log(a);
            case POWC -> n.constant == 2 ? 2 * a : n.constant * Math.pow(a, n.constant - 1);
            case NEG -> -1;
            case SIN -> Math.cos(a);
            case COS -> -Math.sin(a);
            case TAN -> 1 / (Math.cos(a) * Math.cos(a));
            case EXP -> values[n.id];
            case LOG -> 1 / a;
            case SQRT -> 0.5 / values[n.id];
            case ABS -> Math.signum(a);
            default -> 0;
        };
    }

    /** The local derivative written out: "∂(a·b)/∂a = b = 3". */
    public String localText(Node n, int k) {
        String wrt = label(n.inputs[k]);
        return "∂(" + formula(n, false) + ")/∂" + wrt + " = " + localRule(n, k);
    }

    /** The local derivative's rule and value only: "b = 3" (for an edge label). */
    public String localRule(Node n, int k) {
        String a = label(n.inputs[0]);
        String b = n.inputs.length > 1 ? label(n.inputs[1]) : "";
        String rule = switch (n.kind) {
            case ADD -> "1";
            case SUB -> k == 0 ? "1" : "−1";
            case MUL -> k == 0 ? b : a;
            case DIV -> k == 0 ? "1/" + b : "−" + a + "/" + b + "²";
            case POW -> k == 0 ? b + "·" + a + "^(" + b + "−1)" : a + "^" + b + "·ln " + a;
            case POWC -> n.constant == 2 ? "2·" + a : Numbers.label(n.constant) + "·" + a + "^" + Numbers.label(n.constant - 1);
            case NEG -> "−1";
            case SIN -> "cos " + a;
            case COS -> "−sin " + a;
            case TAN -> "1/cos² " + a;
            case EXP -> "exp " + a;
            case LOG -> "1/" + a;
            case SQRT -> "1/(2·sqrt " + a + ")";
            case ABS -> "sign " + a;
            default -> "0";
        };
        String v = Numbers.label(local(n, k));
        return rule.equals(v) ? v : rule + " = " + v;
    }

    /** The node's operation on its inputs, by name ("r·l") or by value ("3 · 5"). */
    public String formula(Node n, boolean byValue) {
        String[] s = new String[n.inputs.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = byValue ? Numbers.label(values[n.inputs[i]]) : label(n.inputs[i]);
        }
        return switch (n.kind) {
            case ADD -> s[0] + " + " + s[1];
            case SUB -> s[0] + " − " + s[1];
            case MUL -> s[0] + "·" + s[1];
            case DIV -> s[0] + "/" + s[1];
            case POW -> s[0] + "^" + s[1];
            case POWC -> n.constant == 2 ? s[0] + "²" : s[0] + "^" + Numbers.label(n.constant);
            case NEG -> "−" + s[0];
            case INPUT, CONST -> n.symbol;
            default -> n.symbol + "(" + s[0] + ")";
        };
    }

    /** Builds nodes bottom-up, one per distinct sub-expression, so ids are a topological order. */
    private static final class Builder {
        final List<Node> nodes = new ArrayList<>();
        final Map<Expr, Integer> seen = new HashMap<>();
        final List<String> variables;
        final int[] inputOf;

        Builder(List<String> variables) {
            this.variables = variables;
            this.inputOf = new int[variables.size()];
            java.util.Arrays.fill(inputOf, -1);
            if (variables.stream().distinct().count() != variables.size()) {
                throw new MathError("a variable is listed twice: " + variables);
            }
            // inputs first, in the order of the variables, so that they are nodes 0, 1, ...
            for (int i = 0; i < variables.size(); i++) {
                String v = variables.get(i);
                if (Constants.isConstant(v)) {
                    throw new MathError("'" + v + "' is a constant and cannot be a variable");
                }
                inputOf[i] = add(new Expr.Var(v), Kind.INPUT, v, new int[0], 0, v);
            }
        }

        int add(Expr e, Kind kind, String symbol, int[] inputs, double constant, String name) {
            if (nodes.size() >= MAX_NODES) {
                throw new MathError("the formula is too large to draw as a graph (more than " + MAX_NODES + " operations)");
            }
            int id = nodes.size();
            nodes.add(new Node(id, kind, symbol, inputs, constant, name, e));
            seen.put(e, id);
            return id;
        }

        int node(Expr e) {
            Integer known = seen.get(e);
            if (known != null) {
                return known;
            }
            if (e instanceof Expr.Num n) {
                return add(e, Kind.CONST, Numbers.label(n.value()), new int[0], n.value(), null);
            }
            if (e instanceof Expr.Var v) {
                if (Constants.isConstant(v.name())) {
                    String sym = v.name().equals("pi") ? "π" : v.name();
                    return add(e, Kind.CONST, sym, new int[0], Constants.value(v.name()), null);
                }
                throw new MathError("unknown variable '" + v.name() + "'");
            }
            if (e instanceof Expr.Neg n) {
                if (n.operand() instanceof Expr.Num num) {
                    return node(new Expr.Num(-num.value()));
                }
                return add(e, Kind.NEG, "−", new int[] {node(n.operand())}, 0, null);
            }
            if (e instanceof Expr.Binary b) {
                if (b.op() == Op.POW && b.right() instanceof Expr.Num c) {
                    String sym = c.value() == 2 ? "²" : c.value() == 3 ? "³" : "^" + Numbers.label(c.value());
                    return add(e, Kind.POWC, sym, new int[] {node(b.left())}, c.value(), null);
                }
                Kind kind;
                String sym;
                switch (b.op()) {
                    case ADD -> {
                        kind = Kind.ADD;
                        sym = "+";
                    }
                    case SUB -> {
                        kind = Kind.SUB;
                        sym = "−";
                    }
                    case MUL, HADAMARD -> {
                        kind = Kind.MUL;
                        sym = "×";
                    }
                    case DIV -> {
                        kind = Kind.DIV;
                        sym = "÷";
                    }
                    case POW -> {
                        kind = Kind.POW;
                        sym = "^";
                    }
                    default -> throw new MathError("automatic differentiation needs a smooth formula; '" + b.op().symbol
                            + "' compares and has no derivative");
                }
                int l = node(b.left());
                int r = node(b.right());
                return add(e, kind, sym, new int[] {l, r}, 0, null);
            }
            if (e instanceof Expr.Call c) {
                if (c.args().size() != 1) {
                    throw new MathError(c.name() + "(…) is not one of the operations the graph can differentiate"
                            + " (+ − × ÷ ^, sin, cos, tan, exp, log, sqrt, abs)");
                }
                Kind kind = switch (c.name()) {
                    case "sin" -> Kind.SIN;
                    case "cos" -> Kind.COS;
                    case "tan" -> Kind.TAN;
                    case "exp" -> Kind.EXP;
                    case "log", "ln" -> Kind.LOG;
                    case "sqrt" -> Kind.SQRT;
                    case "abs" -> Kind.ABS;
                    default -> throw new MathError(c.name() + "(…) is not one of the operations the graph can differentiate"
                            + " (+ − × ÷ ^, sin, cos, tan, exp, log, sqrt, abs)");
                };
                String sym = c.name().equals("ln") ? "log" : c.name();
                return add(e, kind, sym, new int[] {node(c.args().get(0))}, 0, null);
            }
            throw new MathError("automatic differentiation needs a formula with a number value, not " + e);
        }
    }
}
