package org.mathlens.explorables.vectors;

import static org.mathlens.kit.Figures.b;
import static org.mathlens.kit.Figures.pair;
import static org.mathlens.kit.Figures.paren;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.BenchPath;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Section;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Figures;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.linalg.Vec2;

/**
 * Drag u and v; see u·v, the angle between them and its cosine, v's shadow on u's line with its
 * right angle, and the two half-planes where the dot product with u is positive or negative,
 * split by the line of vectors orthogonal to u.
 */
public final class DotProductExplorable extends AbstractExplorable {
    private final VectorParameter u = parameters.add(new VectorParameter("u", "the first vector: drag its tip", new double[] {3, 1}, 50));
    private final VectorParameter v = parameters.add(new VectorParameter("v", "the second vector: drag its tip", new double[] {1, 2}, 50));
    private final DotProductModel model = new DotProductModel(Vec2.ZERO, Vec2.ZERO);

    public DotProductExplorable() {
        super("dot-product", "The dot product: angle, projection, similarity", Section.VECTORS_AND_MATRICES,
                "Drag u and v. The dot product says how much v goes along u.");
        readouts.add("dot", "u·v", () -> Reading.of(model.dot()))
                .add("angle_deg", "θ (degrees)", () -> {
                    var a = model.angleDegrees();
                    return a.isPresent() ? Reading.of(a.getAsDouble()) : Reading.undefined();
                })
                .add("cos", "cos θ", () -> {
                    var c = model.cos();
                    return c.isPresent() ? Reading.of(c.getAsDouble()) : Reading.undefined();
                })
                .add("proj", "proj of v on u", () -> model.projection().map(w -> Reading.of(w.toArray())).orElse(Reading.undefined()));
        parametersChanged();
    }

