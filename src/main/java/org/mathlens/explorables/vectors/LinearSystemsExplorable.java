package org.mathlens.explorables.vectors;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Section;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.Drawable;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.Shapes3D;
import org.mathlens.kit.Sketch3D;
import org.mathlens.kit.View3D;
import org.mathlens.math.Numbers;

/**
 * A·x = b with two equations (two lines in the plane) or three (three planes in an orbitable
 * 3D view): one solution, none, or infinitely many, and Gauss–Jordan elimination stepped
 * through one row operation at a time, the lines or planes turning as each operation changes
 * the equations, until the reduced system reads x = …, y = … (, z = …).
 */
public final class LinearSystemsExplorable extends AbstractExplorable {
    /** A named system with a story; {@code story} lines are written above the elimination. */
    record Preset(double[][] a, double[] b, String... story) {
    }

    static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put("sheriff", new Preset(new double[][] {{2.5, -1}, {3, -1}}, new double[] {0, 15, 0},
                "Sheriff chases a robber. x = minutes since the",
                "robber left, y = km from town. The robber rides",
                "2.5 km/min: y = 2.5x. The sheriff leaves 5 min",
                "later at 3 km/min: y = 3(x − 5). When and where?"));
        PRESETS.put("solar-panels", new Preset(new double[][] {{3, 2}, {1, 4}}, new double[] {26, 32, 0},
                "Two kinds of solar panel. Roof 1: 3 small + 2",
                "large make 26 kWh a day; roof 2: 1 small + 4",
                "large make 32 kWh. x = kWh of a small panel,",
                "y = kWh of a large one."));
        PRESETS.put("parallel", new Preset(new double[][] {{1, 2}, {2, 4}}, new double[] {4, 2, 0},
                "x + 2y = 4 and 2x + 4y = 2: the same slope,",
                "different heights."));
        PRESETS.put("same-line", new Preset(new double[][] {{1, -1}, {2, -2}}, new double[] {1, 2, 0},
                "x − y = 1 and 2x − 2y = 2: the second is the",
                "first, doubled."));
        PRESETS.put("three-planes", new Preset(new double[][] {{1, 1, 1}, {2, -1, 1}, {1, 2, -1}}, new double[] {6, 3, 2},
                "Three planes through one point."));
        PRESETS.put("planes-no-point", new Preset(new double[][] {{1, 1, 1}, {1, -1, 2}, {2, 0, 3}}, new double[] {3, 2, 1},
                "Row 3 = row 1 + row 2 on the left, but 1 ≠ 3 + 2",
                "on the right: each pair of planes meets, never all."));
        PRESETS.put("planes-share-a-line", new Preset(new double[][] {{1, 1, 1}, {1, -1, 2}, {2, 0, 3}}, new double[] {3, 2, 5},
                "Row 3 = row 1 + row 2, and 5 = 3 + 2: the third",
                "plane holds the line the first two share."));
    }

    private static final String CUSTOM = "custom";
    /** Seconds per row operation while playing: the motion, then a pause to read it. */
    static final double SECONDS_PER_OP = 1.8;
    private static final double MOVING = 0.65;

    private final ChoiceParameter preset = parameters.add(new ChoiceParameter("preset",
            "a classic system to start from; editing A or b makes it custom", "sheriff",
            concat(List.copyOf(PRESETS.keySet()), CUSTOM)));
    private final MatrixParameter matrix = parameters.add(MatrixParameter.square("A",
            "the coefficients: one row per equation (2×2: two lines, 3×3: three planes)",
            PRESETS.get("sheriff").a(), 2, 3));
    private final VectorParameter rhs = parameters.add(new VectorParameter("b",
            "the right-hand sides; a 2×2 system uses the first two", PRESETS.get("sheriff").b(), 1000));

    private final LinearSystemsModel model = new LinearSystemsModel(PRESETS.get("sheriff").a(), PRESETS.get("sheriff").b());
    private final Elimination elimination = new Elimination();
    private String applied = "sheriff";
    private boolean applying;
    private double[][] current = new double[2][3];
    private double[] home2 = {-10, 40, -10, 85};
    private double box = 4;

    public LinearSystemsExplorable() {
        super("linear-systems", "Linear systems: lines, planes and elimination", Section.VECTORS_AND_MATRICES,
                "Pick a system or type A and b; step through the row operations (N / P keys, or Play) until x, y (, z) can be read off.");
        readouts.add("solution", "solution x", () -> switch (model.kind()) {
                    case UNIQUE -> Reading.of(model.solution());
                    case NONE -> Reading.word("none");
                    case INFINITE -> Reading.word("infinite");
                })
                .add("rank", "rank A", () -> Reading.of(model.rank()))
                .add("det", "det A", () -> Reading.of(model.det()));
        parametersChanged();
    }

    private static List<String> concat(List<String> a, String b) {
        String[] all = Arrays.copyOf(a.toArray(new String[0]), a.size() + 1);
        all[a.size()] = b;
        return List.of(all);
    }

    public LinearSystemsModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        String chosen = preset.get();
        if (!chosen.equals(applied)) {
            applied = chosen;
            Preset p = PRESETS.get(chosen);
            if (p != null) {
                applying = true;
                try {
                    matrix.set(p.a());
                    rhs.set(p.b());
                } finally {
                    applying = false;
                }
            }
        }
        Preset p = PRESETS.get(applied);
        if (p != null && !applying && !(Arrays.deepEquals(p.a(), matrix.get()) && Arrays.equals(p.b(), rhs.get()))) {
            applied = CUSTOM;
            preset.set(CUSTOM); // the edited system is no longer the story: say so in the control
        }
        model.set(matrix.get(), rhs.get());
        int n = model.n();
        if (current.length != n) {
            current = new double[n][n + 1];
        }
        elimination.done = 0;
        elimination.phase = 0;
        chooseFrames();
    }

    /** The 2D home box and the 3D box: the origin, the solution (or where the lines are) and a margin. */
    private void chooseFrames() {
        double[] x = model.solution();
        double reach = 0;
        if (x != null) {
            for (double v : x) {
                reach = Math.max(reach, Math.abs(v));
            }
        }
        box = Math.min(60, Math.max(4, Math.ceil(reach * 1.25 + 0.5)));
        if (model.n() != 2) {
            return;
        }
        double x0 = -5;
        double x1 = 5;
        double y0 = -5;
        double y1 = 5;
        if (x != null && Math.abs(x[0]) < 1e4 && Math.abs(x[1]) < 1e4) {
            x0 = Math.min(x0, x[0]);
            x1 = Math.max(x1, x[0]);
            y0 = Math.min(y0, x[1]);
            y1 = Math.max(y1, x[1]);
        }
        double pad = 0.2 * Math.max(x1 - x0, y1 - y0);
        double[] next = {x0 - pad, x1 + pad, y0 - pad, y1 + pad};
        if (!Arrays.equals(next, home2)) {
            home2 = next;
            if (plane != null) {
                plane.setHome(home2[0], home2[1], home2[2], home2[3]);
            }
        }
    }

    /** The equations as drawn now: after {@code done} operations and part of the next. */
    private double[][] currentSystem() {
        double t = Math.min(1, elimination.phase / MOVING);
        double eased = t * t * (3 - 2 * t);
        model.between(Math.min(elimination.done, model.steps()), eased, current);
        return current;
    }

    // ------------------------------------------------------------------------ the picture

    private Plane plane;
    private View3D view3d;
    private LinearSystemsCard card;

    @Override
    protected Node createView() {
        plane = new Plane();
        plane.setHome(home2[0], home2[1], home2[2], home2[3]);
        plane.follow(revision());
        plane.setHistory(history());
        for (int i = 0; i < 2; i++) {
            plane.add(new Line2(i));
        }
        plane.add(new SolutionDot());
        plane.add(p -> {
            if (model.n() == 2) {
                verdictLabel(p);
            }
        });

        view3d = View3D.of(revision(), 7, this::sketch);

        card = new LinearSystemsCard(this);
        card.follow(revision());

        StackPane picture = new StackPane(plane, view3d);
        HBox.setHgrow(picture, Priority.ALWAYS);
        HBox root = new HBox(card, picture);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        showFor(model.n());
        revision().addListener(o -> showFor(model.n()));
        return root;
    }

    private int shown = -1;

    private void showFor(int n) {
        if (n == shown) {
            return;
        }
        shown = n;
        plane.setVisible(n == 2);
        plane.setManaged(true);
        view3d.setVisible(n == 3);
        if (n == 3) {
            view3d.setHome(box * 1.75, Math.toRadians(35), Math.toRadians(25));
        }
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case N, ENTER, PAGE_DOWN -> elimination.step();
            case P, BACK_SPACE, PAGE_UP -> elimination.back();
            case HOME -> elimination.rewind();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void verdictLabel(Painter p) {
        Color c = model.kind() == LinearSystemsModel.Kind.NONE ? p.palette().warning() : p.palette().text();
        p.screenLabel(model.verdict(), p.ui(12), p.view().height() - p.ui(18), c, true, TextAlignment.LEFT);
    }

    static Color role(Palette p, int i) {
        return switch (i) {
            case 0 -> p.first();
            case 1 -> p.second();
            default -> p.learner();
        };
    }

    /** Line i of the 2D system as it stands now: a·x + b·y = c, across the whole view. */
    private final class Line2 implements Drawable {
        private final int i;
        private String name;

        Line2(int i) {
            this.i = i;
        }

        private boolean coincidesWithFirst(double[][] s) {
            double[] r0 = s[0];
            double[] r1 = s[1];
            double cross1 = r0[0] * r1[1] - r0[1] * r1[0];
            double cross2 = r0[0] * r1[2] - r0[2] * r1[0];
            double cross3 = r0[1] * r1[2] - r0[2] * r1[1];
            double scale = 1e-9 * (1 + Math.abs(r0[0]) + Math.abs(r0[1]) + Math.abs(r0[2]))
                    * (1 + Math.abs(r1[0]) + Math.abs(r1[1]) + Math.abs(r1[2]));
            return Math.abs(cross1) <= scale && Math.abs(cross2) <= scale && Math.abs(cross3) <= scale;
        }

        @Override
        public void draw(Painter p) {
            if (model.n() != 2) {
                name = null;
                return;
            }
            double[][] s = currentSystem();
            double a = s[i][0];
            double b = s[i][1];
            double c = s[i][2];
            double len2 = a * a + b * b;
            String eq = LinearSystemsModel.equation(s[i], 2);
            name = "equation " + (i + 1) + " (" + LinearSystemsModel.row(i) + "): " + eq;
            if (!(len2 > 1e-18)) {
                return; // 0 = c: no line to draw; the card and the verdict say what it means
            }
            double px = c * a / len2;
            double py = c * b / len2;
            Color color = role(p.palette(), i);
            boolean dashed = i == 1 && coincidesWithFirst(s);
            if (dashed) {
                double reach = 2 * Math.hypot(p.view().maxX() - p.view().minX(), p.view().maxY() - p.view().minY())
                        + Math.hypot(px - p.view().centerX(), py - p.view().centerY());
                double ux = -b / Math.sqrt(len2) * reach;
                double uy = a / Math.sqrt(len2) * reach;
                p.dashedLine(px - ux, py - uy, px + ux, py + uy, color, 3);
            } else {
                p.infiniteLine(px, py, -b, a, color, i == 0 ? 3 : 2.5);
            }
            labelOnLine(p, px, py, -b, a, eq, color);
        }

        /** The equation beside the visible part of the line: far along it for line 1, early for line 2. */
        private void labelOnLine(Painter p, double px, double py, double dx, double dy, String text, Color color) {
            double len = Math.hypot(dx, dy);
            dx /= len;
            dy /= len;
            double m = 0.12;
            double w = p.view().maxX() - p.view().minX();
            double h = p.view().maxY() - p.view().minY();
            double lo = Double.NEGATIVE_INFINITY;
            double hi = Double.POSITIVE_INFINITY;
            double[][] slabs = {
                {px, dx, p.view().minX() + m * w, p.view().maxX() - 0.3 * w},
                {py, dy, p.view().minY() + m * h, p.view().maxY() - m * h}};
            for (double[] sl : slabs) {
                if (Math.abs(sl[1]) < 1e-12) {
                    if (sl[0] < sl[2] || sl[0] > sl[3]) {
                        return;
                    }
                    continue;
                }
                double t1 = (sl[2] - sl[0]) / sl[1];
                double t2 = (sl[3] - sl[0]) / sl[1];
                lo = Math.max(lo, Math.min(t1, t2));
                hi = Math.min(hi, Math.max(t1, t2));
            }
            if (!(lo <= hi)) {
                return;
            }
            double t = lo + (i == 0 ? 0.85 : 0.2) * (hi - lo);
            // on the upper-left side of the line, away from it by a few pixels
            double nx = -dy;
            double ny = dx;
            if (ny < 0) {
                nx = -nx;
                ny = -ny;
            }
            p.label(text, px + t * dx, py + t * dy, nx * 14 - 4, -ny * 14 - 6, color, true);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            if (model.n() != 2) {
                return false;
            }
            double[] r = currentSystem()[i];
            double len = Math.hypot(r[0], r[1]);
            if (!(len > 1e-9)) {
                return false;
            }
            double wx = p.view().wx(sx);
            double wy = p.view().wy(sy);
            return Math.abs(r[0] * wx + r[1] * wy - r[2]) / len * p.view().scale() <= p.ui(6);
        }
    }

    /** The one solution: every line the elimination produces passes through it. */
    private final class SolutionDot implements Drawable {
        @Override
        public void draw(Painter p) {
            double[] x = model.solution();
            if (model.n() != 2 || x == null) {
                return;
            }
            Color c = p.palette().result();
            p.dot(x[0], x[1], 7, p.palette().background());
            p.dot(x[0], x[1], 5.5, c);
            p.label(LinearSystemsModel.point(x), x[0], x[1], 12, 16, c, true);
        }

        @Override
        public String name() {
            double[] x = model.solution();
            return x == null || model.n() != 2 ? null : "solution " + LinearSystemsModel.point(x) + ": on both lines";
        }

        @Override
        public boolean hit(Painter p, double sx, double sy) {
            double[] x = model.solution();
            return x != null && model.n() == 2 && Math.hypot(p.sx(x[0]) - sx, p.sy(x[1]) - sy) <= p.ui(10);
        }
    }

    // ------------------------------------------------------------------------ 3D

    private final double[] cut = new double[36];

    private void sketch(Sketch3D s) {
        if (model.n() != 3) {
            return;
        }
        double r = box;
        Palette pal = s.palette();
        s.floorGrid(r, niceStep(r));
        s.axes(r);
        double[][] m = currentSystem();
        for (int i = 0; i < 3; i++) {
            double[] q = m[i];
            String eq = LinearSystemsModel.equation(q, 3);
            Color c = role(pal, i);
            s.plane(q[0], q[1], q[2], q[3], r, Palette.fill(c, 0.4), "plane " + (i + 1) + " (" + LinearSystemsModel.row(i) + "): " + eq);
            int k = Shapes3D.planeThroughBox(q[0], q[1], q[2], q[3], r, cut);
            if (k > 0) {
                // the label at a corner of the plane's patch, one corner apart for each plane
                int corner = (i * Math.max(1, k / 3)) % k;
                double cx = 0;
                double cy = 0;
                double cz = 0;
                for (int v = 0; v < k; v++) {
                    cx += cut[3 * v];
                    cy += cut[3 * v + 1];
                    cz += cut[3 * v + 2];
                }
                cx /= k;
                cy /= k;
                cz /= k;
                s.label(eq, 0.35 * cx + 0.65 * cut[3 * corner], 0.35 * cy + 0.65 * cut[3 * corner + 1],
                        0.35 * cz + 0.65 * cut[3 * corner + 2], c).bold();
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                meetLine(s, m[i], m[j], r, pal.text(), "where planes " + (i + 1) + " and " + (j + 1) + " meet");
            }
        }
        double[] line = model.solutionLine();
        if (line != null) {
            clippedLine(s, line[0], line[1], line[2], line[3], line[4], line[5], r, pal.result(), 4,
                    "the line of solutions: on all three planes");
        }
        double[] x = model.solution();
        if (x != null) {
            s.point(x[0], x[1], x[2], pal.result(), 7).named("solution " + LinearSystemsModel.point(x) + ": on all three planes");
            s.label(LinearSystemsModel.point(x), x[0], x[1], x[2], pal.result()).bold().offset(12, 14);
        }
        Camera3Dsize size = new Camera3Dsize(s);
        Color vc = model.kind() == LinearSystemsModel.Kind.NONE ? pal.warning() : pal.text();
        s.screenLabel(model.verdict(), s.ui(12), size.height - s.ui(18), vc).bold();
        s.screenLabel("drag to orbit · wheel to zoom · F: home", s.ui(12), s.ui(16), pal.textMuted()).small();
    }

    private record Camera3Dsize(double width, double height) {
        Camera3Dsize(Sketch3D s) {
            this(s.camera().width(), s.camera().height());
        }
    }

    static double niceStep(double r) {
        double raw = r / 4;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double k : new double[] {1, 2, 5, 10}) {
            if (k * pow >= raw) {
                return k * pow;
            }
        }
        return 10 * pow;
    }

    /** The line where two planes meet (nothing if they are parallel), inside the box. */
    private static void meetLine(Sketch3D s, double[] p, double[] q, double r, Color color, String name) {
        double dx = p[1] * q[2] - p[2] * q[1];
        double dy = p[2] * q[0] - p[0] * q[2];
        double dz = p[0] * q[1] - p[1] * q[0];
        double d2 = dx * dx + dy * dy + dz * dz;
        double np = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        double nq = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2]);
        if (!(d2 > 1e-12 * np * np * nq * nq)) {
            return;
        }
        // the point of the line nearest the origin: (d_p (q × dir) + d_q (dir × p)) / |dir|²
        double ax = (p[3] * (q[1] * dz - q[2] * dy) + q[3] * (dy * p[2] - dz * p[1])) / d2;
        double ay = (p[3] * (q[2] * dx - q[0] * dz) + q[3] * (dz * p[0] - dx * p[2])) / d2;
        double az = (p[3] * (q[0] * dy - q[1] * dx) + q[3] * (dx * p[1] - dy * p[0])) / d2;
        double len = Math.sqrt(d2);
        clippedLine(s, ax, ay, az, dx / len, dy / len, dz / len, r, color, 2, name);
    }

    /** The part of the line a + t·d inside the box [-r, r]³. */
    private static void clippedLine(Sketch3D s, double ax, double ay, double az, double dx, double dy, double dz,
                                    double r, Color color, double width, String name) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        double[] a = {ax, ay, az};
        double[] d = {dx, dy, dz};
        for (int k = 0; k < 3; k++) {
            if (Math.abs(d[k]) < 1e-12) {
                if (Math.abs(a[k]) > r) {
                    return;
                }
                continue;
            }
            double t1 = (-r - a[k]) / d[k];
            double t2 = (r - a[k]) / d[k];
            lo = Math.max(lo, Math.min(t1, t2));
            hi = Math.min(hi, Math.max(t1, t2));
        }
        if (!(lo < hi)) {
            return;
        }
        s.line(ax + lo * dx, ay + lo * dy, az + lo * dz, ax + hi * dx, ay + hi * dy, az + hi * dz, color, width).named(name);
    }

    // ------------------------------------------------------------------------ what the card shows

    /** The story of the chosen preset, or nothing for a custom system. */
    String[] story() {
        Preset p = PRESETS.get(applied);
        return p == null ? new String[0] : p.story();
    }

    int done() {
        return Math.min(elimination.done, model.steps());
    }

    /** True while an operation is moving the picture (the card highlights it). */
    boolean moving() {
        return elimination.phase > 0 && elimination.done < model.steps();
    }

    double[][] shownSystem() {
        return currentSystem();
    }

    /** Jumps to the state after {@code k} operations (a click on the card). */
    void jumpTo(int k) {
        elimination.done = Math.max(0, Math.min(model.steps(), k));
        elimination.phase = 0;
        changed();
    }

    @Override
    protected void onReset() {
        elimination.done = 0;
        elimination.phase = 0;
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(elimination);
    }

    /**
     * Plays the elimination of the 3×3 example while orbiting, then the 2×2 sheriff: the
     * learner's two heaviest moments (planes re-cut every frame, lines re-labelled).
     */
    @Override
    public void benchFrame(int frame) {
        int phase = frame % 600;
        if (phase == 0) {
            preset.set("three-planes");
        } else if (phase == 300) {
            preset.set("sheriff");
        }
        elimination.advance(1.0 / 60);
        if (elimination.isFinished()) {
            elimination.rewind();
        }
        if (view3d != null && model.n() == 3) {
            view3d.orbit(0.01, 0);
        }
    }

    /** Row operations one at a time: step jumps to the next, play moves the lines through each. */
    final class Elimination implements PaneAnimation {
        int done;
        double phase;

        @Override
        public void advance(double seconds) {
            if (done >= model.steps()) {
                return;
            }
            phase += seconds / SECONDS_PER_OP;
            if (phase >= 1) {
                done++;
                phase = 0;
            }
            changed();
        }

        @Override
        public void step() {
            if (done >= model.steps()) {
                done = 0; // from the reduced system back to the start, so stepping never stalls
            } else {
                done++;
            }
            phase = 0;
            changed();
        }

        void back() {
            if (phase > 0) {
                phase = 0;
            } else if (done > 0) {
                done--;
            }
            changed();
        }

        @Override
        public boolean isFinished() {
            return done >= model.steps();
        }

        @Override
        public void rewind() {
            done = 0;
            phase = 0;
            changed();
        }
    }
}
