package org.mathlens.explorables.optim;

import java.util.ArrayList;
import java.util.List;
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

    public void set(String formula, double[] point) {
        if (formula.equals(text) && java.util.Arrays.equals(point, at) && graph != null) {
            return; // nothing to recompute: the replay position is set by show()
        }
        if (!formula.equals(text)) {
            text = formula;
            graph = Graph.parse(formula);
            layout = new GraphLayout(graph);
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
