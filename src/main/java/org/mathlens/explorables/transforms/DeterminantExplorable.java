package org.mathlens.explorables.transforms;

import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.Morph;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
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
 * The determinant as the factor by which A scales area or volume: drag the columns of a 2×2
 * A and watch the unit square's image grow, flip and collapse; orbit the unit cube's image
 * for 3×3; and unfold the cofactor expansion of any A up to 5×5, one minor at a time.
 */
public final class DeterminantExplorable extends AbstractExplorable {
    /** Seconds between two steps of the expansion while playing. */
    static final double STEP_SECONDS = 0.8;
    /** At least the hand steps of any 5×5 expansion (a full one with no zero takes 112). */
    static final int MAX_STEPS = 120;

    private final MatrixParameter a = parameters.add(MatrixParameter.square("A",
            "the matrix: 2×2 and 3×3 show their geometry, every size its cofactor expansion",
            new double[][] {{3, 1}, {1, 2}}, 2, 5));
    /**
     * How far the 2×2 picture has been carried from I (0) to A (1): the plane shows
     * M = (1 − s)I + sA with s = smooth(t). A parameter, so play, lessons, --set and undo agree.
     */
    private final ScalarParameter t = parameters.add(new ScalarParameter("t",
            "how far the 2×2 plane has moved from I (0) to A (1); play runs it", 1, 0, 1, 0.01));
    /** How many hand steps of the cofactor expansion are done: the tree is drawn from (A, steps). */
    private final ScalarParameter steps = parameters.add(new ScalarParameter("steps",
            "how many hand steps of the cofactor expansion are done (Step does one, Play counts them; beyond the last, all)",
            0, 0, MAX_STEPS, 1));
    private final DeterminantModel model = new DeterminantModel(a.value());
    /**
     * The matrix the 2×2 picture draws, M(A, t). Only {@link #parametersChanged} writes it, from
     * A and t, so it cannot disagree with them (the old copy was set by play alone, and went stale).
     */
    private final DeterminantModel shown = new DeterminantModel(a.value());
    /** The plane carried from I to A in 2.5 s, eased once by {@link Morph}; A itself never changes. */
    private final Play morph = Play.once(t, 1 / 2.5);
    /** One hand step every {@link #STEP_SECONDS}, up to the answer. */
    private final CountUp expand = new CountUp(steps, 0, () -> model.stepsToComplete(), () -> 1 / STEP_SECONDS);
    private double[][] expanded;
    private int stepsShown;
    private final PaneAnimation play = animatedBy(new BySize());
    private final double[] cube = new double[3];
    private Plane plane;
    private View3D view3d;
    private DeterminantExpansionView tree;

    public DeterminantExplorable() {
        super("determinant", "Determinant: how A scales area and volume", Section.TRANSFORMATIONS,
                "Drag the columns of A; the unit square's image has area |det A|. Step through the cofactor expansion.");
        readouts.add("det", "det A", () -> Reading.of(model.det()))
                .add("area", "area", () -> model.size() == 2 ? Reading.of(model.measure()) : Reading.undefined())
                .add("volume", "volume", () -> model.size() == 3 ? Reading.of(model.measure()) : Reading.undefined());
        parametersChanged();
    }

