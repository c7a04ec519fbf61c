package org.mathlens.explorables.optim;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Card;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;
import org.mathlens.math.autodiff.Graph;
import org.mathlens.math.autodiff.GraphLayout;

/**
 * A formula drawn as its computational graph: Play runs the forward pass (each node's value
 * appears) and then the backward pass (adjoints flow back edge by edge, each edge labelled
 * with its local derivative). A table compares the gradient with the symbolic derivative and
 * a finite difference.
 */
public final class AutodiffExplorable extends AbstractExplorable {
    private static final double DX = 3.9;
    private static final double DY = 1.7;
    private static final double W = 2.5;
    private static final double H = 1.05;

    private final FormulaParameter f = parameters.add(new FormulaParameter("f",
            "the formula, of any variables: + − * / ^, sin, cos, tan, exp, log, sqrt, abs", "pi * r^2 * l"));
    private final PointParameter at = parameters.add(new PointParameter("at",
            "the point: one value per variable of f, in alphabetical order of their names (the card shows the order)", new double[] {5, 3}));
    private final ScalarParameter events = parameters.add(new ScalarParameter("events",
            "how many steps of the replay are shown: forward values, then backward adjoints (400: all)",
            forwardCountOf("pi * r^2 * l", new double[] {5, 3}), 0, 400, 1));

    private final AutodiffModel model = new AutodiffModel();
    /** One event of the replay every 0.6 s at speed 1, up to the last backward step. */
    private final CountUp player = animatedBy(new CountUp(events, 0, model::total, () -> 1 / 0.6));
    private Plane plane;
    private String homeKey = "";
    // per-frame state of the replay, reused
    private boolean[] valueShown = new boolean[0];
    private double[] adjointShown = new double[0];
    private boolean[] adjointKnown = new boolean[0];

    public AutodiffExplorable() {
        super("autodiff", "Automatic differentiation: a graph computes a gradient", Section.AUTODIFF_AND_OPTIMIZATION,
                "Press Play: values flow forward through the graph, then derivatives flow back edge by edge.");
        readouts.add("value", "f at the point", () -> model.problem() != null ? Reading.undefined() : finite(model.value()))
                .add("grad", "gradient, in the order of at", () -> model.problem() != null ? Reading.undefined() : finiteVector(model.grad()));
        Presets.of("square", "f = x^2", "at = [5]")
                .and("cylinder", "f = pi * r^2 * l", "at = [5, 3]")
                .and("regression", "f = (y - (m*x + b))^2", "at = [1, 0.5, 2, 3]")
                .install(parameters, "preset", "a worked example: y = x² at 5, the cylinder v = πr²l, "
                        + "a one-point regression loss; editing f or the point makes it custom");
        parametersChanged();
    }

    private static Reading finite(double x) {
        return Double.isFinite(x) ? Reading.of(x) : Reading.undefined();
    }

