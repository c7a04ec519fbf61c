package org.mathlens.explorables.calculus;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.ExpressionParameter;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.FunctionPlot;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * Rectangles or trapezoids under y = f(x), signed by colour, their sum against the exact
 * integral, and an inset of each method's error against n on log-log axes; or a ROC curve
 * whose area (AUC) is an integral too.
 */
public final class IntegralsExplorable extends AbstractExplorable {
    private final ExpressionParameter f = parameters.add(new ExpressionParameter("f", "the integrand, typed in x", "x^2", "x"));
    private final ScalarParameter a = parameters.add(new ScalarParameter("a", "the lower bound: drag it on the axis", 0, -10, 10, 0.1));
    private final ScalarParameter b = parameters.add(new ScalarParameter("b", "the upper bound: drag it on the axis", 1, -10, 10, 0.1));
    private final ScalarParameter n = parameters.add(new ScalarParameter("n", "how many strips", 8, 1, IntegralsModel.MAX_N, 1));
    private final ChoiceParameter method = parameters.add(new ChoiceParameter("method", "where each strip takes its height",
            "left", List.of("left", "right", "midpoint", "trapezoid")));
    private final ChoiceParameter view = parameters.add(new ChoiceParameter("view", "the integral of f, or the area under a ROC curve",
            "function", List.of("function", "roc")));
    private final IntegralsModel model = new IntegralsModel("x^2", 0, 1, 8, IntegralsModel.Method.LEFT);
    private final double[][] roc = IntegralsModel.roc(IntegralsModel.SCORES, IntegralsModel.LABELS);
    private final double aucTrapezoid = IntegralsModel.aucTrapezoid(roc);
    private final double aucRanks = IntegralsModel.aucRanks(IntegralsModel.SCORES, IntegralsModel.LABELS);
    private final double[] rx = new double[4];
    private final double[] ry = new double[4];
    private Plane plane;
    private final CountUp refine = animatedBy(new CountUp(n, 1, n::max, () -> Math.max(2, n.value() / 2)).stepping(k -> k * 2));

    public IntegralsExplorable() {
        super("integrals", "Integrals: Riemann sums, the trapezoid rule, AUC", Section.CALCULUS,
                "Cut the area under f into n strips; see the sum approach the integral, and each method's error fall with n.");
        readouts.add("riemann", "sum", () -> Reading.finite(riemann()))
                .add("exact", "exact ∫ f dx", () -> Reading.finite(exact()))
                .add("error", "sum − exact", () -> Reading.finite(riemann() - exact()));
        // a chosen example brings its own view; the choice listener runs after the values are set
        Presets.of("parabola", "f = x^2", "a = 0", "b = 1", "n = 8")
                .and("sine", "f = sin(x)", "a = 0", "b = 5", "n = 10")
                .and("bell", "f = exp(-x^2/2)", "a = -3", "b = 3", "n = 6")
                .and("cubic", "f = x^3 - x", "a = -1.5", "b = 1.5", "n = 12")
                .and("reciprocal", "f = 1/x", "a = 1", "b = 4", "n = 6")
                .install(parameters, "preset", "a worked example: sets f, a, b and n; editing them makes it custom")
                .property().addListener((o, old, now) -> {
                    if (!Presets.CUSTOM.equals(now)) {
                        home();
                    }
                });
        view.property().addListener((o, old, now) -> home());
        parametersChanged();
    }

    private boolean rocView() {
        return view.get().equals("roc");
    }

    private double riemann() {
        return rocView() ? aucTrapezoid : model.riemann();
    }

    private double exact() {
        return rocView() ? aucRanks : model.exact();
    }

