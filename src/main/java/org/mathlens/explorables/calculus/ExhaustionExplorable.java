package org.mathlens.explorables.calculus;

import java.util.List;
import javafx.scene.Node;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/** Polygons squeezing π, rectangles squeezing 1/3: the idea of a limit of areas before calculus had a name. */
public final class ExhaustionExplorable extends AbstractExplorable {
    private final ChoiceParameter shape = parameters.add(new ChoiceParameter("shape", "what to squeeze: the unit circle or the area under x²",
            "circle", List.of("circle", "parabola")));
    private final ScalarParameter n = parameters.add(new ScalarParameter("n", "number of sides (circle) or rectangles (parabola)", 6, 3, 200, 1));
    private final ExhaustionModel model = new ExhaustionModel();
    private final double[] xs = new double[201];
    private final double[] ys = new double[201];
    private Plane plane;
    private final CountUp grow = animatedBy(new CountUp(n, 3, n::max, () -> Math.max(2, n.value() / 4)));

    public ExhaustionExplorable() {
        super("exhaustion", "Exhaustion: squeezing π and 1/3", Section.CALCULUS,
                "Raise n: polygons inside and outside the circle, rectangles under and over x², squeeze the true area.");
        readouts.add("inner", "inner area", () -> Reading.of(model.inner()))
                .add("outer", "outer area", () -> Reading.of(model.outer()))
                .add("error", "outer − inner", () -> Reading.of(model.error()));
        shape.property().addListener((o, old, now) -> home());
        parametersChanged();
    }

    public ExhaustionModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(shape.get().equals("circle") ? ExhaustionModel.Shape.CIRCLE : ExhaustionModel.Shape.PARABOLA,
                (int) Math.round(n.value()));
    }

    private void home() {
        if (plane != null) {
            if (shape.get().equals("circle")) {
                plane.setHome(-1.5, 1.5, -1.5, 1.5);
            } else {
                plane.setHome(-0.15, 1.15, -0.2, 1.15);
            }
        }
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        home();
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(this::draw);
        plane.add(new Legend()
                .add(Palette::result, () -> (circle() ? "outer " + model.n() + "-gon = n·tan(π/n) = " : "upper sum = ")
                        + Numbers.brief(model.outer(), 8))
                .add(Palette::text, () -> (circle() ? "circle: π = " : "∫₀¹ x² dx = 1/3 = ") + Numbers.brief(model.target(), 8))
                .add(Palette::learner, () -> (circle() ? "inner " + model.n() + "-gon = (n/2)·sin(2π/n) = " : "lower sum = ")
                        + Numbers.brief(model.inner(), 8))
                .add(Palette::warning, () -> "gap outer − inner = " + Numbers.brief(model.error(), 8)
                        + (circle() ? "" : "  (= 1/n)")));
        return plane;
    }

    private boolean circle() {
        return model.shape() == ExhaustionModel.Shape.CIRCLE;
    }

    private void draw(org.mathlens.kit.Painter p) {
        int k = model.n();
        Palette pal = p.palette();
        if (circle()) {
            double big = 1 / Math.cos(Math.PI / k);
            for (int i = 0; i < k; i++) {
                double t = 2 * Math.PI * i / k;
                xs[i] = big * Math.cos(t);
                ys[i] = big * Math.sin(t);
            }
            p.polygon(xs, ys, k, Palette.fill(pal.result(), 0.18), pal.result(), 2);
            p.circle(0, 0, 1, Palette.fill(pal.background(), 1), null, 0);
            p.circle(0, 0, 1, Palette.fill(pal.text(), 0.06), pal.text(), 2);
            for (int i = 0; i < k; i++) {
                double t = 2 * Math.PI * i / k;
                xs[i] = Math.cos(t);
                ys[i] = Math.sin(t);
            }
            p.polygon(xs, ys, k, Palette.fill(pal.learner(), 0.35), pal.learner(), 2);
            if (k <= 24) {
                p.line(0, 0, xs[0], ys[0], pal.textMuted(), 1);
                p.line(0, 0, xs[1 % k], ys[1 % k], pal.textMuted(), 1);
                p.label("2π/n", Math.cos(Math.PI / k) * 0.3, Math.sin(Math.PI / k) * 0.3, 4, 0, pal.textMuted(), false);
            }
            return;
        }
        double w = 1.0 / k;
        for (int i = 0; i < k; i++) {
            double x0 = i * w;
            double hi = (x0 + w) * (x0 + w);
            double lo = x0 * x0;
            rect(p, x0, w, hi, Palette.fill(pal.result(), 0.16), k <= 60 ? pal.result() : null);
            rect(p, x0, w, lo, Palette.fill(pal.learner(), 0.45), k <= 60 ? pal.learner() : null);
        }
        for (int i = 0; i <= 100; i++) {
            xs[i] = i / 100.0;
            ys[i] = xs[i] * xs[i];
        }
        var g = p.gc();
        g.setStroke(pal.first());
        g.setLineWidth(p.ui(3));
        g.beginPath();
        for (int i = 0; i <= 100; i++) {
            if (i == 0) {
                g.moveTo(p.sx(xs[i]), p.sy(ys[i]));
            } else {
                g.lineTo(p.sx(xs[i]), p.sy(ys[i]));
            }
        }
        g.stroke();
        p.label("y = x²", 0.8, 0.64, 10, 10, pal.first(), true);
    }

    private static void rect(org.mathlens.kit.Painter p, double x0, double w, double h, javafx.scene.paint.Color fill, javafx.scene.paint.Color stroke) {
        double[] rx = {x0, x0 + w, x0 + w, x0};
        double[] ry = {0, 0, h, h};
        p.polygon(rx, ry, 4, fill, stroke, 1);
    }

    /** Sweeps n up and down over its range, the polygons and rectangles redrawn each frame. */
    @Override
    public void benchFrame(int frame) {
        int k = frame % 394;
        n.set((double) (k < 197 ? 3 + k : 200 - (k - 197)));
    }
}
