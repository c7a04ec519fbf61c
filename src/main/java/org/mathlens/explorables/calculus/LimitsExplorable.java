package org.mathlens.explorables.calculus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.ExpressionParameter;
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
import org.mathlens.math.calculus.Limits;

/**
 * Points march toward a from each side with their values in a table; the ε band around L and
 * the δ band it forces; removable holes, jumps, infinite limits, oscillation and limits at ±∞.
 */
public final class LimitsExplorable extends AbstractExplorable {
    private final ExpressionParameter f = parameters.add(new ExpressionParameter("f", "the function, typed in x", "sin(x)/x", "x"));
    private final LimitPointParameter a = parameters.add(new LimitPointParameter("a", "the point x approaches (a number, inf or -inf)", 0));
    private final ChoiceParameter side = parameters.add(new ChoiceParameter("side", "approach from both sides, or one",
            "both", List.of("both", "left", "right")));
    private final ScalarParameter epsilon = parameters.add(new ScalarParameter("epsilon", "ε: the half-width of the band around L; drag its edge",
            0.1, 0.001, 2, 0.001));
    private final ScalarParameter points = parameters.add(new ScalarParameter("points",
            "how many points have marched toward a from each side: h = 1, 0.1, 0.01, …", 4, 1, LimitsModel.MAX_POINTS, 1));
    private final LimitsModel model = new LimitsModel("sin(x)/x", 0, Limits.Side.BOTH);
    private double cachedEpsilon = Double.NaN;
    private Object cachedFor;
    private double delta;
    private Plane plane;
    /** One more point, ten times closer to a (or farther out at infinity), every 0.7 s. */
    private final CountUp march = animatedBy(new CountUp(points, 1, () -> LimitsModel.MAX_POINTS, () -> 1 / 0.7));

    public LimitsExplorable() {
        super("limits", "Limits: approaching a point", Section.CALCULUS,
                "Watch x close in on a from each side, and play the ε–δ game around the limit L.");
        readouts.add("left", "from the left", () -> reading(model.left()))
                .add("right", "from the right", () -> reading(model.right()))
                .add("limit", "limit", () -> reading(model.limit()));
        Presets.of("removable hole", "f = sin(x)/x", "a = 0", "side = both", "epsilon = 0.1")
                .and("jump", "f = abs(x)/x", "a = 0", "side = both", "epsilon = 0.5")
                .and("infinite", "f = 1/x", "a = 0", "side = right", "epsilon = 0.5")
                .and("oscillation", "f = sin(1/x)", "a = 0", "side = both", "epsilon = 0.5")
                .and("at infinity", "f = (2x + 1)/(x + 1)", "a = inf", "side = both", "epsilon = 0.2")
                .and("at minus infinity", "f = exp(x)", "a = -inf", "side = both", "epsilon = 0.2")
                .install(parameters, "preset", "a classic case: sets f, a, side and ε; editing them makes it custom");
        a.property().addListener((o, old, now) -> home());
        parametersChanged();
    }

    private static Reading reading(LimitsModel.Outcome o) {
        if (!o.exists()) {
            return Reading.word(o.text());
        }
        return Reading.finiteOr(o.value(), Numbers.format(o.value()));
    }

