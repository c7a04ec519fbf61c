package org.mathlens.explorables.transforms;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Sketch3D;
import org.mathlens.kit.View3D;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * Eigenvectors found by hand: a unit vector x sweeps round the circle and Ax is drawn from the
 * same origin; where they line up, x is an eigenvector and the stretch is λ. The ellipse Ax
 * traces, the eigen-lines, and complex eigenvalues as a turn with no real direction.
 */
public final class EigenExplorable extends AbstractExplorable {
    /** Degrees per second of the sweep away from eigen-directions; it slows down near them. */
    static final double SWEEP_DEGREES_PER_SECOND = 45;
    private static final String SUB = "₀₁₂₃";

    private final MatrixParameter a = parameters.add(MatrixParameter.square("A",
            "the matrix, 2×2 or 3×3", new double[][] {{2, 1}, {1, 2}}, 2, 3));
    private final ScalarParameter angle = parameters.add(new ScalarParameter("angle",
            "where x is: its angle on the circle in degrees (3×3: the way along v₁ → v₂ → v₃ → v₁)", 20, 0, 360, 1));
    private final EigenModel model = new EigenModel(a.value(), angle.value());
    /** x once round the path at 45°/s, slowing near eigen-directions; Step jumps to the next one. */
    private final Play sweep = Play.once(angle, SWEEP_DEGREES_PER_SECOND).pacedBy(model::sweepPace).stepping(model::nextStop);
    private double[][] lastA = a.get();
    private Plane plane;
    private View3D view3d;

    public EigenExplorable() {
        super("eigen", "Eigenvectors: directions A only stretches", Section.TRANSFORMATIONS,
                "Sweep x round the circle (drag it or press play); where Ax lines up with x, x is an eigenvector.");
        readouts.add("lambda1", "λ₁", () -> lambda(0))
                .add("lambda2", "λ₂", () -> lambda(1))
                .addWhen("lambda3", "λ₃", () -> model.size() == 3, () -> lambda(2))
                .add("v1", "v₁", () -> vector(0))
                .add("v2", "v₂", () -> vector(1))
                .addWhen("v3", "v₃", () -> model.size() == 3, () -> vector(2));
        parametersChanged();
    }

    public EigenModel model() {
        return model;
    }

    private Reading lambda(int k) {
        if (k >= model.size() || model.failure() != null) {
            return Reading.undefined();
        }
        return model.imaginary(k) == 0 ? Reading.of(model.real(k)) : Reading.word(model.valueText(k));
    }

    private Reading vector(int k) {
        if (k >= model.size() || model.failure() != null) {
            return Reading.undefined();
        }
        double[] v = model.vector(k);
        return v == null ? Reading.undefined() : Reading.of(v);
    }

    @Override
    protected void parametersChanged() {
        if (a.get() != lastA) {
            lastA = a.get();
            model.setMatrix(a.value());
        }
        model.setAngle(angle.value());
        showForSize();
    }

    @Override
    protected Node createView() {
        plane = buildPlane();
        view3d = build3D();
        StackPane box = new StackPane(plane, view3d);
        box.getStyleClass().add("eigen-pane");
        showForSize();
        return box;
    }

    private void showForSize() {
        if (plane == null) {
            return;
        }
        boolean two = model.size() == 2;
        plane.setVisible(two);
        plane.setManaged(two);
        view3d.setVisible(!two);
        view3d.setManaged(!two);
    }

    // ------------------------------------------------------------------ 2×2

    private Vec2 x2() {
        return new Vec2(model.x()[0], model.x()[1]);
    }

    private Vec2 ax2() {
        return new Vec2(model.ax()[0], model.ax()[1]);
    }