    private static Reading finiteVector(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return Reading.undefined();
            }
        }
        return Reading.of(v);
    }

    /** At rest the pane shows the forward pass done: every value known, no adjoint yet. */
    private static int forwardCountOf(String formula, double[] point) {
        AutodiffModel m = new AutodiffModel();
        m.set(formula, point);
        return m.forwardCount();
    }

    public AutodiffModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(f.get(), at.get());
        model.show((int) Math.round(events.value()));
        int n = model.graph().size();
        if (valueShown.length != n) {
            valueShown = new boolean[n];
            adjointShown = new double[n];
            adjointKnown = new boolean[n];
        }
        if (plane != null) {
            fitHome();
        }
    }

    private void fitHome() {
        String key = model.formula();
        if (key.equals(homeKey)) {
            return;
        }
        homeKey = key;
        GraphLayout l = model.layout();
        double half = l.height() / 2.0 * DY;
        double x1 = (l.layerCount() - 1) * DX;
        plane.setHome(-W, x1 + W, -half - 2.6, half + 3.2);
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(p -> {
            // a clean sheet: the graph needs no grid
            p.gc().setFill(p.palette().background());
            p.gc().fillRect(0, 0, p.view().width(), p.view().height());
        });
        plane.add(this::drawGraph);
        plane.add(this::drawTable);
        plane.add(new Card(Card.Corner.BOTTOM_LEFT, this::eventLines));
        fitHome();
        return plane;
    }

    private double nx(int id) {
        return model.layout().layerOf(id) * DX;
    }

    private double ny(int id) {
        return -model.layout().rowOf(id) * DY;
    }

    /** Replays events 0..shown−1 into the per-node state arrays. */
    private void replay() {
        java.util.Arrays.fill(valueShown, false);
        java.util.Arrays.fill(adjointKnown, false);
        List<Graph.Event> es = model.events();
        for (int i = 0; i < model.shown(); i++) {
            Graph.Event e = es.get(i);
            if (e.forward()) {
                valueShown[e.node()] = true;
            } else {
                adjointKnown[e.node()] = true;
                adjointShown[e.node()] = e.value();
            }
        }
    }

    private void drawGraph(Painter p) {
        Graph g = model.graph();
        GraphLayout l = model.layout();
        replay();
        List<Graph.Event> es = model.events();
        int current = model.shown() - 1;
        Graph.Event now = current >= 0 ? es.get(current) : null;
        Color edge = p.palette().textMuted();
        Color back = p.palette().extra();
        // edges: a polyline through the layout's bends, arrow head at the reader
        for (Graph.Node n : g.nodes()) {
            for (int in : n.inputs()) {
                double[][] path = l.path(in, n.id());
                if (path.length < 2) {
                    continue;
                }
                boolean active = now != null && !now.forward() && now.node() == in && now.parent() == n.id();
                boolean done = false;
                String rule = null;
                for (int i = model.forwardCount(); i < model.shown(); i++) {
                    Graph.Event e = es.get(i);
                    if (e.node() == in && e.parent() == n.id()) {
                        done = true;
                        rule = model.ruleOf(i);
                    }
                }
                Color c = active ? back : done ? Palette.fill(back, 0.8) : edge;
                double w = active ? 3.5 : done ? 2.5 : 1.8;
                double px = path[0][0] * DX + W / 2;
                double py = -path[0][1] * DY;
                for (int k = 1; k < path.length; k++) {
                    boolean last = k == path.length - 1;
                    double qx = path[k][0] * DX - (last ? W / 2 : 0);
                    double qy = -path[k][1] * DY;
                    // orthogonal routing: across, down or up at the middle of the gap, across again
                    double mx = last ? qx - 0.45 * (DX - W) : (px + qx) / 2;
                    if (Math.abs(qy - py) > 1e-9) {
                        p.line(px, py, mx, py, c, w);
                        p.line(mx, py, mx, qy, c, w);
                    } else {
                        mx = px;
                    }
                    if (last) {
                        p.arrow(mx, qy, qx, qy, c, w);
                    } else {
                        p.line(mx, qy, qx, qy, c, w);
                    }
                    if (last && rule != null) {
                        chip(p, rule, p.sx((mx + qx) / 2), p.sy(qy) - p.ui(16), active ? back : p.palette().text(), back);
                    }
                    px = qx;
                    py = qy;
                }
            }
        }
        // nodes
        var gc = p.gc();
        for (Graph.Node n : g.nodes()) {
            double cx = nx(n.id());
            double cy = ny(n.id());
            double x0 = p.sx(cx - W / 2);
            double y0 = p.sy(cy + H / 2);
            double w = W * p.view().scale();
            double h = H * p.view().scale();
            boolean isCurrent = now != null && now.node() == n.id();
            Color stroke = n.kind() == Graph.Kind.INPUT ? p.palette().learner()
                    : n.kind() == Graph.Kind.CONST ? p.palette().gridMajor() : p.palette().axis();
            if (isCurrent) {
                stroke = now.forward() ? p.palette().result() : back;
            }
            gc.setFill(n.kind() == Graph.Kind.INPUT ? Palette.fill(p.palette().learner(), 0.12) : p.palette().background());
            gc.fillRoundRect(x0, y0, w, h, p.ui(14), p.ui(14));
            gc.setStroke(stroke);
            gc.setLineWidth(p.ui(isCurrent ? 3.5 : 1.8));
            gc.setLineDashes((double[]) null);
            gc.strokeRoundRect(x0, y0, w, h, p.ui(14), p.ui(14));
            String title = n.kind() == Graph.Kind.INPUT ? n.name()
                    : n.kind() == Graph.Kind.CONST ? n.symbol() : (n.id() == g.output() ? "f = " : "") + model.name(n.id());
            double sx = p.sx(cx);
            p.screenLabel(title, sx, p.sy(cy) - h * 0.22, n.kind() == Graph.Kind.CONST ? p.palette().textMuted() : p.palette().text(),
                    true, TextAlignment.CENTER);
            if (valueShown[n.id()]) {
                p.screenLabel("= " + Numbers.label(model.graph().value(n.id())), sx, p.sy(cy) + h * 0.24, p.palette().result(), true,
                        TextAlignment.CENTER);
            }
            if (adjointKnown[n.id()]) {
                p.screenLabel(adjointName(n) + " = " + Numbers.label(adjointShown[n.id()]),
                        sx, p.sy(cy) + h * 0.5 + p.ui(12), back, true, TextAlignment.CENTER);
            }
        }
        if (model.problem() != null) {
            p.screenLabel(model.problem(), p.view().width() / 2, p.ui(24), p.palette().warning(), true, TextAlignment.CENTER);
        }
    }

    /** ∂f/∂x for an input, ∂f/∂(r²) for a node named by a short formula, ∂f/∂f = 1 at the output. */
    private String adjointName(Graph.Node n) {
        if (n.id() == model.graph().output()) {
            return "∂f/∂f";
        }
        String name = model.name(n.id());
        return n.kind() == Graph.Kind.INPUT ? "∂f/∂" + name : "∂f/∂(" + name + ")";
    }

    /** A local derivative on a small plate just above its edge, so the edge never crosses the text. */
    private static void chip(Painter p, String text, double sx, double sy, Color color, Color ring) {
        double w = text.length() * p.ui(8.2) + p.ui(12);
        double h = p.ui(22);
        var gc = p.gc();
        gc.setFill(Palette.fill(p.palette().background(), 0.95));
        gc.fillRoundRect(sx - w / 2, sy - h / 2, w, h, p.ui(10), p.ui(10));
        gc.setStroke(Palette.fill(ring, 0.7));
        gc.setLineWidth(p.ui(1.2));
        gc.strokeRoundRect(sx - w / 2, sy - h / 2, w, h, p.ui(10), p.ui(10));
        p.screenLabel(text, sx, sy, color, true, TextAlignment.CENTER);
    }

    /** The gradient three ways, top right: reverse mode, symbolic grad, central difference. */
    private void drawTable(Painter p) {
        if (model.problem() != null) {
            return;
        }
        List<String> vars = model.graph().variables();
        double[] rev = model.grad();
        double[] sym = model.symbolic();
        double[] num = model.numeric();
        double col = p.ui(112);
        double first = p.ui(62);
        double line = p.ui(21);
        double pad = p.ui(10);
        double w = first + 3 * col + pad;
        double h = (vars.size() + 2) * line + pad;
        double x0 = p.view().width() - pad - w;
        double y0 = pad;
        var gc = p.gc();
        gc.setFill(Palette.fill(p.palette().background(), 0.92));
        gc.fillRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        gc.setStroke(p.palette().gridMajor());
        gc.setLineWidth(p.ui(1));
        gc.strokeRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        double y = y0 + pad / 2 + line / 2;
        p.screenLabel("f = " + Numbers.label(model.value()), x0 + pad, y, p.palette().result(), true, TextAlignment.LEFT);
        y += line;
        String[] heads = {"backward", "symbolic", "finite diff."};
        for (int c = 0; c < 3; c++) {
            p.screenLabel(heads[c], x0 + first + (c + 1) * col - pad, y, p.palette().textMuted(), true, TextAlignment.RIGHT);
        }
        boolean done = model.shown() >= model.total();
        for (int i = 0; i < vars.size(); i++) {
            y += line;
            p.screenLabel("∂f/∂" + vars.get(i), x0 + pad, y, p.palette().text(), true, TextAlignment.LEFT);
            p.screenLabel(done ? Numbers.label(rev[i]) : "…", x0 + first + col - pad, y, p.palette().extra(), true, TextAlignment.RIGHT);
            p.screenLabel(i < sym.length && Double.isFinite(sym[i]) ? Numbers.label(sym[i]) : "—", x0 + first + 2 * col - pad, y,
                    p.palette().text(), false, TextAlignment.RIGHT);
            p.screenLabel(i < num.length && Double.isFinite(num[i]) ? Numbers.label(num[i]) : "—", x0 + first + 3 * col - pad, y,
                    p.palette().text(), false, TextAlignment.RIGHT);
        }
    }

    /** The formula as maths, not code: x^2 → x², a*b → a·b, pi → π. */
    private static String typeset(String f) {
        return f.replace("^2", "²").replace("^3", "³").replace(" * ", "·").replace("*", "·").replace("pi", "π").replace("-", "−");
    }

    private Card.Line[] eventLines() {
        if (model.problem() != null) {
            return new Card.Line[] {new Card.Line(model.problem(), Palette::warning, true)};
        }
        int shown = model.shown();
        int fw = model.forwardCount();
        int total = model.total();
        String phase = shown == 0 ? "press Play or Step: the forward pass evaluates one node a step"
                : shown <= fw ? "forward pass: " + shown + " of " + fw + " nodes evaluated"
                : shown < total ? "backward pass: edge " + (shown - fw) + " of " + (total - fw) + " (adjoint ∂f/∂node += adjoint of reader × local derivative)"
                : "done: the adjoints of the inputs are the gradient";
        String last = shown == 0 ? "" : model.events().get(shown - 1).text();
        return new Card.Line[] {
            new Card.Line("f = " + typeset(model.formula()) + "   at " + model.variableOrder() + " = " + at.text(), Palette::text, true),
            new Card.Line(phase, Palette::textMuted, false),
            new Card.Line(last, shown <= fw ? Palette::result : Palette::extra, true)};
    }

    /** Replays the passes one event a frame, over and over. */
    @Override
    public void benchFrame(int frame) {
        player.stepOrRewind(player.isFinished());
    }
}