    public DeterminantModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        double[][] now = a.value();
        shown.set(Morph.of(now, t.value()));
        int k = (int) Math.round(steps.value());
        if (!Arrays.deepEquals(now, expanded)) {
            expanded = now;
            model.set(now);
            stepsShown = 0;
            showForSize();
            fitCube();
        }
        if (k < stepsShown && tree != null) {
            tree.scrollToTop();
        }
        stepsShown = k;
        model.showSteps(k);
    }

    private double homeRadius = 3.6;

    /** The furthest corner of the unit cube's image from the origin (3×3). */
    private double reach() {
        double best = 0;
        for (int mask = 1; mask < 8; mask++) {
            double x = 0;
            double y = 0;
            double z = 0;
            for (int j = 0; j < 3; j++) {
                if ((mask >> j & 1) == 1) {
                    x += model.entry(0, j);
                    y += model.entry(1, j);
                    z += model.entry(2, j);
                }
            }
            best = Math.max(best, Math.sqrt(x * x + y * y + z * z));
        }
        return best;
    }

    /** Frames the 3D view again when the box outgrows it, or has shrunk to a small part of it. */
    private void fitCube() {
        if (view3d == null || model.size() != 3) {
            return;
        }
        double want = Math.max(3.6, 1.1 * reach());
        if (Math.abs(want - homeRadius) > 0.25 * homeRadius) {
            homeRadius = want;
            view3d.setHome(want, Math.toRadians(35), Math.toRadians(25));
        }
    }

    @Override
    protected Node createView() {
        plane = buildPlane();
        view3d = build3D();
        tree = new DeterminantExpansionView(model::expansion, this::changed);
        tree.follow(revision());
        HBox box = new HBox(plane, view3d, tree);
        HBox.setHgrow(plane, Priority.ALWAYS);
        HBox.setHgrow(view3d, Priority.ALWAYS);
        box.getStyleClass().add("determinant-pane");
        showForSize();
        fitCube();
        return box;
    }

    /** 2×2: the plane beside the expansion; 3×3: the 3D view beside it; larger: the expansion alone. */
    private void showForSize() {
        if (plane == null) {
            return;
        }
        int n = model.size();
        show(plane, n == 2);
        show(view3d, n == 3);
        boolean alone = n > 3;
        HBox.setHgrow(tree, alone ? Priority.ALWAYS : Priority.NEVER);
        tree.setPrefWidth(alone ? 800 : n == 2 ? 300 : 340);
        tree.setMinWidth(alone ? 200 : n == 2 ? 280 : 320);
        tree.setMaxWidth(alone ? Double.MAX_VALUE : tree.getPrefWidth());
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    // ------------------------------------------------------------------ 2×2: the plane

    /** The name of the matrix drawn: A, or M = (1 − s)I + sA while play carries the plane from I to A. */
    private String drawn() {
        return t.value() < 1 ? "M" : "A";
    }

    private Vec2 col(int j) {
        return new Vec2(shown.entry(0, j), shown.entry(1, j));
    }

    private Color areaColour(Palette pal) {
        return shown.flipsOrientation() ? pal.warning() : pal.result();
    }

    private Plane buildPlane() {
        Plane p = Plane.following(revision(), history(), -4.5, 5.5, -3.5, 4.5);
        p.add(this::drawImageGrid);
        p.add(Drawable.named(this::drawSquares, () -> shown.size() != 2 ? null : shown.isSingular()
                ? "the image of the unit square: flattened, area 0"
                : "A · unit square: a parallelogram of area |det A| = " + Numbers.brief(shown.measure(), 3)
                + (shown.flipsOrientation() ? ", turned over" : ""),
                (g, sx, sy) -> shown.inImageOfUnitSquare(g.view().wx(sx), g.view().wy(sy))));
        p.add(new org.mathlens.kit.Arrow("a₁ = A·e₁, the first column of A: where (1, 0) lands", () -> Vec2.ZERO,
                () -> shown.size() == 2 ? col(0) : Vec2.ZERO, Palette::first, 3, () -> "A·e₁"));
        p.add(new org.mathlens.kit.Arrow("a₂ = A·e₂, the second column of A: where (0, 1) lands", () -> Vec2.ZERO,
                () -> shown.size() == 2 ? col(1) : Vec2.ZERO, Palette::second, 3, () -> "A·e₂"));
        p.add(this::drawCaption);
        p.add(new Legend()
                .add(Palette::first, () -> drawn() + "·e₁ = " + pair(col(0)))
                .add(Palette::second, () -> drawn() + "·e₂ = " + pair(col(1)))
                .add(this::areaColour, () -> "det " + drawn() + " = " + shown.twoByTwoFormula() + " = " + Numbers.brief(shown.det(), 4))
                .add(this::areaColour, () -> "area = |det " + drawn() + "| = " + Numbers.brief(shown.measure(), 4)));
        p.addHandle(new Handle("A·e₁: drag to change column 1 of A", Palette::first,
                () -> shown.size() == 2 ? col(0).toArray() : new double[] {0, 0}, (x, y) -> moveColumn(0, x, y)));
        p.addHandle(new Handle("A·e₂: drag to change column 2 of A", Palette::second,
                () -> shown.size() == 2 ? col(1).toArray() : new double[] {0, 0}, (x, y) -> moveColumn(1, x, y)));
        return p;
    }

    private void moveColumn(int j, double x, double y) {
        if (shown.size() != 2) {
            return;
        }
        // the handle sits on the column drawn; grabbing it mid-play makes the drawn matrix A itself
        double[][] m = Arrays.stream(shown.matrix()).map(double[]::clone).toArray(double[][]::new);
        m[0][j] = Math.max(-50, Math.min(50, x));
        m[1][j] = Math.max(-50, Math.min(50, y));
        try {
            parameters.setAll(java.util.Map.of("A", a.format(m), "t", "1"));
        } catch (ParameterException refused) {
            // the matrix stays as it was
        }
    }

    /** The whole grid carried along by A, faintly, so the learner sees space itself being stretched. */
    private void drawImageGrid(Painter p) {
        if (shown.size() != 2) {
            return;
        }
        double a11 = shown.entry(0, 0);
        double a12 = shown.entry(0, 1);
        double a21 = shown.entry(1, 0);
        double a22 = shown.entry(1, 1);
        Color c = Palette.fill(p.palette().first(), 0.16);
        int r = 8;
        for (int k = -r; k <= r; k++) {
            p.line(a11 * k - a12 * r, a21 * k - a22 * r, a11 * k + a12 * r, a21 * k + a22 * r, c, 1);
            p.line(-a11 * r + a12 * k, -a21 * r + a22 * k, a11 * r + a12 * k, a21 * r + a22 * k, c, 1);
        }
    }

    private final double[] px = new double[4];
    private final double[] py = new double[4];

    private void drawSquares(Painter p) {
        if (shown.size() != 2) {
            return;
        }
        Palette pal = p.palette();
        // the unit square before A, dashed
        Color muted = Palette.fill(pal.textMuted(), 0.8);
        p.dashedLine(0, 0, 1, 0, muted, 1.2);
        p.dashedLine(1, 0, 1, 1, muted, 1.2);
        p.dashedLine(1, 1, 0, 1, muted, 1.2);
        p.dashedLine(0, 1, 0, 0, muted, 1.2);
        Vec2 u = col(0);
        Vec2 v = col(1);
        Vec2 s = u.plus(v);
        Color c = areaColour(pal);
        if (shown.isSingular()) {
            // flattened: the image is a segment (or the origin), drawn thick
            double[] xs = {0, u.x(), v.x(), s.x()};
            double[] ys = {0, u.y(), v.y(), s.y()};
            int lo = 0;
            int hi = 0;
            for (int i = 1; i < 4; i++) {
                double key = xs[i] + 1e-3 * ys[i];
                if (key < xs[lo] + 1e-3 * ys[lo]) {
                    lo = i;
                }
                if (key > xs[hi] + 1e-3 * ys[hi]) {
                    hi = i;
                }
            }
            p.line(xs[lo], ys[lo], xs[hi], ys[hi], Palette.fill(pal.warning(), 0.55), 7);
            p.dot(0, 0, 6, pal.warning());
            return;
        }
        px[0] = 0;
        py[0] = 0;
        px[1] = u.x();
        py[1] = u.y();
        px[2] = s.x();
        py[2] = s.y();
        px[3] = v.x();
        py[3] = v.y();
        p.polygon(px, py, 4, Palette.fill(c, 0.26), Palette.fill(c, 0.9), 2);
        drawTurn(p, u, v, c);
        // the number in the middle of the shape it measures
        p.screenLabel((shown.flipsOrientation() ? "area " : "area ") + Numbers.brief(shown.measure(), 3),
                p.sx(s.x() / 2), p.sy(s.y() / 2), c, true, javafx.scene.text.TextAlignment.CENTER);
    }

    /** A small arc from a₁ towards a₂: counter-clockwise keeps orientation, clockwise turns it over. */
    private void drawTurn(Painter p, Vec2 u, Vec2 v, Color c) {
        double r = Math.min(0.45, 0.35 * Math.min(u.norm(), v.norm()));
        if (!(r > 0.05)) {
            return;
        }
        double t0 = Math.atan2(u.y(), u.x());
        double t1 = Math.atan2(v.y(), v.x());
        double d = Math.IEEEremainder(t1 - t0, 2 * Math.PI);
        p.arcFromOrigin(r, t0, d, 14, c, 2, true);
    }

    private void drawCaption(Painter p) {
        if (shown.size() != 2) {
            return;
        }
        Palette pal = p.palette();
        String text = shown.shapeSentence();
        Color c = shown.isSingular() || shown.flipsOrientation() ? pal.warning() : pal.textMuted();
        p.screenLabel(text, p.view().width() / 2, p.view().height() - p.ui(22), c, true, javafx.scene.text.TextAlignment.CENTER);
    }

    private static String pair(Vec2 w) {
        return Numbers.pair(w.x(), w.y(), 2);
    }

    // ------------------------------------------------------------------ 3×3: the unit cube's image

    private View3D build3D() {
        return View3D.of(revision(), 3.6, this::draw3D);
    }

    private void draw3D(Sketch3D s) {
        if (model.size() != 3) {
            return;
        }
        Palette pal = s.palette();
        double r = Math.max(3, Math.ceil(reach()));
        s.room(r, r > 6 ? 2 : 1);
        Color muted = Palette.fill(pal.textMuted(), 0.8);
        for (int e = 0; e < 12; e++) {
            int axis = e / 4;
            int k = e % 4;
            cube[axis] = 0;
            cube[(axis + 1) % 3] = k & 1;
            cube[(axis + 2) % 3] = (k >> 1) & 1;
            s.line(cube[0], cube[1], cube[2], cube[0] + (axis == 0 ? 1 : 0), cube[1] + (axis == 1 ? 1 : 0),
                    cube[2] + (axis == 2 ? 1 : 0), muted, 1).dashed().named("the unit cube, before A");
        }
        double[] u = model.column(0);
        double[] v = model.column(1);
        double[] w = model.column(2);
        Color c = model.flipsOrientation() ? pal.warning() : pal.result();
        String name = "A · unit cube: volume |det A| = " + Numbers.brief(model.measure(), 3)
                + (model.flipsOrientation() ? ", turned inside out" : "");
        s.parallelepiped(u, v, w, Palette.fill(c, 0.42), name);
        s.arrow(0, 0, 0, u[0], u[1], u[2], pal.first(), 3).named("a₁ = A·e₁, column 1 of A");
        s.arrow(0, 0, 0, v[0], v[1], v[2], pal.second(), 3).named("a₂ = A·e₂, column 2 of A");
        s.arrow(0, 0, 0, w[0], w[1], w[2], pal.extra(), 3).named("a₃ = A·e₃, column 3 of A");
        s.label("A·e₁", u[0], u[1], u[2], pal.first()).bold().offset(8, -8);
        s.label("A·e₂", v[0], v[1], v[2], pal.second()).bold().offset(8, -8);
        s.label("A·e₃", w[0], w[1], w[2], pal.extra()).bold().offset(8, -8);
        s.label("volume " + Numbers.brief(model.measure(), 3), (u[0] + v[0] + w[0]) / 2, (u[1] + v[1] + w[1]) / 2,
                (u[2] + v[2] + w[2]) / 2, c).bold();
        // the numbers beside the picture, as the 2D legend shows them
        double x = s.ui(16);
        double y = s.ui(22);
        double line = s.ui(22);
        s.screenLabel("A·e₁ = " + triple(u), x, y, pal.first()).bold();
        s.screenLabel("A·e₂ = " + triple(v), x, y + line, pal.second()).bold();
        s.screenLabel("A·e₃ = " + triple(w), x, y + 2 * line, pal.extra()).bold();
        s.screenLabel("det A = " + Numbers.brief(model.det(), 4), x, y + 3 * line, c).bold();
        s.screenLabel("volume = |det A| = " + Numbers.brief(model.measure(), 4), x, y + 4 * line, c).bold();
        s.screenLabel(model.shapeSentence(), x, y + 5 * line,
                model.isSingular() || model.flipsOrientation() ? pal.warning() : pal.textMuted());
    }

    private static String triple(double[] w) {
        return "(" + Numbers.brief(w[0], 2) + ", " + Numbers.brief(w[1], 2) + ", " + Numbers.brief(w[2], 2) + ")";
    }

    // ------------------------------------------------------------------ animation and bench

    @Override
    protected void onReset() {
        expand.resetClock();
    }

    /** Drags the second column of a 2×2 A round a circle (the area grows, vanishes, flips) and steps the expansion. */
    @Override
    public void benchFrame(int frame) {
        double t = frame * 2 * Math.PI / 240;
        a.set(new double[][] {{2, Math.round(200 * Math.cos(t)) / 100.0}, {0.5, Math.round(200 * Math.sin(t)) / 100.0}});
        expand.advance(1.0 / 60);
        if (expand.isFinished()) {
            expand.rewind();
        }
    }

    /** 2×2: play morphs the plane from I to A; larger: play works through the cofactor expansion. */
    private final class BySize implements PaneAnimation {
        private PaneAnimation now() {
            return model.size() == 2 ? morph : expand;
        }

        @Override
        public void advance(double seconds) {
            now().advance(seconds);
        }

        @Override
        public void step() {
            now().step();
        }

        @Override
        public boolean isFinished() {
            return now().isFinished();
        }

        @Override
        public void rewind() {
            now().rewind();
        }
    }
}
