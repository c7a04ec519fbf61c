package org.mathlens.explorables.calculus;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ExpressionParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.FunctionPlot;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;

/**
 * The secant through (x, f(x)) and (x + Δx, f(x + Δx)) with its rise and run; play shrinks
 * Δx geometrically and the secant turns into the tangent while the slope table converges.
 */
public final class DeltaMethodExplorable extends AbstractExplorable {
    private final ExpressionParameter f = parameters.add(new ExpressionParameter("f", "the function, typed in x", "x^2 + 2x + 2", "x"));
    private final ScalarParameter x = parameters.add(new ScalarParameter("x", "where the slope is measured: drag the point on the curve", 2, -6, 6, 0.1));
    private final ScalarParameter dx = parameters.add(new ScalarParameter("dx", "Δx, the run of the secant: drag the second point", 1, -3, 3, 0.001));
    private final DeltaMethodModel model = new DeltaMethodModel("x^2 + 2x + 2", 2, 1);
    /** Δx shrinks by a factor 4 a second down to 0.0001, then play stops; step halves it once. */
    private final PaneAnimation shrink = animatedBy(Play.shrink(dx, 0.25, 1e-4, 1));

    public DeltaMethodExplorable() {
        super("delta-method", "The delta method: from secant to tangent", Section.CALCULUS,
                "Shrink Δx and watch the secant's slope Δy/Δx become the derivative f′(x).");
        readouts.add("secant_slope", "secant slope Δy/Δx", () -> Reading.finite(model.secantSlope()))
                .add("derivative", "f′(x)", () -> Reading.finite(model.derivative()));
        Presets.of("parabola", "f = x^2 + 2x + 2", "x = 2", "dx = 1")
                .and("cubic", "f = x^3 - 3x", "x = 1.5", "dx = 1")
                .and("sine", "f = sin(x)", "x = 1", "dx = 1.5")
                .and("exponential", "f = exp(x)", "x = 0", "dx = 1")
                .and("square root", "f = sqrt(x)", "x = 1", "dx = 2")
                .install(parameters, "preset", "a worked example: sets f, x and dx; editing them makes it custom");
        parametersChanged();
    }

    public DeltaMethodModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.setFunction(Formula.of(f.function()));
        model.set(x.value(), dx.value());
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-4, 6, -2, 18);
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(p -> {
            // the tangent, dashed, under everything else
            double d = model.derivative();
            double fx = model.fx();
            if (Double.isFinite(d) && Double.isFinite(fx)) {
                p.infiniteLine(model.x(), fx, 1, d, Palette.fill(p.palette().result(), 0.9), 2);
            }
        });
        plane.add(new FunctionPlot("y = f(x)", () -> model.formula().f(), Palette::first, 3));
        plane.add(p -> {
            double x0 = model.x();
            double x1 = x0 + model.dx();
            double y0 = model.fx();
            double y1 = model.fxdx();
            if (!Double.isFinite(y0) || !Double.isFinite(y1) || model.dx() == 0) {
                if (!Double.isFinite(y0) || !Double.isFinite(y1)) {
                    p.screenLabel("f is undefined at " + (Double.isFinite(y0) ? "x + Δx" : "x") + ": no secant",
                            p.view().width() / 2, p.view().height() - p.ui(30), p.palette().warning(), true,
                            javafx.scene.text.TextAlignment.CENTER);
                }
                return;
            }
            p.infiniteLine(x0, y0, x1 - x0, y1 - y0, p.palette().learner(), 2.5);
            p.line(x0, y0, x1, y0, p.palette().extra(), 3);
            p.line(x1, y0, x1, y1, p.palette().second(), 3);
            p.rightAngle(x1, y0, x0 - x1, 0, 0, y1 - y0, p.palette().textMuted());
            p.label("Δx = " + Numbers.brief(model.dx(), 4), (x0 + x1) / 2, y0, -30, y1 >= y0 ? 16 : -16, p.palette().extra(), true);
            p.label("Δy = " + Numbers.brief(model.rise(), 4), x1, (y0 + y1) / 2, model.dx() > 0 ? 8 : -90, 0, p.palette().second(), true);
        });
        plane.add(new Legend()
                .add(Palette::first, () -> "f(x) = " + model.formula().text())
                .add(Palette::learner, () -> "secant slope Δy/Δx = " + brief(model.secantSlope()))
                .add(Palette::result, () -> "tangent slope f′(" + Numbers.brief(model.x(), 3) + ") = " + brief(model.derivative())));
        plane.add(new TextCard(TextCard.Corner.TOP_RIGHT, this::table, Palette::text).titled().highlight(this::currentRow));
        plane.add(new TextCard(TextCard.Corner.BOTTOM_LEFT, this::algebra, Palette::text).titled());
        plane.addHandle(FunctionPlot.handleOn("x: drag along the curve", Palette::first, () -> model.formula().f(),
                model::x, nx -> x.set(clamp(nx, x.min(), x.max()))));
        plane.addHandle(FunctionPlot.handleOn("x + Δx: drag to change Δx", Palette::learner, () -> model.formula().f(),
                () -> model.x() + model.dx(), nx -> dx.set(clamp(nx - model.x(), dx.min(), dx.max()))));
        return plane;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static String brief(double v) {
        return Double.isFinite(v) ? Numbers.brief(v, 6) : "undefined";
    }

    private List<String> table() {
        List<String> rows = new ArrayList<>();
        rows.add("Δx\tΔy/Δx");
        double sign = model.dx() < 0 ? -1 : 1;
        for (double h : DeltaMethodModel.TABLE_STEPS) {
            rows.add(Numbers.brief(sign * h, 4) + "\t" + brief(model.slopeFor(sign * h)));
        }
        rows.add("now " + Numbers.brief(model.dx(), 4) + "\t" + brief(model.secantSlope()));
        rows.add("f′(x)\t" + brief(model.derivative()));
        return rows;
    }

    private Integer currentRow() {
        return DeltaMethodModel.TABLE_STEPS.length + 1;
    }

    private List<String> algebra() {
        if (!model.isPolynomial()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("The algebra (f is a polynomial)");
        lines.addAll(model.algebra());
        lines.add("at x = " + Numbers.brief(model.x(), 3) + ": Δy/Δx = " + model.quotientAtX()
                + " = " + brief(model.secantSlope()) + " for Δx = " + Numbers.brief(model.dx(), 4));
        return lines;
    }

    /** Drags x along the curve while Δx shrinks and grows, so the secant, triangle and table recompute each frame. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        x.set(Math.round(200 * Math.sin(t)) / 100.0);
        dx.set(Math.max(0.001, Math.round(1000 * (1.01 + Math.cos(t))) / 1000.0));
    }
}