    public DotProductModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(Vec2.of(u.get()), Vec2.of(v.get()));
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-5, 5, -4, 4);
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(this::drawHalfPlanes);
        plane.add(new Drawable() {
            @Override
            public void draw(Painter p) {
                Vec2 a = model.u();
                if (!DotProductModel.isZero(a)) {
                    p.infiniteLine(0, 0, -a.y(), a.x(), p.palette().textMuted(), 1.5);
                }
            }

            @Override
            public String name() {
                return DotProductModel.isZero(model.u()) ? null
                        : "the line u·x = 0: every vector here is orthogonal to u";
            }

            @Override
            public boolean hit(Painter p, double sx, double sy) {
                return !DotProductModel.isZero(model.u()) && Lines.pixelDistanceToLine(p, sx, sy, -model.u().y(), model.u().x()) <= p.ui(5);
            }
        });
        plane.add(new Drawable() {
            @Override
            public void draw(Painter p) {
                Vec2 a = model.u();
                if (!DotProductModel.isZero(a)) {
                    p.infiniteLine(0, 0, a.x(), a.y(), Palette.fill(p.palette().first(), 0.35), 1.2);
                }
            }

            @Override
            public String name() {
                return DotProductModel.isZero(model.u()) ? null : "u's line: the shadow of v falls on it";
            }

            @Override
            public boolean hit(Painter p, double sx, double sy) {
                return !DotProductModel.isZero(model.u()) && Lines.pixelDistanceToLine(p, sx, sy, model.u().x(), model.u().y()) <= p.ui(4);
            }
        });
        plane.add(this::drawShadow);
        plane.add(this::drawAngle);
        plane.add(Arrow.fromOrigin("u", model::u, Palette::first, 3, "u"));
        plane.add(new Arrow("proj, the projection of v on u: v's shadow on u's line", () -> Vec2.ZERO,
                () -> model.projection().orElse(Vec2.ZERO), Palette::result, 5, () -> ""));
        plane.add(new Spot(() -> "the foot of the perpendicular from v: proj = " + model.projection().map(Figures::pair).orElse("undefined"),
                () -> model.projection().filter(w -> !DotProductModel.isZero(model.v())).orElse(null), Palette::result, 3.5,
                () -> "proj", 10, 14));
        plane.add(Arrow.fromOrigin("v", model::v, Palette::second, 3, "v"));
        plane.add(this::drawMessages);
        plane.add(new Legend()
                .add(Palette::first, () -> "u = " + pair(model.u()) + ",  |u| = " + b(model.lengthU()))
                .add(Palette::second, () -> "v = " + pair(model.v()) + ",  |v| = " + b(model.lengthV()))
                .add(p -> p.text(), () -> "u·v = " + paren(model.u().x()) + "·" + paren(model.v().x()) + " + " + paren(model.u().y()) + "·" + paren(model.v().y())
                        + " = " + b(model.dot()))
                .add(p -> p.textMuted(), () -> model.hasAngle()
                        ? "cos θ = u·v / (|u| |v|) = " + b(model.cos().getAsDouble()) + ",   θ = " + b(model.angleDegrees().getAsDouble()) + "°"
                        : "θ and cos θ: undefined (a zero vector has no direction)")
                .add(Palette::result, () -> "proj = (u·v / u·u) u = " + model.projection().map(Figures::pair).orElse("undefined (u = 0)")));
        plane.addHandle(Handle.tipOf(u, "u: drag to move", Palette::first));
        plane.addHandle(Handle.tipOf(v, "v: drag to move", Palette::second));
        return plane;
    }

    private void drawHalfPlanes(Painter p) {
        Vec2 a = model.u();
        if (DotProductModel.isZero(a)) {
            return;
        }
        var view = p.view();
        double len = a.norm();
        double nx = a.x() / len;
        double ny = a.y() / len;
        double dx = -ny;
        double dy = nx;
        double reach = Math.hypot(view.maxX() - view.minX(), view.maxY() - view.minY())
                + Math.hypot(view.centerX(), view.centerY());
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int side = 1; side >= -1; side -= 2) {
            xs[0] = -dx * reach;
            ys[0] = -dy * reach;
            xs[1] = dx * reach;
            ys[1] = dy * reach;
            xs[2] = dx * reach + side * nx * reach;
            ys[2] = dy * reach + side * ny * reach;
            xs[3] = -dx * reach + side * nx * reach;
            ys[3] = -dy * reach + side * ny * reach;
            Color c = side > 0 ? p.palette().learner() : p.palette().extra();
            p.polygon(xs, ys, 4, Palette.fill(c, p.palette().isDark() ? 0.10 : 0.08), null, 0);
        }
        // the words sit inside each half-plane, near the part of the dividing line that is in view
        double along = view.centerX() * dx + view.centerY() * dy;
        double r = 0.3 * Math.min(view.maxX() - view.minX(), view.maxY() - view.minY());
        double bx = along * dx + 0.55 * r * dx;
        double by = along * dy + 0.55 * r * dy;
        p.screenLabel("u·v > 0", p.sx(bx + nx * r), p.sy(by + ny * r), darker(p, p.palette().learner()), true, TextAlignment.CENTER);
        p.screenLabel("u·v < 0", p.sx(bx - nx * r), p.sy(by - ny * r), darker(p, p.palette().extra()), true, TextAlignment.CENTER);
        double zx = along * dx - 0.9 * r * dx;
        double zy = along * dy - 0.9 * r * dy;
        p.screenLabel("u·v = 0", p.sx(zx) + p.ui(6), p.sy(zy) - p.ui(12), p.palette().textMuted(), true, TextAlignment.LEFT);
    }

    private static Color darker(Painter p, Color c) {
        return p.palette().isDark() ? c : c.deriveColor(0, 1, 0.8, 1);
    }

    private void drawShadow(Painter p) {
        var proj = model.projection();
        if (proj.isEmpty() || DotProductModel.isZero(model.v())) {
            return;
        }
        Vec2 s = proj.get();
        Vec2 w = model.v();
        Color c = p.palette().result();
        p.dashedLine(w.x(), w.y(), s.x(), s.y(), Palette.fill(c, 0.8), 1.5);
        Vec2 drop = w.minus(s);
        if (drop.norm() > 1e-9 * w.norm()) {
            // the square sits between the drop line and the part of u's line towards the origin (or along u at 0)
            Vec2 back = DotProductModel.isZero(s) ? model.u() : s.times(-1);
            p.rightAngle(s.x(), s.y(), drop.x(), drop.y(), back.x(), back.y(), c);
        }
    }

    private void drawAngle(Painter p) {
        var signed = model.signedAngleDegrees();
        if (signed.isEmpty()) {
            return;
        }
        Vec2 a = model.u();
        double start = Math.toDegrees(Math.atan2(a.y(), a.x()));
        double extent = signed.getAsDouble();
        double r = p.ui(30);
        double ox = p.sx(0);
        double oy = p.sy(0);
        var g = p.gc();
        Color c = p.palette().text();
        if (model.isOrthogonal()) {
            p.rightAngle(0, 0, a.x(), a.y(), model.v().x(), model.v().y(), c);
        } else {
            g.setStroke(c);
            g.setLineWidth(p.ui(1.5));
            g.setLineDashes((double[]) null);
            g.strokeArc(ox - r, oy - r, 2 * r, 2 * r, start, extent, ArcType.OPEN);
        }
        double mid = Math.toRadians(start + extent / 2);
        p.screenLabel("θ = " + b(model.angleDegrees().getAsDouble()) + "°", ox + Math.cos(mid) * p.ui(64), oy - Math.sin(mid) * p.ui(64),
                c, true, TextAlignment.CENTER);
    }

    private void drawMessages(Painter p) {
        double x = p.view().width() / 2;
        double y = p.view().height() - p.ui(24);
        Color warn = p.palette().warning();
        if (DotProductModel.isZero(model.u()) && DotProductModel.isZero(model.v())) {
            p.screenLabel("u = v = 0: u·v = 0, and with no directions there is no angle and no projection", x, y, warn, true, TextAlignment.CENTER);
        } else if (DotProductModel.isZero(model.u())) {
            p.screenLabel("u = 0: u·v = 0 for every v; u has no line to project on, so proj and θ are undefined", x, y, warn, true, TextAlignment.CENTER);
        } else if (DotProductModel.isZero(model.v())) {
            p.screenLabel("v = 0: u·v = 0 and the shadow is 0; v has no direction, so θ is undefined", x, y, warn, true, TextAlignment.CENTER);
        } else if (model.isOrthogonal()) {
            p.screenLabel("orthogonal: u ⟂ v, u·v = 0, θ = 90°, and v casts no shadow on u", x, y, p.palette().result(), true, TextAlignment.CENTER);
        } else {
            p.screenLabel(model.dot() > 0 ? "u·v > 0: v leans towards u (θ < 90°)" : "u·v < 0: v leans away from u (θ > 90°)",
                    x, y, p.palette().textMuted(), true, TextAlignment.CENTER);
        }
    }

    /** Swings v round a circle while u rocks, as a learner comparing directions would. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        v.set(BenchPath.onCircle(frame, 3));
        u.set(new double[] {Math.round(300 * Math.cos(t / 5)) / 100.0, 1});
    }
}
