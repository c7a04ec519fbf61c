package org.mathlens.explorables.vectors;

import static org.mathlens.kit.Figures.b;
import static org.mathlens.kit.Figures.pair;
import static org.mathlens.kit.Figures.paren;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.BenchPath;
import org.mathlens.explorable.FlagParameter;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Caption;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Figures;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * Drag v; see its length in the L1, L2, L∞ and Lp norms. Each norm's unit ball is drawn solid,
 * and the same ball blown up to pass through v is drawn dashed: where that dashed curve crosses
 * the positive x-axis is the length of v in that norm. Dots mark where v's ray leaves each unit ball.
 */
public final class NormsExplorable extends AbstractExplorable {
    private final VectorParameter v = parameters.add(new VectorParameter("v", "the vector whose length we measure: drag its tip", new double[] {2, 1}, 50));
    private final ScalarParameter p = parameters.add(new ScalarParameter("p", "the p of the Lp norm (p = ∞ is the box below)", 3, 1, 10, 0.1));
    private final FlagParameter pinf = parameters.add(new FlagParameter("pinf", "p = ∞", false));
    private final NormsModel model = new NormsModel(Vec2.ZERO, 3, false);
    private final Home home = new Home(1.6);
    private Plane plane;

    private static final double[] DIAMOND_X = {1, 0, -1, 0};
    private static final double[] DIAMOND_Y = {0, 1, 0, -1};
    private static final double[] SQUARE_X = {1, -1, -1, 1};
    private static final double[] SQUARE_Y = {1, 1, -1, -1};
    private static final int CIRCLE_N = 180;
    private static final double[] CIRCLE_X = new double[CIRCLE_N];
    private static final double[] CIRCLE_Y = new double[CIRCLE_N];

    static {
        NormsModel.sampleBall(2, CIRCLE_X, CIRCLE_Y);
    }

    public NormsExplorable() {
        super("norms", "Norms: how long is a vector?", Section.VECTORS_AND_MATRICES,
                "Drag v; slide p. Each norm measures v with its own ruler: its unit ball.");
        readouts.add("l1", "‖v‖₁", () -> Reading.of(model.l1()))
                .add("l2", "‖v‖₂", () -> Reading.of(model.l2()))
                .add("l2sq", "‖v‖₂²", () -> Reading.of(model.l2sq()))
                .add("linf", "‖v‖∞", () -> Reading.of(model.linf()))
                .add("lp", "‖v‖ₚ", () -> Reading.of(model.lp()))
                .add("unit", "v / ‖v‖₂", () -> model.unit().map(w -> Reading.of(w.toArray())).orElse(Reading.undefined()));
        parametersChanged();
    }

