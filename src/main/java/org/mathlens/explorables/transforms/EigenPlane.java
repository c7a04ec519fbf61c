package org.mathlens.explorables.transforms;

import static org.mathlens.explorables.transforms.EigenWords.b;
import static org.mathlens.explorables.transforms.EigenWords.sub;

import java.util.function.DoubleConsumer;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.UndoHistory;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Caption;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * The eigen pane for a 2×2 A: the unit circle x lives on, the ellipse Ax traces, the eigen-lines
 * with their λ, and x and Ax from the origin; where they line up, a band and "Ax = λx".
 */
final class EigenPlane {
    private static final double LINE_REACH = 40;
    private final EigenModel model;

    private EigenPlane(EigenModel model) {
        this.model = model;
    }

    /** The plane; {@code setAngle} receives the angle (degrees) x is dragged to. */
    static Plane build(EigenModel model, ObservableLongValue revision, UndoHistory history, DoubleConsumer setAngle) {
        EigenPlane e = new EigenPlane(model);
        Plane p = new Plane();
        p.setHome(-4, 4, -3.2, 3.2);
        p.follow(revision);
        p.setHistory(history);
        p.add(e.new CircleAndEllipse());
        p.add(e.new EigenLines());
        p.add(e::drawAlignment);
        p.add(new Arrow("Ax: where A sends x", () -> Vec2.ZERO, e::ax, Palette::result, 3.5, () -> "Ax"));
        p.add(new Arrow("x: a unit vector on the circle (drag its tip)", () -> Vec2.ZERO, e::x, Palette::learner, 3.5, () -> "x"));
        p.add(new Caption(e::caption, e::captionColour, 0));
        p.add(new Legend()
                .add(Palette::learner, () -> "x = (" + b(model.x()[0]) + ", " + b(model.x()[1]) + "),  angle " + Numbers.brief(model.angle(), 1) + "°")
                .add(Palette::result, () -> "Ax = (" + b(model.ax()[0]) + ", " + b(model.ax()[1]) + ")")
                .add(Palette::text, () -> "angle from x to Ax = " + Numbers.brief(model.turnDegrees(), 1) + "°")
                .add(Palette::first, () -> EigenWords.eigenLine(model, 0))
                .add(Palette::second, () -> EigenWords.eigenLine(model, 1)));
        p.addHandle(new Handle("x: drag it round the unit circle", Palette::learner,
                () -> new double[] {model.x()[0], model.x()[1]}, (hx, hy) -> {
                    if (model.size() != 2 || (hx == 0 && hy == 0)) {
                        return;
                    }
                    double deg = Math.toDegrees(Math.atan2(hy, hx));
                    deg = Math.round((deg + 360) % 360 * 10) / 10.0;
                    setAngle.accept(deg >= 360 ? 0 : deg);
                }));
        return p;
    }

    private Vec2 x() {
        return model.size() == 2 ? new Vec2(model.x()[0], model.x()[1]) : Vec2.ZERO;
    }

    private Vec2 ax() {
        return model.size() == 2 ? new Vec2(model.ax()[0], model.ax()[1]) : Vec2.ZERO;
    }

    /** The unit circle and the ellipse that is its image. */
    private final class CircleAndEllipse implements Drawable {
        @Override
        public void draw(Painter p) {
            if (model.size() != 2) {
                return;
            }
            Palette pal = p.palette();
            p.circle(0, 0, 1, null, Palette.fill(pal.learner(), 0.8), 2);
            p.polygon(model.ellipseX(), model.ellipseY(), EigenModel.ELLIPSE_POINTS, Palette.fill(pal.result(), 0.06),
                    Palette.fill(pal.result(), 0.7), 2);
        }