    private Plane buildPlane() {
        Plane p = new Plane();
        p.setHome(-4, 4, -3.2, 3.2);
        p.follow(revision());
        p.setHistory(history());
        p.add(new Drawable() {
            @Override
            public void draw(Painter g) {
                drawCircleAndEllipse(g);
            }

            @Override
            public String name() {
                return "the ellipse Ax traces as x goes round the unit circle";
            }

            @Override
            public boolean hit(Painter g, double sx, double sy) {
                return model.size() == 2 && nearEllipse(g, sx, sy);
            }
        });
        p.add(new Drawable() {
            @Override
            public void draw(Painter g) {
                drawEigenLines(g);
            }

            @Override
            public String name() {
                return "an eigen-line: every x on it is only stretched, Ax = λx";
            }

            @Override
            public boolean hit(Painter g, double sx, double sy) {
                return model.size() == 2 && nearEigenLine(g, sx, sy);
            }
        });
        p.add(this::drawAlignment);
        p.add(new Arrow("Ax: where A sends x", () -> Vec2.ZERO, this::ax2, Palette::result, 3.5, () -> "Ax"));
        p.add(new Arrow("x: a unit vector on the circle (drag its tip)", () -> Vec2.ZERO, this::x2, Palette::learner, 3, () -> "x"));
        p.add(this::drawCaption);
        p.add(new Legend()
                .add(Palette::learner, () -> "x = (" + b(model.x()[0]) + ", " + b(model.x()[1]) + "),  angle " + Numbers.brief(model.angle(), 1) + "°")
                .add(Palette::result, () -> "Ax = (" + b(model.ax()[0]) + ", " + b(model.ax()[1]) + ")")
                .add(p2 -> p2.textMuted(), () -> "angle from x to Ax = " + Numbers.brief(model.turnDegrees(), 1) + "°")
                .add(Palette::first, () -> eigenLine(0))
                .add(Palette::second, () -> eigenLine(1)));
        p.addHandle(new Handle("x: drag it round the unit circle", Palette::learner,
                () -> new double[] {model.x()[0], model.x()[1]}, (hx, hy) -> {
                    if (model.size() != 2 || (hx == 0 && hy == 0)) {
                        return;
                    }
                    double deg = Math.toDegrees(Math.atan2(hy, hx));
                    deg = Math.round((deg + 360) % 360 * 10) / 10.0;
                    angle.set(deg >= 360 ? 0 : deg);
                }));
        return p;
    }

    private String eigenLine(int k) {
        if (model.failure() != null) {
            return k == 0 ? "eigenvalues: not computed" : "(" + model.failure() + ")";
        }
        if (!model.isReal()) {
            return "λ" + SUB.charAt(k + 1) + " = " + complexBrief(k) + "  (complex: no real v" + SUB.charAt(k + 1) + ")";
        }
        double[] v = model.verifiedVector(k);
        if (v == null) {
            return "λ" + SUB.charAt(k + 1) + " = " + b(model.real(k)) + ",  no eigen-direction of its own";
        }
        return "λ" + SUB.charAt(k + 1) + " = " + b(model.real(k)) + ",  v" + SUB.charAt(k + 1) + " = ("
                + b(v[0]) + ", " + b(v[1]) + (v.length > 2 ? ", " + b(v[2]) : "") + ")";
    }

    private String complexBrief(int k) {
        double im = model.imaginary(k);
        return b(model.real(k)) + (im < 0 ? " − " : " + ") + Numbers.brief(Math.abs(im), 2) + "i";
    }

    private static String b(double x) {
        return Numbers.brief(x, 2);
    }

    private void drawCircleAndEllipse(Painter p) {
        if (model.size() != 2) {
            return;
        }
        Palette pal = p.palette();
        p.circle(0, 0, 1, null, Palette.fill(pal.learner(), 0.55), 1.5);
        p.polygon(model.ellipseX(), model.ellipseY(), EigenModel.ELLIPSE_POINTS, Palette.fill(pal.result(), 0.06),
                Palette.fill(pal.result(), 0.45), 1.5);
    }