    public NormsModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(Vec2.of(v.get()), p.value(), pinf.on());
        // every ball drawn lies inside ±‖v‖₁ (the diamond through v reaches furthest) and ±1;
        // below the axis the ruler's four label rows need room too
        double r = Math.max(1.15, model.l1());
        if (home.follow(0.25, -r, -r * 1.2, r * 1.2, r, model.v().x(), model.v().y()) && plane != null) {
            fitHome();
        }
    }

    private void fitHome() {
        double[] h = home.box();
        plane.setHome(h[0], h[1], h[2], h[3]);
    }

    private String pName() {
        return model.pinf() ? "∞" : Numbers.brief(model.p(), 2);
    }

    private static Outline.Points fixed(double[] xs, double[] ys) {
        return new Outline.Points() {
            public double[] xs() {
                return xs;
            }

            public double[] ys() {
                return ys;
            }

            public int n() {
                return xs.length;
            }
        };
    }

    private Outline.Points lpBall() {
        return new Outline.Points() {
            public double[] xs() {
                return model.lpBallX();
            }

            public double[] ys() {
                return model.lpBallY();
            }

            public int n() {
                return model.lpBallPoints();
            }
        };
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        fitHome();
        plane.follow(revision());
        plane.setHistory(history());
        Function<Palette, Color> l1c = Palette::first;
        Function<Palette, Color> l2c = Palette::result;
        Function<Palette, Color> linfc = Palette::second;
        Function<Palette, Color> lpc = Palette::extra;

        // the same v has a different length in each norm: each ball scaled to pass through v (dashed)
        plane.add(new Outline(() -> "‖x‖∞ = " + b(model.linf()) + ": the square of all points as long as v in L∞",
                fixed(SQUARE_X, SQUARE_Y), model::linf, linfc, 1.2, true, 0));
        plane.add(new Outline(() -> "‖x‖ₚ = " + b(model.lp()) + ": the Lp ball (p = " + pName() + ") through v",
                lpBall(), model::lp, lpc, 1.2, true, 0));
        plane.add(new Outline(() -> "‖x‖₂ = " + b(model.l2()) + ": the circle of all points as long as v in L2",
                fixed(CIRCLE_X, CIRCLE_Y), model::l2, l2c, 1.2, true, 0));
        plane.add(new Outline(() -> "‖x‖₁ = " + b(model.l1()) + ": the diamond of all points as long as v in L1",
                fixed(DIAMOND_X, DIAMOND_Y), model::l1, l1c, 1.2, true, 0));
        // where each dashed curve crosses the positive x-axis, the ruler reads off the length of v;
        // the labels step down below the axis, longest first, so close lengths never pile up
        new RulerMarks(java.util.List.of(
                axisMark("‖v‖₁", model::l1, l1c),
                axisMark("‖v‖₂", model::l2, l2c),
                axisMark("‖v‖ₚ", model::lp, lpc),
                axisMark("‖v‖∞", model::linf, linfc)), model::isZero).drawables().forEach(plane::add);
        // the unit balls themselves
        plane.add(new Outline(() -> "the L∞ unit ball: max(|x|, |y|) = 1, a square", fixed(SQUARE_X, SQUARE_Y), () -> 1, linfc, 2.5, false, 0.05));
        plane.add(new Outline(() -> "the Lp unit ball: |x|^p + |y|^p = 1 with p = " + pName(), lpBall(), () -> 1, lpc, 2.5, false, 0));
        plane.add(new Outline(() -> "the L2 unit ball: x² + y² = 1, a circle", fixed(CIRCLE_X, CIRCLE_Y), () -> 1, l2c, 2.5, false, 0.05));
        plane.add(new Outline(() -> "the L1 unit ball: |x| + |y| = 1, a diamond with corners on the axes", fixed(DIAMOND_X, DIAMOND_Y), () -> 1, l1c, 2.5, false, 0.07));
        // v's ray, v, and where the ray leaves each unit ball
        plane.add(pp -> {
            if (!model.isZero()) {
                Vec2 w = model.v();
                double far = 4 * Math.max(1, Math.max(Math.abs(pp.view().maxX() - pp.view().minX()), Math.abs(pp.view().maxY() - pp.view().minY()))) / w.norm();
                pp.dashedLine(0, 0, w.x() * far, w.y() * far, Palette.fill(pp.palette().learner(), 0.45), 1);
            }
        });
        plane.add(Arrow.fromOrigin("v, the vector being measured", model::v, Palette::learner, 3, "v"));
        plane.add(new Arrow("unit = v / ‖v‖₂, v shrunk to length one", () -> Vec2.ZERO,
                () -> model.unit().orElse(Vec2.ZERO), l2c, 3, () -> ""));
        plane.add(rayDot("v / ‖v‖∞", Double.POSITIVE_INFINITY, "L∞", linfc));
        plane.add(rayDot("v / ‖v‖ₚ", -1, "Lp", lpc));
        plane.add(rayDot("unit = v / ‖v‖₂", 2, "L2", l2c));
        plane.add(rayDot("v / ‖v‖₁", 1, "L1", l1c));
        plane.add(new Caption(() -> model.isZero() ? "v = 0: its length is 0 in every norm, and it has no direction, so v / ‖v‖₂ is undefined" : null,
                p -> p.warning(), 0));
        plane.add(new Caption(() -> model.isZero() ? null
                : "A penalty on weights: L2 (round) shrinks every weight a little and rarely makes one exactly 0.",
                p -> p.textMuted(), 0));
        plane.add(new Caption(() -> model.isZero() ? null
                : "L1's corners sit on the axes, so the smallest ‖w‖₁ often has exact zeros (sparse).",
                p -> p.textMuted(), 1));
        plane.add(new Legend()
                .add(Palette::learner, () -> "v = " + pair(model.v()))
                .add(l1c, () -> "‖v‖₁ = |" + b(model.v().x()) + "| + |" + b(model.v().y()) + "| = " + b(model.l1()) + "   (diamond)")
                .add(l2c, () -> "‖v‖₂ = √(" + paren(model.v().x()) + "² + " + paren(model.v().y()) + "²) = " + b(model.l2())
                        + ",   ‖v‖₂² = " + b(model.l2sq()) + "   (circle)")
                .add(linfc, () -> "‖v‖∞ = max(|" + b(model.v().x()) + "|, |" + b(model.v().y()) + "|) = " + b(model.linf()) + "   (square)")
                .add(lpc, () -> "‖v‖ₚ = " + b(model.lp()) + "  with p = " + pName() + (model.pinf() ? "   (= the square)" : "   (superellipse)"))
                .add(l2c, () -> "unit = v / ‖v‖₂ = " + model.unit().map(Figures::pair).orElse("undefined (v = 0)")));
        plane.addHandle(Handle.tipOf(v, "v: drag to move", Palette::learner));
        return plane;
    }

    /** A tick on the positive x-axis at the length of v in one norm. */
    private RulerMarks.Mark axisMark(String what, java.util.function.DoubleSupplier length, Function<Palette, Color> color) {
        return new RulerMarks.Mark(what, length, color,
                () -> what + " = " + b(length.getAsDouble()) + ": the dashed curve through v crosses the x-axis here");
    }

    /** The dot where v's ray leaves the unit ball of the q-norm (q = −1 means the slider's p). */
    private Spot rayDot(String what, double q, String ball, Function<Palette, Color> color) {
        return new Spot(() -> {
            double qq = q < 0 ? model.effectiveP() : q;
            return what + " = " + model.onBall(qq).map(Figures::pair).orElse("undefined")
                    + ": where v's ray leaves the " + ball + " unit ball";
        }, () -> model.onBall(q < 0 ? model.effectiveP() : q).orElse(null), color, 4, null, 0, 0);
    }

    /** Drags v once round a circle while p sweeps from 1 to 10 and back. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        v.set(BenchPath.onCircle(frame, 2.5));
        p.set(Math.round(10 * (5.5 + 4.5 * Math.sin(t / 3))) / 10.0);
    }
}