        @Override
        public String name() {
            return "the ellipse Ax traces as x goes round the unit circle";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            if (model.size() != 2) {
                return false;
            }
            double[] xs = model.ellipseX();
            double[] ys = model.ellipseY();
            for (int i = 0; i < xs.length; i += 2) {
                int j = (i + 2) % xs.length;
                if (p.pixelDistanceToSegment(sx, sy, xs[i], ys[i], xs[j], ys[j]) < p.ui(5)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The eigen-lines, dashed, each with its λ and the dot where A sends its unit vector. */
    private final class EigenLines implements Drawable {
        @Override
        public void draw(Painter p) {
            if (model.size() != 2 || model.isScalarMultipleOfIdentity()) {
                return; // for λI every line is an eigen-line: the caption says so
            }
            Palette pal = p.palette();
            for (int k = 0; k < 2; k++) {
                double[] v = model.verifiedVector(k);
                if (v == null) {
                    continue;
                }
                Color c = k == 0 ? pal.first() : pal.second();
                p.dashedLine(-LINE_REACH * v[0], -LINE_REACH * v[1], LINE_REACH * v[0], LINE_REACH * v[1], Palette.fill(c, 0.9), 2);
                double lam = model.real(k);
                double at = Math.max(1.35, Math.abs(lam) + 0.45);
                double side = k == 0 ? 1 : -1;
                p.label("λ" + sub(k) + " = " + b(lam), at * v[0], at * v[1], 8 * side * -v[1] * 2, -8 * side * v[0] * 2 - 4, c, true);
                p.dot(lam * v[0], lam * v[1], 4, c);
            }
        }

        @Override
        public String name() {
            return "an eigen-line: every x on it is only stretched, Ax = λx";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            for (int k = 0; k < 2 && model.size() == 2; k++) {
                double[] v = model.verifiedVector(k);
                if (v != null && p.pixelDistanceToSegment(sx, sy, -LINE_REACH * v[0], -LINE_REACH * v[1],
                        LINE_REACH * v[0], LINE_REACH * v[1]) < p.ui(4)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Lined up: a band along x and "Ax = λx" beside it, off the line; otherwise the turn from x to Ax. */
    private void drawAlignment(Painter p) {
        if (model.size() != 2) {
            return;
        }
        Palette pal = p.palette();
        Vec2 x = x();
        Vec2 ax = ax();
        if (model.isAligned()) {
            double reach = Math.max(1, ax.norm()) + 0.3;
            p.line(-reach * x.x(), -reach * x.y(), reach * x.x(), reach * x.y(), Palette.fill(pal.extra(), 0.35), 10);
            // beside the middle of the longer of x and Ax, pushed off the line along its normal
            // (the upper side), so it never sits on either arrow or its tip label
            Vec2 tip = ax.norm() > 1 ? ax : x;
            double nx = -x.y();
            double ny = x.x();
            if (ny < 0 || ny == 0 && nx < 0) {
                nx = -nx;
                ny = -ny;
            }
            double off = p.ui(26);
            p.screenLabel("Ax = λx,  λ = " + b(model.alignedLambda()), p.sx(tip.x() / 2) + nx * off, p.sy(tip.y() / 2) - ny * off,
                    pal.extra().deriveColor(0, 1, pal.isDark() ? 1 : 0.75, 1), true,
                    nx < -0.3 ? TextAlignment.RIGHT : nx > 0.3 ? TextAlignment.LEFT : TextAlignment.CENTER);
            return;
        }
        // a small arc shows how far A turns this x
        double t0 = Math.atan2(x.y(), x.x());
        double d = Math.toRadians(model.turnDegrees());
        double r = 0.42;
        int n = 16;
        Color c = pal.textMuted();
        double lx = r * Math.cos(t0);
        double ly = r * Math.sin(t0);
        for (int i = 1; i <= n; i++) {
            double t = t0 + d * i / n;
            double nx = r * Math.cos(t);
            double ny = r * Math.sin(t);
            p.line(lx, ly, nx, ny, c, 2);
            lx = nx;
            ly = ny;
        }
    }

    /** What x and Ax are doing now, in words, on the caption plate. */
    private String caption() {
        if (model.size() != 2) {
            return null;
        }
        if (model.failure() != null) {
            return "the eigenvalues could not be computed for this matrix: " + model.failure();
        }
        if (!model.isReal()) {
            return model.complexSentence();
        }
        if (model.isDefective() && !model.isAligned()) {
            return "a repeated λ with only one eigen-line: A shears every other direction";
        }
        if (model.isScalarMultipleOfIdentity()) {
            return "A = " + b(model.real(0)) + "·I: every vector is an eigenvector, λ = " + b(model.real(0));
        }
        if (model.isAligned()) {
            return "x lies on an eigen-line: A only stretches it, by λ = " + b(model.alignedLambda());
        }
        return "Ax points somewhere else: keep turning x until they line up";
    }

    private Color captionColour(Palette pal) {
        if (model.failure() != null || !model.isReal() || model.isDefective() && !model.isAligned()) {
            return pal.warning();
        }
        return model.isScalarMultipleOfIdentity() ? pal.extra() : pal.text();
    }
}