    public LimitsModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(Formula.of(f.function()), a.value(), Limits.Side.valueOf(side.get().toUpperCase(Locale.ROOT)));
    }

    /** δ for the current ε, recomputed only when ε or the limit changes. */
    public double delta() {
        if (epsilon.value() != cachedEpsilon || cachedFor != model.limit()) {
            cachedEpsilon = epsilon.value();
            cachedFor = model.limit();
            delta = model.delta(cachedEpsilon);
        }
        return delta;
    }

    private void home() {
        if (plane == null) {
            return;
        }
        double at = a.value();
        if (at == Double.POSITIVE_INFINITY) {
            plane.setHome(-3, 25, -3, 5);
        } else if (at == Double.NEGATIVE_INFINITY) {
            plane.setHome(-25, 3, -2, 4);
        } else {
            plane.setHome(at - 4, at + 4, -2.5, 2.5);
        }
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        home();
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(this::bands);
        plane.add(new FunctionPlot("y = f(x)", () -> model.formula().f(), Palette::first, 3));
        plane.add(this::marks);
        plane.add(new Legend()
                .add(Palette::first, () -> "f(x) = " + model.formula().text() + ",  x → " + approached()
                        + (model.side() == Limits.Side.BOTH ? "" : " from the " + side.get()))
                .add(Palette::second, () -> "from the left = " + model.left().shown() + "   from the right = " + model.right().shown())
                .add(Palette::result, () -> "limit = " + model.limit().shown())
                .add(Palette::learner, () -> model.finiteLimit()
                        ? "ε = " + Numbers.brief(epsilon.value(), 3) + " forces " + deltaText()
                        : "no finite L: no ε band"));
        plane.add(new TextCard(TextCard.Corner.TOP_RIGHT, this::table, Palette::text).titled());
        plane.addHandle(new Handle("ε: drag the edge of the band", Palette::result, () -> {
            double l = model.finiteLimit() ? model.limit().value() : 0;
            double x = Double.isInfinite(model.a()) ? plane.viewport().centerX() : model.a() + 0.5;
            return new double[] {x, model.finiteLimit() ? l + epsilon.value() : -1e6};
        }, (x, y) -> {
            if (model.finiteLimit()) {
                double e = Math.abs(y - model.limit().value());
                epsilon.set(DeltaMethodExplorable.clamp(Math.round(e * 1000) / 1000.0, epsilon.min(), epsilon.max()));
            }
        }));
        return plane;
    }

    private String approached() {
        double at = model.a();
        return Double.isInfinite(at) ? (at > 0 ? "∞" : "−∞") : Numbers.brief(at, 6);
    }

    private String deltaText() {
        double d = delta();
        if (Double.isNaN(d)) {
            return "nothing";
        }
        if (d == 0) {
            return "no δ: f keeps leaving the band";
        }
        if (Double.isInfinite(model.a())) {
            return (model.a() > 0 ? "x > " : "x < −") + Numbers.brief(1 / d, 4);
        }
        return "δ = " + Numbers.brief(d, 6);
    }

    private void bands(Painter p) {
        if (!model.finiteLimit()) {
            return;
        }
        Palette pal = p.palette();
        double l = model.limit().value();
        double e = epsilon.value();
        double x0 = p.view().minX();
        double x1 = p.view().maxX();
        p.polygon(new double[] {x0, x1, x1, x0}, new double[] {l - e, l - e, l + e, l + e}, 4,
                Palette.fill(pal.result(), 0.14), null, 0);
        p.dashedLine(x0, l, x1, l, Palette.fill(pal.result(), 0.8), 1.5);
        p.label("L = " + Numbers.brief(l, 6), x0, l, 50, 12, pal.result(), true);
        if (e * p.view().scale() > p.ui(22)) {
            p.label("L + ε", x0, l + e, 50, -10, pal.result(), false);
        }
        double d = delta();
        if (!(d > 0)) {
            return;
        }
        double y0 = p.view().minY();
        double y1 = p.view().maxY();
        double lo;
        double hi;
        if (Double.isInfinite(model.a())) {
            lo = model.a() > 0 ? 1 / d : x0;
            hi = model.a() > 0 ? x1 : -1 / d;
            if (hi <= lo) {
                return;
            }
        } else {
            int[] s = model.sides();
            lo = s[0] < 0 ? model.a() - d : model.a();
            hi = s[s.length - 1] > 0 ? model.a() + d : model.a();
        }
        p.polygon(new double[] {lo, hi, hi, lo}, new double[] {y0, y0, y1, y1}, 4, Palette.fill(pal.learner(), 0.12), null, 0);
        p.dashedLine(lo, y0, lo, y1, Palette.fill(pal.learner(), 0.8), 1.2);
        p.dashedLine(hi, y0, hi, y1, Palette.fill(pal.learner(), 0.8), 1.2);
    }

    private void marks(Painter p) {
        Palette pal = p.palette();
        double at = model.a();
        if (Double.isFinite(at)) {
            p.dashedLine(at, p.view().minY(), at, p.view().maxY(), Palette.fill(pal.textMuted(), 0.7), 1);
            p.label("a = " + Numbers.brief(at, 4), at, p.view().minY(), 6, -14, pal.textMuted(), false);
        } else {
            p.label(at > 0 ? "x → ∞" : "x → −∞", at > 0 ? p.view().maxX() : p.view().minX(), p.view().minY(),
                    at > 0 ? -60 : 10, -14, pal.textMuted(), true);
        }
        for (int s : model.sides()) {
            for (int k = 0; k < shown(); k++) {
                double x = model.point(k, s);
                double y = model.f(x);
                if (Double.isFinite(y) && Math.abs(y) < 1e6) {
                    p.dot(x, y, k == shown() - 1 ? 6 : 4, s < 0 ? pal.second() : pal.learner());
                }
            }
        }
        if (Double.isFinite(at)) {
            double fa = model.f(at);
            // open circles where a one-sided limit is a number the function does not take there
            for (LimitsModel.Outcome o : new LimitsModel.Outcome[] {model.left(), model.right()}) {
                if (o.exists() && Double.isFinite(o.value()) && !(Math.abs(fa - o.value()) < 1e-9)) {
                    p.dot(at, o.value(), 7, pal.first());
                    p.dot(at, o.value(), 4.5, pal.background());
                }
            }
            if (Double.isFinite(fa)) {
                p.dot(at, fa, 5, pal.first());
            }
        }
        if (!model.limit().exists()) {
            p.screenLabel("no limit: " + model.limit().reason(), p.view().width() / 2, p.view().height() - p.ui(24),
                    pal.warning(), true, TextAlignment.CENTER);
        }
    }

    private int shown() {
        return (int) Math.round(points.value());
    }

    private List<String> table() {
        List<String> rows = new ArrayList<>();
        rows.add("x\tf(x)");
        for (int s : model.sides()) {
            for (int k = 0; k < shown(); k++) {
                double x = model.point(k, s);
                rows.add(Numbers.brief(x, 7) + "\t" + DeltaMethodExplorable.brief(model.f(x)));
            }
        }
        return rows;
    }

    @Override
    protected void onReset() {
        march.resetClock();
    }

    /** Sweeps ε up and down: the δ band is recomputed from f each frame; a new point marches in every 20 frames. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        epsilon.set(Math.round(1000 * (0.3 + 0.25 * Math.sin(t))) / 1000.0);
        points.set((double) (1 + (frame / 20) % LimitsModel.MAX_POINTS));
    }
}
