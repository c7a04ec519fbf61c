package org.mathlens.explorables.decompositions;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Caption;
import org.mathlens.kit.FormulaView;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.OneOfTwo;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Sketch3D;
import org.mathlens.kit.View3D;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * The SVD as three moves of the unit circle (sphere): Vᵀ turns it so the right singular
 * vectors lie on the axes, Σ stretches along the axes by σᵢ, U turns the ellipse into place.
 * {@code stage} (0…3) is the progress; at rest (stage 3) the final ellipse sits over the circle
 * with a ghost of the axis-aligned ellipse Σ made, so the idea shows before Play.
 */
public final class SvdExplorable extends AbstractExplorable {
    private static final String SUB = "₀₁₂₃";

    private final MatrixParameter a = parameters.add(MatrixParameter.square("A",
            "the matrix, 2×2 or 3×3", new double[][] {{1, 1}, {0, 1}}, 2, 3));
    private final ScalarParameter stage = parameters.add(new ScalarParameter("stage",
            "how far the three moves have gone: 0 the circle, 1 after Vᵀ, 2 after Σ, 3 after U", 3, 0, 3, 0.05)).labelled("stage of the play");
    private final SvdModel model = new SvdModel(a.value(), stage.value());
    private final Play play = animatedBy(Play.once(stage, 0.6));
    private double[][] lastA;
    private Plane plane;
    private View3D view3d;
    private FormulaView link;

    public SvdExplorable() {
        super("svd", "Singular value decomposition: rotate, stretch, rotate", Section.DECOMPOSITIONS,
                "Press play: the unit circle turns (Vᵀ), stretches along the axes (Σ) and turns again (U) into A's ellipse.");
        Presets.of("a shear", "A = [[1, 1], [0, 1]]")
                .and("rank one", "A = [[1, 2], [2, 4]]")
                .and("a reflection", "A = [[0, 1], [1, 0]]")
                .and("near-singular", "A = [[1, 1], [1, 1.02]]")
                .and("a 3×3 stretch", "A = [[2, 1, 0], [0, 1, 1], [1, 0, 1.5]]")
                .install(parameters, "preset", "a named example; editing A makes it custom");
        readouts.add("sigma", "σ (largest first)", () -> Reading.of(model.sigma()))
                .add("U", "U", () -> Reading.of(model.u()))
                .add("V", "V", () -> Reading.of(model.v()))
                .add("rank", "rank", () -> Reading.of(model.rank()))
                .add("condition", "condition σ₁/σₙ", () -> Double.isInfinite(model.condition())
                        ? Reading.word("infinite") : Reading.of(model.condition()));
        parametersChanged();
    }