    private boolean nearEllipse(Painter p, double sx, double sy) {
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

    private static final double LINE_REACH = 40;

    private void drawEigenLines(Painter p) {
        if (model.size() != 2) {
            return;
        }
        Palette pal = p.palette();
        if (model.isScalarMultipleOfIdentity()) {
            return; // every line is an eigen-line: the caption says so
        }
        for (int k = 0; k < 2; k++) {
            double[] v = model.verifiedVector(k);
            if (v == null) {
                continue;
            }
            Color c = k == 0 ? pal.first() : pal.second();
            p.dashedLine(-LINE_REACH * v[0], -LINE_REACH * v[1], LINE_REACH * v[0], LINE_REACH * v[1], Palette.fill(c, 0.8), 1.8);
            // the eigenvector itself, and its λ where A v = λ v lands
            double lam = model.real(k);
            double at = Math.max(1.35, Math.abs(lam) + 0.45);
            double side = k == 0 ? 1 : -1;
            p.label("λ" + SUB.charAt(k + 1) + " = " + b(lam), at * v[0], at * v[1], 8 * side * -v[1] * 2, -8 * side * v[0] * 2 - 4, c, true);
            p.dot(lam * v[0], lam * v[1], 4, c);
        }
    }

    private boolean nearEigenLine(Painter p, double sx, double sy) {
        for (int k = 0; k < 2; k++) {
            double[] v = model.verifiedVector(k);
            if (v != null && p.pixelDistanceToSegment(sx, sy, -LINE_REACH * v[0], -LINE_REACH * v[1],
                    LINE_REACH * v[0], LINE_REACH * v[1]) < p.ui(4)) {
                return true;
            }
        }
        return false;
    }

    private void drawAlignment(Painter p) {
        if (model.size() != 2) {
            return;
        }
        Palette pal = p.palette();
        Vec2 x = x2();
        Vec2 ax = ax2();
        if (model.isAligned()) {
            double reach = Math.max(1, ax.norm()) + 0.3;
            p.line(-reach * x.x(), -reach * x.y(), reach * x.x(), reach * x.y(), Palette.fill(pal.extra(), 0.35), 10);
            double lam = model.alignedLambda();
            double tx = (ax.norm() > 1 ? ax : x).x();
            double ty = (ax.norm() > 1 ? ax : x).y();
            p.screenLabel("Ax = λx,  λ = " + b(lam), p.sx(tx) + p.ui(x.y() >= 0 ? 18 : 18), p.sy(ty) + p.ui(26),
                    pal.extra().deriveColor(0, 1, pal.isDark() ? 1 : 0.8, 1), true, TextAlignment.LEFT);
        } else {
            // a small arc shows how far A turns this x
            double t0 = Math.atan2(x.y(), x.x());
            double d = Math.toRadians(model.turnDegrees());
            double r = 0.42;
            int n = 16;
            Color c = Palette.fill(pal.textMuted(), 0.9);
            double lx = r * Math.cos(t0);
            double ly = r * Math.sin(t0);
            for (int i = 1; i <= n; i++) {
                double t = t0 + d * i / n;
                double nx = r * Math.cos(t);
                double ny = r * Math.sin(t);
                p.line(lx, ly, nx, ny, c, 1.5);
                lx = nx;
                ly = ny;
            }
        }
    }

    private void drawCaption(Painter p) {
        if (model.size() != 2) {
            return;
        }
        Palette pal = p.palette();
        String text;
        Color c = pal.textMuted();
        if (model.failure() != null) {
            text = "the eigenvalues could not be computed for this matrix: " + model.failure();
            c = pal.warning();
        } else if (!model.isReal()) {
            text = model.complexSentence();
            c = pal.warning();
        } else if (model.isDefective() && !model.isAligned()) {
            text = "a repeated λ with only one eigen-line: A shears every other direction";
            c = pal.warning();
        } else if (model.isScalarMultipleOfIdentity()) {
            text = "A = " + b(model.real(0)) + "·I: every vector is an eigenvector, λ = " + b(model.real(0));
            c = pal.extra();
        } else if (model.isAligned()) {
            text = "x lies on an eigen-line: A only stretches it, by λ = " + b(model.alignedLambda());
            c = pal.text();
        } else {
            text = "Ax points somewhere else: keep turning x until they line up";
        }
        p.screenLabel(text, p.view().width() / 2, p.view().height() - p.ui(22), c, true, TextAlignment.CENTER);
    }

    // ------------------------------------------------------------------ 3×3

    private View3D build3D() {
        return View3D.of(revision(), 3.2, this::draw3D);
    }

    private void draw3D(Sketch3D s) {
        if (model.size() != 3) {
            return;
        }
        Palette pal = s.palette();
        s.floorGrid(3, 1);
        s.axes(3);
        double[] sp = model.spherePoints();
        double[] im = model.sphereImages();
        Color dotX = Palette.fill(pal.learner(), 0.35);
        Color dotA = Palette.fill(pal.result(), 0.45);
        s.points(sp, dotX, 1.5, "the unit sphere, where x lives");
        s.points(im, dotA, 2, "the ellipsoid: the sphere after A");
        Color[] roles = {pal.first(), pal.second(), pal.extra()};
        for (int k = 0; k < 3; k++) {
            double[] v = model.verifiedVector(k);
            if (v == null) {
                continue;
            }
            double r = 2.8;
            s.line(-r * v[0], -r * v[1], -r * v[2], r * v[0], r * v[1], r * v[2], roles[k], 1.8).dashed()
                    .named("eigen-line " + (k + 1) + ": A v" + SUB.charAt(k + 1) + " = " + b(model.real(k)) + " v" + SUB.charAt(k + 1));
            s.label("λ" + SUB.charAt(k + 1) + " = " + b(model.real(k)), r * v[0], r * v[1], r * v[2], roles[k]).bold().offset(6, -10);
        }
        double[] x = model.x();
        double[] ax = model.ax();
        boolean aligned = model.isAligned();
        if (aligned) {
            double reach = Math.max(1, Math.sqrt(ax[0] * ax[0] + ax[1] * ax[1] + ax[2] * ax[2])) + 0.3;
            s.line(-reach * x[0], -reach * x[1], -reach * x[2], reach * x[0], reach * x[1], reach * x[2],
                    Palette.fill(pal.extra(), 0.4), 9).named("x and Ax on one line: an eigen-direction");
            s.label("Ax = λx,  λ = " + b(model.alignedLambda()), ax[0], ax[1], ax[2], pal.extra()).bold().offset(10, 18);
        }
        s.arrow(0, 0, 0, ax[0], ax[1], ax[2], pal.result(), 3.5).named("Ax: where A sends x");
        s.arrow(0, 0, 0, x[0], x[1], x[2], pal.learner(), 3).named("x: a unit vector on the sphere (angle moves it)");
        s.label("Ax", ax[0], ax[1], ax[2], pal.result()).bold().offset(8, -8);
        s.label("x", x[0], x[1], x[2], pal.learner()).bold().offset(8, -8);
        double lx = s.ui(16);
        double ly = s.ui(22);
        double line = s.ui(22);
        s.screenLabel("x = (" + b(x[0]) + ", " + b(x[1]) + ", " + b(x[2]) + "),  angle " + Numbers.brief(model.angle(), 1) + "°", lx, ly, pal.learner()).bold();
        s.screenLabel("Ax = (" + b(ax[0]) + ", " + b(ax[1]) + ", " + b(ax[2]) + ")", lx, ly + line, pal.result()).bold();
        s.screenLabel("angle between the lines of x and Ax = " + Numbers.brief(model.misalignmentDegrees(), 1) + "°", lx, ly + 2 * line, pal.textMuted());
        for (int k = 0; k < 3; k++) {
            String text = model.failure() != null ? (k == 0 ? "eigenvalues: " + model.failure() : "")
                    : model.imaginary(k) != 0 ? "λ" + SUB.charAt(k + 1) + " = " + complexBrief(k) + "  (complex)" : eigenLine3(k);
            s.screenLabel(text, lx, ly + (3 + k) * line, roles[k]).bold();
        }
        String caption = model.failure() != null ? "x and Ax only: the eigenvalues could not be computed"
                : model.isDefective() ? "a repeated λ with fewer eigen-lines than dimensions: A shears"
                : !model.isReal() ? model.complexSentence()
                : aligned ? "x lies on an eigen-line: A only stretches it"
                : "x travels v₁ → v₂ → v₃ → v₁ on the sphere; Ax lines up with x at each";
        s.screenLabel(caption, lx, ly + 6 * line, model.isReal() ? pal.textMuted() : pal.warning());
    }

    private String eigenLine3(int k) {
        double[] v = model.verifiedVector(k);
        if (v == null) {
            return "λ" + SUB.charAt(k + 1) + " = " + b(model.real(k));
        }
        return "λ" + SUB.charAt(k + 1) + " = " + b(model.real(k)) + ",  v" + SUB.charAt(k + 1) + " = (" + b(v[0]) + ", " + b(v[1]) + ", " + b(v[2]) + ")";
    }

    // ------------------------------------------------------------------ animation and bench

    @Override
    protected void onReset() {
        lastA = null;
        parametersChanged();
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(sweep);
    }

    /** Sweeps x once round (2×2), then across the sphere (3×3), as play does. */
    @Override
    public void benchFrame(int frame) {
        int lap = (frame / 480) % 2;
        if (lap == 0 && model.size() != 2) {
            a.set(new double[][] {{2, 1}, {1, 2}});
        } else if (lap == 1 && model.size() != 3) {
            a.set(new double[][] {{2, 1, 0}, {1, 2, 0}, {0, 0, 3}});
        }
        sweep.advance(1.0 / 60);
        if (sweep.isFinished()) {
            sweep.rewind();
        }
    }
}