    public IntegralsModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(Formula.of(f.function()), a.value(), b.value(), (int) Math.round(n.value()),
                IntegralsModel.Method.valueOf(method.get().toUpperCase(Locale.ROOT)));
    }

    private void home() {
        if (plane == null) {
            return;
        }
        if (rocView()) {
            plane.setHome(-0.15, 1.15, -0.15, 1.15);
            return;
        }
        double lo = Math.min(a.value(), b.value());
        double hi = Math.max(a.value(), b.value());
        double w = Math.max(1, hi - lo);
        double ymin = 0;
        double ymax = 0;
        for (int i = 0; i <= 50; i++) {
            double y = model.formula().at(lo + (hi - lo) * i / 50);
            if (Double.isFinite(y)) {
                ymin = Math.min(ymin, y);
                ymax = Math.max(ymax, y);
            }
        }
        ymin = Math.max(ymin, -10);
        ymax = Math.min(ymax, 10);
        double hy = Math.max(1, ymax - ymin);
        plane.setHome(lo - 0.25 * w, hi + 0.25 * w, ymin - 0.3 * hy, ymax + 0.2 * hy);
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        home();
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(this::strips);
        plane.add(new FunctionPlot("y = f(x)", () -> rocView() ? null : model.formula().f(), Palette::first, 3));
        plane.add(this::bounds);
        plane.add(this::rocCurve);
        plane.add(new Legend()
                .add(Palette::learner, () -> rocView() ? "AUC by the trapezoid rule = " + brief(aucTrapezoid)
                        : method.get() + " sum = " + brief(model.riemann()) + "   with n = " + model.n() + " strips")
                .add(Palette::text, () -> rocView() ? "AUC by ranks, P(score₊ > score₋) = " + brief(aucRanks)
                        : "exact ∫ f dx = " + (Double.isFinite(model.exact()) ? brief(model.exact()) : "undefined"))
                .add(Palette::warning, () -> "error = " + brief(riemann() - exact())));
        plane.add(this::inset);
        plane.addHandle(new Handle("a: drag the lower bound", Palette::second, () -> new double[] {rocView() ? -1e6 : model.a(), rocView() ? -1e6 : 0},
                (x, y) -> {
                    if (!rocView()) {
                        a.set(DeltaMethodExplorable.clamp(x, a.min(), a.max()));
                    }
                }));
        plane.addHandle(new Handle("b: drag the upper bound", Palette::second, () -> new double[] {rocView() ? -1e6 : model.b(), rocView() ? -1e6 : 0},
                (x, y) -> {
                    if (!rocView()) {
                        b.set(DeltaMethodExplorable.clamp(x, b.min(), b.max()));
                    }
                }));
        return plane;
    }

    private static String brief(double v) {
        return DeltaMethodExplorable.brief(v);
    }

    private void strips(Painter p) {
        if (rocView()) {
            return;
        }
        Palette pal = p.palette();
        int k = model.n();
        double lo = model.a();
        double h = (model.b() - lo) / k;
        double top = p.view().maxY() + 1 / p.view().scale() * 20;
        double bottom = p.view().minY() - 1 / p.view().scale() * 20;
        boolean outline = Math.abs(h) * p.view().scale() > 4;
        for (int i = 0; i < k; i++) {
            double x0 = lo + i * h;
            double x1 = x0 + h;
            double y0;
            double y1;
            switch (model.method()) {
                case LEFT -> y0 = y1 = model.formula().at(x0);
                case RIGHT -> y0 = y1 = model.formula().at(x1);
                case MIDPOINT -> y0 = y1 = model.formula().at(x0 + h / 2);
                default -> {
                    y0 = model.formula().at(x0);
                    y1 = model.formula().at(x1);
                }
            }
            if (!Double.isFinite(y0) || !Double.isFinite(y1)) {
                continue;
            }
            double area = 0.5 * (y0 + y1) * h;
            Color c = area >= 0 ? pal.learner() : pal.warning();
            rx[0] = x0;
            rx[1] = x1;
            rx[2] = x1;
            rx[3] = x0;
            ry[0] = 0;
            ry[1] = 0;
            ry[2] = Math.max(bottom, Math.min(top, y1));
            ry[3] = Math.max(bottom, Math.min(top, y0));
            p.polygon(rx, ry, 4, Palette.fill(c, 0.3), outline ? Palette.fill(c, 0.9) : null, 1);
            if (model.method() == IntegralsModel.Method.MIDPOINT && outline) {
                p.dot(x0 + h / 2, Math.max(bottom, Math.min(top, y0)), 2.5, c);
            }
        }
        if (Double.isNaN(model.riemann())) {
            p.screenLabel("f is undefined at a sample point: the sum is undefined", p.view().width() / 2, p.view().height() - p.ui(24),
                    pal.warning(), true, TextAlignment.CENTER);
        } else if (model.exactError() != null) {
            p.screenLabel("exact integral: " + model.exactError(), p.view().width() / 2, p.view().height() - p.ui(24),
                    pal.warning(), true, TextAlignment.CENTER);
        }
    }

    private void bounds(Painter p) {
        if (rocView()) {
            return;
        }
        Palette pal = p.palette();
        for (double x : new double[] {model.a(), model.b()}) {
            p.dashedLine(x, p.view().minY(), x, p.view().maxY(), Palette.fill(pal.second(), 0.6), 1.2);
        }
        p.label("a", model.a(), 0, -4, 22, pal.second(), true);
        p.label("b", model.b(), 0, -4, 22, pal.second(), true);
    }

    private void rocCurve(Painter p) {
        if (!rocView()) {
            return;
        }
        Palette pal = p.palette();
        double[] fx = roc[0];
        double[] ty = roc[1];
        for (int i = 1; i < fx.length; i++) {
            if (fx[i] > fx[i - 1]) {
                rx[0] = fx[i - 1];
                rx[1] = fx[i];
                rx[2] = fx[i];
                rx[3] = fx[i - 1];
                ry[0] = 0;
                ry[1] = 0;
                ry[2] = ty[i];
                ry[3] = ty[i - 1];
                p.polygon(rx, ry, 4, Palette.fill(pal.learner(), 0.3), Palette.fill(pal.learner(), 0.8), 1);
            }
        }
        p.dashedLine(0, 0, 1, 1, pal.textMuted(), 1.5);
        p.label("chance: AUC = 0.5", 0.62, 0.55, 6, 10, pal.textMuted(), false);
        p.polygon(new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1}, 4, null, pal.gridMajor(), 1);
        for (int i = 1; i < fx.length; i++) {
            p.line(fx[i - 1], ty[i - 1], fx[i], ty[i], pal.first(), 3);
        }
        for (int i = 0; i < fx.length; i++) {
            p.dot(fx[i], ty[i], 3.5, pal.first());
        }
        p.label("false positive rate →", 0.5, 0, -60, 30, pal.textMuted(), false);
        p.label("true positive rate ↑", 0, 0.5, -10, -14, pal.textMuted(), false);
        p.label("ROC of a classifier on 20 examples (10 positive; one tie)", 0.42, 1, 0, -16, pal.text(), true);
    }

    /** Error of each method against n on log-log axes, in the bottom-right corner. */
    private void inset(Painter p) {
        if (rocView() || !Double.isFinite(model.exact())) {
            return;
        }
        var g = p.gc();
        Palette pal = p.palette();
        double w = p.ui(300);
        double h = p.ui(200);
        double x0 = p.view().width() - w - p.ui(10);
        double y0 = p.view().height() - h - p.ui(10);
        g.setFill(Palette.fill(pal.background(), 0.94));
        g.fillRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        g.setStroke(pal.gridMajor());
        g.setLineWidth(p.ui(1));
        g.setLineDashes((double[]) null);
        g.strokeRoundRect(x0, y0, w, h, p.ui(8), p.ui(8));
        double left = x0 + p.ui(44);
        double right = x0 + w - p.ui(10);
        double top = y0 + p.ui(26);
        double bottom = y0 + h - p.ui(26);
        double emin = Double.POSITIVE_INFINITY;
        double emax = Double.NEGATIVE_INFINITY;
        for (IntegralsModel.Method m : IntegralsModel.Method.values()) {
            for (double e : new double[] {model.errors(m)[1], model.errors(m)[IntegralsModel.MAX_N]}) {
                if (e > 1e-15) {
                    emin = Math.min(emin, Math.log10(e));
                    emax = Math.max(emax, Math.log10(e));
                }
            }
        }
        p.screenLabel("error vs n (log-log)", x0 + p.ui(10), y0 + p.ui(13), pal.text(), true, TextAlignment.LEFT);
        if (!(emax >= emin)) {
            p.screenLabel("every method is exact here", x0 + w / 2, y0 + h / 2, pal.textMuted(), false, TextAlignment.CENTER);
            return;
        }
        emin = Math.floor(emin);
        emax = Math.ceil(emax);
        if (emax == emin) {
            emax += 1;
        }
        double nmax = Math.log10(IntegralsModel.MAX_N);
        g.setStroke(pal.gridMajor());
        for (int d = (int) emin; d <= emax; d++) {
            double sy = bottom - (d - emin) / (emax - emin) * (bottom - top);
            g.strokeLine(left, sy, right, sy);
            if ((d - (int) emin) % Math.max(1, (int) Math.ceil((emax - emin) / 4)) == 0) {
                p.screenLabel("1e" + d, left - p.ui(4), sy, pal.textMuted(), false, TextAlignment.RIGHT);
            }
        }
        for (int k : new int[] {1, 4, 16, 64, 256}) {
            double sx = left + Math.log10(k) / nmax * (right - left);
            g.strokeLine(sx, top, sx, bottom);
            p.screenLabel(Integer.toString(k), sx, bottom + p.ui(10), pal.textMuted(), false, TextAlignment.CENTER);
        }
        double[] px = new double[IntegralsModel.MAX_N];
        double[] py = new double[IntegralsModel.MAX_N];
        int row = 0;
        for (IntegralsModel.Method m : IntegralsModel.Method.values()) {
            double[] e = model.errors(m);
            Color c = methodColour(pal, m);
            int count = 0;
            for (int k = 1; k <= IntegralsModel.MAX_N; k++) {
                if (e[k] > 1e-15 && Double.isFinite(e[k])) {
                    px[count] = left + Math.log10(k) / nmax * (right - left);
                    py[count] = bottom - (Math.log10(e[k]) - emin) / (emax - emin) * (bottom - top);
                    count++;
                }
            }
            boolean current = m == model.method();
            g.setStroke(c);
            g.setLineWidth(p.ui(current ? 3 : 1.5));
            if (count > 1) {
                g.strokePolyline(px, py, count);
            }
            double order = model.order(m);
            String name = m.name().toLowerCase(Locale.ROOT) + (Double.isFinite(order) ? "  slope " + Numbers.brief(order, 2) : "  exact");
            p.screenLabel(name, right - p.ui(4), top + p.ui(4) + row * p.ui(15), c, current, TextAlignment.RIGHT);
            row++;
        }
        double ec = model.errors(model.method())[model.n()];
        if (ec > 1e-15 && Double.isFinite(ec)) {
            double sx = left + Math.log10(model.n()) / nmax * (right - left);
            double sy = bottom - (Math.log10(ec) - emin) / (emax - emin) * (bottom - top);
            g.setFill(methodColour(pal, model.method()));
            g.fillOval(sx - p.ui(4.5), sy - p.ui(4.5), p.ui(9), p.ui(9));
        }
    }

    private static Color methodColour(Palette pal, IntegralsModel.Method m) {
        return switch (m) {
            case LEFT -> pal.first();
            case RIGHT -> pal.second();
            case MIDPOINT -> pal.learner();
            case TRAPEZOID -> pal.result();
        };
    }

    /** Sweeps n from 1 to 64 and back: the sum and the strips are recomputed from f each frame. */
    @Override
    public void benchFrame(int frame) {
        int k = frame % 126;
        n.set((double) (k < 63 ? 1 + k : 64 - (k - 63)));
    }
}
