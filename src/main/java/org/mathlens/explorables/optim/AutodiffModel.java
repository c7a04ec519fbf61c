package org.mathlens.explorables.optim;

import java.util.ArrayList;
import java.util.List;
import org.mathlens.math.Numbers;
import org.mathlens.math.autodiff.Graph;
import org.mathlens.math.autodiff.GraphLayout;
import org.mathlens.math.expr.CompiledFunction;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.expr.Value;

/**
 * The autodiff pane's mathematics: the computational graph of f at a point, its forward and
 * backward passes as one replay (forward events, then backward events), and the same
 * gradient by two independent routes — the math language's symbolic grad and central
 * differences — for the comparison table.
 */
public final class AutodiffModel {
    private Graph graph;
    private GraphLayout layout;
    private String text = "";
    private double[] at = new double[0];
    private String problem;
    private double value = Double.NaN;
    private double[] grad = new double[0];
    private double[] symbolic = new double[0];
    private double[] numeric = new double[0];
    private final List<Graph.Event> events = new ArrayList<>();
    private final List<String> rules = new ArrayList<>();
    private int forwardCount;
    private int shown;
    private String[] names = new String[0];
    /** A node's name spells out what it computes up to this many characters; longer ones refer to their inputs' nodes. */
    static final int NAME_LENGTH = 14;

    public void set(String formula, double[] point) {
        if (formula.equals(text) && java.util.Arrays.equals(point, at) && graph != null) {
            return; // nothing to recompute: the replay position is set by show()
        }
        if (!formula.equals(text)) {
            text = formula;
            graph = Graph.parse(formula);
            layout = new GraphLayout(graph);
            names = names(graph);
        }
        at = point.clone();
        events.clear();
        rules.clear();
        List<String> vars = graph.variables();
        if (at.length != vars.size()) {
            problem = "f has " + vars.size() + " variable" + (vars.size() == 1 ? "" : "s") + " " + names(vars) + " but at has "
                    + at.length + " value" + (at.length == 1 ? "" : "s") + ": give at as " + names(vars);
            value = Double.NaN;
            grad = new double[0];
            symbolic = new double[0];
            numeric = new double[0];
            forwardCount = 0;
            return;
        }
        problem = null;
        value = graph.forward(at);
        grad = graph.backward();
        events.addAll(graph.forwardEvents());
        forwardCount = events.size();
        events.addAll(graph.backwardEvents());
        for (Graph.Event e : events) {
            String rule = null;
            if (!e.forward() && e.parent() >= 0) {
                Graph.Node parent = graph.node(e.parent());
                for (int k = 0; k < parent.inputs().length; k++) {
                    if (parent.inputs()[k] == e.node()) {
                        rule = graph.localRule(parent, k);
                    }
                }
            }
            rules.add(rule);
        }
        symbolic = symbolicGradient();
        numeric = centralDifferences();
    }

    /**
     * Each node named by what it computes ("r²", "π·r²", "m·x + b"), built from its inputs'
     * names; a name longer than {@link #NAME_LENGTH} falls back to the node's operation on its
     * inputs' numbers ("n6²"), and the output is always f.
     */
    private static String[] names(Graph g) {
        String[] full = new String[g.size()];
        String[] shown = new String[g.size()];
        for (Graph.Node n : g.nodes()) {
            if (n.isLeaf()) {
                full[n.id()] = n.kind() == Graph.Kind.INPUT ? n.name() : n.symbol();
            } else {
                String[] in = new String[n.inputs().length];
                for (int k = 0; k < in.length; k++) {
                    in[k] = wrap(full[n.inputs()[k]], g.node(n.inputs()[k]).kind(), n.kind(), k);
                }
                full[n.id()] = switch (n.kind()) {
                    case ADD -> in[0] + " + " + in[1];
                    case SUB -> in[0] + " − " + in[1];
                    case MUL -> in[0] + "·" + in[1];
                    case DIV -> in[0] + "/" + in[1];
                    case POW -> in[0] + "^" + in[1];
                    case POWC -> n.constant() == 2 ? in[0] + "²" : n.constant() == 3 ? in[0] + "³" : in[0] + "^" + Numbers.label(n.constant());
                    case NEG -> "−" + in[0];
                    default -> n.symbol() + "(" + full[n.inputs()[0]] + ")";
                };
            }
            shown[n.id()] = full[n.id()].length() <= NAME_LENGTH ? full[n.id()] : g.formula(n, false);
        }
        return shown;
    }

