package org.mathlens.explorables.optim;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ExpressionParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Card;
import org.mathlens.kit.ContourMap;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.View3D;
import org.mathlens.math.Numbers;

/**
 * Partial derivatives as slopes of slices: the surface z = f(x, y) in 3D with the two planes
 * x = x0 and y = y0 cutting curves through the point, each with its tangent line (slopes
 * ∂f/∂y and ∂f/∂x); beside it the contour map, where the gradient (∂f/∂x, ∂f/∂y) stands at
 * right angles to the level curve through the point. Drag the point on the map.
 */
public final class PartialDerivativesExplorable extends AbstractExplorable {
    private static final String CYLINDER = "f = pi*x^2*y";

    private final ExpressionParameter f = parameters.add(new ExpressionParameter("f",
            "the function of x and y: + − * / ^, sin, cos, exp, log, sqrt, abs, pi", "x^2 - y^2", "x", "y"));
    private final ScalarParameter x0 = parameters.add(new ScalarParameter("x0", "the point's x: drag the point on the map", 1, -10, 10, 0.05));
    private final ScalarParameter y0 = parameters.add(new ScalarParameter("y0", "the point's y", 2, -10, 10, 0.05));

    private final String cylinderText = f.format(f.parse(CYLINDER.substring(CYLINDER.indexOf('=') + 1)));

    private final PartialDerivativesModel model = new PartialDerivativesModel();
    private double[] box = {-2.5, 2.5, -2.5, 2.5};
    private long fVersion;
    private final PartialDerivativesSurface surface = new PartialDerivativesSurface(model);
    private Plane plane;
    private View3D view3d;
    private String homeKey = "";

    public PartialDerivativesExplorable() {
        super("partial-derivatives", "Partial derivatives and the gradient", Section.AUTODIFF_AND_OPTIMIZATION,
                "Drag the point on the contour map: each slice through it has a slope, and together they make the gradient.");
        readouts.add("value", "f(x0, y0)", () -> Reading.finite(model.value()))
                .add("dfdx", "∂f/∂x", () -> Reading.finite(model.dfdx()))
                .add("dfdy", "∂f/∂y", () -> Reading.finite(model.dfdy()))
                .add("grad", "∇f = (∂f/∂x, ∂f/∂y)", () -> model.defined()
                        ? Reading.of(new double[] {model.dfdx(), model.dfdy()}) : Reading.undefined());
        Presets.of("saddle", "f = x^2 - y^2", "x0 = 1", "y0 = 2")
                .and("bowl", "f = x^2 + y^2", "x0 = 1", "y0 = 1")
                .and("cylinder", CYLINDER, "x0 = 3", "y0 = 5")
                .install(parameters, "preset", "a worked example: the saddle x² − y², the bowl x² + y², "
                        + "a cylinder's volume v = πr²l (x = r, y = l); editing f or the point makes it custom");
        parametersChanged();
    }

    /** The box f is drawn over: the cylinder's r and l are positive and larger, every other f sits around 0. */
    private double[] box() {
        return f.text().equals(cylinderText) ? new double[] {0, 4, 0, 6} : new double[] {-2.5, 2.5, -2.5, 2.5};
    }