    public SvdModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        if (a.get() != lastA) {
            lastA = a.get();
            model.setMatrix(a.value());
            if (plane != null) {
                fitPlane();
            }
        }
        model.setProgress(stage.value());
        if (link != null) {
            link.setLatex(linkLatex());
            showForSize();
        }
    }

    @Override
    protected Node createView() {
        plane = buildPlane();
        view3d = View3D.of(revision(), 3.4, this::draw3D);
        link = new FormulaView(linkLatex());
        link.setSize(18);
        HBox strip = new HBox(link);
        strip.setAlignment(Pos.CENTER);
        strip.setPadding(new Insets(6, 12, 8, 12));
        BorderPane box = new BorderPane(new StackPane(plane, view3d));
        box.setBottom(strip);
        fitPlane();
        showForSize();
        return box;
    }

    /** The typeset link to AᵀA, from the same σ the bars and readouts show. */
    String linkLatex() {
        int n = model.size();
        StringBuilder s = new StringBuilder("A = U\\Sigma V^{\\top},\\quad A^{\\top}A = V\\Sigma^{2}V^{\\top}:\\ \\text{its eigenvalues are }");
        for (int i = 0; i < n; i++) {
            double sig = model.sigma(i);
            s.append(i == 0 ? "" : ",\\ ").append("\\sigma_").append(i + 1).append("^2 = ")
                    .append(n == 2 ? Numbers.brief(sig, 3) + "^2 = " : "").append(Numbers.brief(sig * sig, 3));
        }
        return s.toString();
    }

    private void showForSize() {
        OneOfTwo.show(model.size() == 2, plane, view3d);
    }

    private void fitPlane() {
        double r = Math.max(1, model.sigma(0)) * 1.05 + 0.25;
        plane.setHome(-1.9 * r, 1.9 * r, -1.15 * r, 1.15 * r);
    }

    // ------------------------------------------------------------------ 2×2

    private Plane buildPlane() {
        Plane p = new Plane();
        p.follow(revision());
        p.setHistory(history());
        p.add(this::drawShapes);
        for (int i = 0; i < 2; i++) {
            int k = i;
            Function<Palette, Color> role = k == 0 ? Palette::first : Palette::second;
            p.add(new Arrow("v" + SUB.charAt(k + 1) + ", the right singular vector on the unit circle",
                    () -> Vec2.ZERO, () -> vec(model.rightVector(k)), pal -> Palette.fill(role.apply(pal), 0.55), 2,
                    () -> model.progress() > 0 ? "v" + SUB.charAt(k + 1) : ""));
            p.add(new Arrow("where v" + SUB.charAt(k + 1) + " is now: σ" + SUB.charAt(k + 1) + "u" + SUB.charAt(k + 1) + " on the ellipse once all three moves are done",
                    () -> Vec2.ZERO, () -> vec(model.movedVector(k)), role, 3.5, () -> movedLabel(k)));
        }
        p.add(this::drawBars);
        p.add(new Legend()
                .add(p2 -> p2.text(), () -> "A = " + Numbers.format(model.a()))
                .add(Palette::first, () -> "σ₁ = " + b(model.sigma(0)) + ",  v₁ = " + pair(model.rightVector(0)) + ",  u₁ = " + pair(model.leftVector(0)))
                .add(Palette::second, () -> "σ₂ = " + b(model.sigma(1)) + ",  v₂ = " + pair(model.rightVector(1)) + ",  u₂ = " + pair(model.leftVector(1)))
                .add(p2 -> p2.textMuted(), this::rankLine));
        p.add(new Caption(this::caption, p2 -> p2.text(), 0));
        for (int j = 0; j < 2; j++) {
            int col = j;
            p.addHandle(new Handle("column " + (col + 1) + " of A (where e" + SUB.charAt(col + 1) + " lands): drag to change A",
                    Palette::learner, () -> new double[] {model.a()[0][col], model.a()[1][col]}, (hx, hy) -> {
                        double[][] m = a.get();
                        double[][] next = {m[0].clone(), m[1].clone()};
                        next[0][col] = Math.round(hx * 100) / 100.0;
                        next[1][col] = Math.round(hy * 100) / 100.0;
                        a.set(next);
                    }));
        }
        return p;
    }

    String rankLine() {
        double c = model.condition();
        return "rank " + model.rank() + ",  condition σ₁/σ₂ = " + (Double.isInfinite(c) ? "infinite" : b(c));
    }

    private String movedLabel(int k) {
        String i = String.valueOf(SUB.charAt(k + 1));
        double p = model.progress();
        return p <= 0 ? "v" + i : p >= 3 ? "σ" + i + "u" + i : p <= 1 ? "Vᵀv" + i : p <= 2 ? "ΣVᵀv" + i : "σ" + i + "u" + i;
    }

    String caption() {
        double p = model.progress();
        String reflect = model.uReflects() ? " — and flips: det A < 0" : "";
        if (p <= 0) {
            return "the unit circle, with v₁ and v₂ on it: press play";
        }
        if (p >= 3) {
            return "A sends the circle to this ellipse: v₁ ↦ σ₁u₁, v₂ ↦ σ₂u₂ (the dashed ellipse is after Σ)";
        }
        return "move " + (model.size() == 0 ? 0 : SvdModel.STAGES.current(p) + 1) + " of 3: " + model.describe()
                + (SvdModel.STAGES.current(p) == 2 ? reflect : "");
    }

    private void drawShapes(Painter p) {
        if (model.size() != 2) {
            return;
        }
        Palette pal = p.palette();
        p.circle(0, 0, 1, null, Palette.fill(pal.learner(), 0.7), 1.8);
        double prog = model.progress();
        if (prog > 2) {
            // the ghost of move 2: the axis-aligned ellipse Σ made, before U turned it
            double s1 = model.sigma(0);
            double s2 = model.sigma(1);
            int n = 60;
            double lx = s1;
            double ly = 0;
            for (int k = 1; k <= n; k++) {
                double t = 2 * Math.PI * k / n;
                double nx = s1 * Math.cos(t);
                double ny = s2 * Math.sin(t);
                if (k % 2 == 0) {
                    p.line(lx, ly, nx, ny, Palette.fill(pal.textMuted(), 0.8), 1.5);
                }
                lx = nx;
                ly = ny;
            }
        }
        double[] im = model.images();
        int n = model.pointCount();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = im[3 * k];
            ys[k] = im[3 * k + 1];
        }
        p.polygon(xs, ys, n, Palette.fill(pal.result(), 0.12), pal.result(), 2.5);
    }

    /** The singular values as bars in the bottom-right corner, each labelled with its value. */
    private void drawBars(Painter p) {
        Palette pal = p.palette();
        int n = model.size();
        double barW = p.ui(34);
        double gap = p.ui(22);
        double maxH = p.ui(110);
        double right = p.view().width() - p.ui(24);
        double base = p.view().height() - p.ui(78);
        double left = right - n * barW - (n - 1) * gap;
        var g = p.gc();
        g.setFill(Palette.fill(pal.background(), 0.9));
        g.fillRoundRect(left - p.ui(14), base - maxH - p.ui(40), right - left + p.ui(28), maxH + p.ui(72), p.ui(8), p.ui(8));
        p.screenLabel("singular values", (left + right) / 2, base - maxH - p.ui(24), pal.text(), true, TextAlignment.CENTER);
        double top = Math.max(model.sigma(0), 1e-12);
        Color[] roles = {pal.first(), pal.second(), pal.extra()};
        for (int i = 0; i < n; i++) {
            double h = maxH * model.sigma(i) / top;
            double x = left + i * (barW + gap);
            g.setFill(roles[i]);
            g.fillRect(x, base - h, barW, h);
            p.screenLabel(b(model.sigma(i)), x + barW / 2, base - h - p.ui(10), roles[i], true, TextAlignment.CENTER);
            p.screenLabel("σ" + SUB.charAt(i + 1), x + barW / 2, base + p.ui(14), pal.text(), true, TextAlignment.CENTER);
        }
        g.setStroke(pal.axis());
        g.setLineWidth(p.ui(1.5));
        g.strokeLine(left - p.ui(6), base, right + p.ui(6), base);
    }

    // ------------------------------------------------------------------ 3×3

    private void draw3D(Sketch3D s) {
        if (model.size() != 3) {
            return;
        }
        Palette pal = s.palette();
        s.room(3, 1);
        s.sphereAndImage(model.unitPoints(), "the unit sphere", model.images(), 0.6, 2.2, "the sphere after the moves so far");
        Color[] roles = {pal.first(), pal.second(), pal.extra()};
        for (int k = 0; k < 3; k++) {
            double[] v = model.rightVector(k);
            double[] m = model.movedVector(k);
            String i = String.valueOf(SUB.charAt(k + 1));
            s.line(0, 0, 0, v[0], v[1], v[2], Palette.fill(roles[k], 0.55), 2).dashed().named("v" + i + " on the unit sphere");
            s.arrow(0, 0, 0, m[0], m[1], m[2], roles[k], 3.5).named("where v" + i + " is now (σ" + i + "u" + i + " at the end)");
            s.label(movedLabel(k), m[0], m[1], m[2], roles[k]).bold().offset(8, -8);
        }
        double lx = s.ui(16);
        double ly = s.ui(22);
        double line = s.ui(24);
        s.screenLabel("A = " + Numbers.format(model.a()), lx, ly, pal.text()).bold();
        for (int k = 0; k < 3; k++) {
            s.screenLabel("σ" + SUB.charAt(k + 1) + " = " + b(model.sigma(k)), lx, ly + (1 + k) * line, roles[k]).bold();
        }
        s.screenLabel(rankLine().replace("σ₂", "σ₃"), lx, ly + 4 * line, pal.textMuted());
        s.screenLabel(caption().replace("v₁ and v₂", "v₁, v₂, v₃").replace("circle", "sphere").replace("ellipse", "ellipsoid"),
                lx, ly + 5 * line, pal.text());
    }

    private static Vec2 vec(double[] v) {
        return new Vec2(v[0], v[1]);
    }

    private static String pair(double[] v) {
        return Numbers.pair(v[0], v[1], 2);
    }

    private static String b(double x) {
        return Numbers.brief(x, 2);
    }

    // ------------------------------------------------------------------ animation and bench

    @Override
    protected void onReset() {
        lastA = null;
        parametersChanged();
    }

    /** Plays the three moves on the shear, then on a 3×3, as a learner pressing play would. */
    @Override
    public void benchFrame(int frame) {
        int lap = (frame / 300) % 2;
        if (frame % 300 == 0) {
            a.set(lap == 0 ? new double[][] {{1, 1}, {0, 1}} : new double[][] {{2, 1, 0}, {0, 1, 1}, {1, 0, 1.5}});
            play.rewind();
        }
        play.advance(1.0 / 60);
    }
}