    private static String wrap(String name, Graph.Kind inner, Graph.Kind outer, int position) {
        boolean sum = inner == Graph.Kind.ADD || inner == Graph.Kind.SUB || inner == Graph.Kind.NEG;
        boolean product = inner == Graph.Kind.MUL || inner == Graph.Kind.DIV;
        boolean tight = outer == Graph.Kind.POW || outer == Graph.Kind.POWC;
        boolean needs = (sum && (outer == Graph.Kind.MUL || outer == Graph.Kind.DIV || tight || outer == Graph.Kind.NEG
                || (outer == Graph.Kind.SUB && position == 1))) || (product && (tight || (outer == Graph.Kind.DIV && position == 1)));
        return needs ? "(" + name + ")" : name;
    }

    /** What node id computes, in words of maths: "π·r²"; see {@link #names(Graph)}. */
    public String name(int id) {
        return names[id];
    }

    private static String names(List<String> vars) {
        return "[" + String.join(", ", vars) + "]";
    }

    private double[] symbolicGradient() {
        List<String> vars = graph.variables();
        if (vars.isEmpty()) {
            return new double[0];
        }
        StringBuilder point = new StringBuilder();
        for (int i = 0; i < at.length; i++) {
            point.append(i == 0 ? "" : ", ").append(Double.toString(at[i]));
        }
        try {
            Value v = MathLanguage.evaluate("grad(" + text + ", " + names(vars) + ", [" + point + "])");
            if (v instanceof Value.VectorValue vec) {
                return vec.values().clone();
            }
        } catch (RuntimeException e) {
            // the symbolic route may refuse what the graph accepts (e.g. abs at 0): shown as "—"
        }
        double[] none = new double[vars.size()];
        java.util.Arrays.fill(none, Double.NaN);
        return none;
    }

    private double[] centralDifferences() {
        List<String> vars = graph.variables();
        double[] d = new double[vars.size()];
        CompiledFunction f;
        try {
            f = MathLanguage.compile(text, vars.toArray(String[]::new));
        } catch (RuntimeException e) {
            java.util.Arrays.fill(d, Double.NaN);
            return d;
        }
        for (int i = 0; i < d.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(at[i]));
            double[] a = at.clone();
            double[] b = at.clone();
            a[i] += h;
            b[i] -= h;
            d[i] = (f.value(a) - f.value(b)) / (a[i] - b[i]);
        }
        return d;
    }

    /** How many replay events to show (forward then backward); clamped to the total. */
    public void show(int count) {
        shown = Math.max(0, Math.min(count, events.size()));
    }

    public Graph graph() {
        return graph;
    }

    public GraphLayout layout() {
        return layout;
    }

    public String formula() {
        return text;
    }

    public double[] at() {
        return at.clone();
    }

    /** Why the passes cannot run (the point's length does not fit f), or null. */
    public String problem() {
        return problem;
    }

    public double value() {
        return value;
    }

    public double[] grad() {
        return grad.clone();
    }

    public double[] symbolic() {
        return symbolic.clone();
    }

    public double[] numeric() {
        return numeric.clone();
    }

    public List<Graph.Event> events() {
        return events;
    }

    /** For a backward event along an edge, the local derivative's rule and value ("2·x = 10"); else null. */
    public String ruleOf(int event) {
        return rules.get(event);
    }

    /** The variables in the order at lists them (alphabetical): "[l, r]". */
    public String variableOrder() {
        return names(graph.variables());
    }

    public int forwardCount() {
        return forwardCount;
    }

    public int shown() {
        return shown;
    }

    public int total() {
        return events.size();
    }
}