    public PartialDerivativesModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        box = box();
        if (model.function() != f.get() || model.boxX0() != box[0] || model.boxX1() != box[1]
                || model.boxY0() != box[2] || model.boxY1() != box[3]) {
            model.setFunction(f.get(), box[0], box[1], box[2], box[3]);
            fVersion++;
            surface.rebuild(box);
        }
        model.setPoint(x0.value(), y0.value());
        if (plane != null) {
            String key = box[0] + "," + box[1] + "," + box[2] + "," + box[3];
            if (!key.equals(homeKey)) {
                homeKey = key;
                double mx = (box[1] - box[0]) * 0.12;
                double my = (box[3] - box[2]) * 0.12;
                plane.setHome(box[0] - mx, box[1] + mx, box[2] - my, box[3] + my);
            }
        }
    }

    @Override
    protected Node createView() {
        view3d = new View3D();
        view3d.follow(revision());
        view3d.setHome(3.7, Math.toRadians(-58), Math.toRadians(28));
        view3d.setContent(surface::draw);
        plane = new Plane();
        plane.follow(revision());
        plane.setHistory(history());
        homeKey = "";
        parametersChanged();
        drawMap();
        HBox box = new HBox(view3d, plane);
        HBox.setHgrow(view3d, Priority.ALWAYS);
        HBox.setHgrow(plane, Priority.ALWAYS);
        view3d.setPrefSize(470, 480);
        plane.setPrefSize(430, 480);
        return box;
    }

    // ------------------------------------------------------------------------------ contour map

    private void drawMap() {
        // one colour map: the bands take the surface's heights and colours, the bar says which value each is
        plane.add(new ContourMap(model::f, () -> fVersion, ContourMap.Levels.QUANTILE, 12).heightColoured(surface::zLo, surface::zHi));
        plane.add(new LevelCurve());
        plane.add(p -> {
            if (!model.defined()) {
                return;
            }
            double px = model.x0();
            double py = model.y0();
            p.dashedLine(p.view().minX(), py, p.view().maxX(), py, Palette.fill(p.palette().first(), 0.55), 1.25);
            p.dashedLine(px, p.view().minY(), px, p.view().maxY(), Palette.fill(p.palette().second(), 0.55), 1.25);
        });
        plane.add(new GradientArrow());
        plane.add(new HeightBar(surface::zLo, surface::zHi));
        plane.add(new Legend()
                .add(Palette::text, () -> "f(x0, y0) = " + Numbers.label(model.value()))
                .add(Palette::first, () -> "∂f/∂x = " + Numbers.label(model.dfdx()))
                .add(Palette::second, () -> "∂f/∂y = " + Numbers.label(model.dfdy()))
                .add(Palette::result, () -> "∇f = (" + Numbers.label(model.dfdx()) + ", " + Numbers.label(model.dfdy()) + ")"
                        + arrowScaleNote()));
        plane.add(new Card(Card.Corner.BOTTOM_LEFT, () -> new Card.Line[] {
            model.dfdxText().isEmpty() ? null : new Card.Line("∂f/∂x = " + model.dfdxText(), Palette::first, false),
            model.dfdyText().isEmpty() ? null : new Card.Line("∂f/∂y = " + model.dfdyText(), Palette::second, false),
            model.problem() == null ? null : new Card.Line(model.problem(), Palette::warning, false),
            model.defined() ? null : new Card.Line("f is undefined at this point", Palette::warning, true),
            model.defined() && model.dfdx() == 0 && model.dfdy() == 0
                    ? new Card.Line("∇f = 0: a critical point, no uphill direction", Palette::result, true) : null}));
        plane.addHandle(new Handle("the point (x0, y0): drag it", Palette::learner,
                () -> new double[] {x0.value(), y0.value()}, (x, y) -> {
                    try {
                        x0.set(Math.max(box[0], Math.min(box[1], x)));
                        y0.set(Math.max(box[2], Math.min(box[3], y)));
                    } catch (ParameterException refused) {
                        // outside the range: stays where it was
                    }
                }));
    }

    /** The factor the gradient arrow is drawn at (1, or a power of ten making it fit the view). */
    private double arrowScale(double viewWidth) {
        double g = Math.hypot(model.dfdx(), model.dfdy());
        if (!(g > 0) || !Double.isFinite(g)) {
            return 1;
        }
        // the true length when it fits in a quarter of the view, else shrunk by 1-2-5 steps
        double most = viewWidth * 0.25;
        double least = viewWidth * 0.04;
        double s = 1;
        double[] steps = {0.5, 0.4, 0.5};
        int k = 0;
        while (g * s > most && s > 1e-9) {
            s *= steps[k++ % 3];
        }
        k = 0;
        double[] up = {2, 2.5, 2};
        while (g * s < least && s < 1e6) {
            s *= up[k++ % 3];
        }
        return s;
    }

    private double lastScale = 1;

    private String arrowScaleNote() {
        return lastScale == 1 ? "" : "   (arrow ×" + Numbers.label(lastScale) + ")";
    }

    /** The level curve f = f(x0, y0) through the point, emphasised. */
    private final class LevelCurve implements Drawable {
        @Override
        public void draw(Painter p) {
            double[] s = model.level();
            if (s.length == 0) {
                return;
            }
            var g = p.gc();
            g.setStroke(p.palette().text());
            g.setLineWidth(p.ui(2.5));
            g.setLineDashes((double[]) null);
            g.beginPath();
            for (int k = 0; k + 3 < s.length; k += 4) {
                g.moveTo(p.sx(s[k]), p.sy(s[k + 1]));
                g.lineTo(p.sx(s[k + 2]), p.sy(s[k + 3]));
            }
            g.stroke();
        }

        @Override
        public String name() {
            return "the level curve f = " + Numbers.label(model.value()) + " through the point";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double[] s = model.level();
            for (int k = 0; k + 3 < s.length; k += 4) {
                if (p.pixelDistanceToSegment(sx, sy, s[k], s[k + 1], s[k + 2], s[k + 3]) <= p.ui(5)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** ∇f at the point, its two components, and the right angle it makes with the level curve. */
    private final class GradientArrow implements Drawable {
        private double tipX;
        private double tipY;

        @Override
        public void draw(Painter p) {
            if (!model.defined()) {
                return;
            }
            double px = model.x0();
            double py = model.y0();
            double gx = model.dfdx();
            double gy = model.dfdy();
            lastScale = arrowScale(p.view().maxX() - p.view().minX());
            double s = lastScale;
            tipX = px + gx * s;
            tipY = py + gy * s;
            if (Math.hypot(gx, gy) * s * p.view().scale() < 2) {
                p.label("∇f = 0", px, py, 12, 16, p.palette().result(), true);
                return;
            }
            p.arrow(px, py, px + gx * s, py, Palette.fill(p.palette().first(), 0.8), 2);
            p.arrow(px + gx * s, py, tipX, tipY, Palette.fill(p.palette().second(), 0.8), 2);
            p.rightAngle(px, py, gx, gy, -gy, gx, p.palette().text());
            p.arrow(px, py, tipX, tipY, p.palette().result(), 3.5);
            double len = Math.hypot(gx, gy);
            double ox = gx / len * 18;
            double oy = -gy / len * 18;
            p.screenLabel("∇f", p.sx(tipX) + p.ui(ox), p.sy(tipY) + p.ui(oy), p.palette().result(), true, TextAlignment.CENTER);
        }

        @Override
        public String name() {
            return "∇f = (" + Numbers.brief(model.dfdx(), 3) + ", " + Numbers.brief(model.dfdy(), 3)
                    + "): steepest uphill, at right angles to the level curve";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            return model.defined() && p.pixelDistanceToSegment(sx, sy, model.x0(), model.y0(), tipX, tipY) <= p.ui(6);
        }
    }

    /** Drags the point round a small circle about where it started: only the point's parts recompute. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        boolean cylinder = f.text().equals(cylinderText);
        double ax = cylinder ? 3 : 1;
        double ay = cylinder ? 5 : 1.2;
        x0.set(Math.round(100 * (ax + 0.4 * Math.cos(t))) / 100.0);
        y0.set(Math.round(100 * (ay + 0.4 * Math.sin(t))) / 100.0);
    }
}
