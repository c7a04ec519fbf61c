package org.mathlens.explorables.vectors;

import java.util.Arrays;
import java.util.Map;
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
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Rate;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.explorable.VectorParameter;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.View3D;

/**
 * A·x = b with two equations (two lines in the plane) or three (three planes in an orbitable
 * 3D view): one solution, none, or infinitely many, and Gauss–Jordan elimination stepped
 * through one row operation at a time, the lines or planes turning as each operation changes
 * the equations, until the reduced system reads x = …, y = … (, z = …).
 */
public final class LinearSystemsExplorable extends AbstractExplorable {
    /** The classic systems, each as the parameter texts it sets (the shape of a lesson's set: lines). */
    static final Presets PRESETS = Presets.of("sheriff", "A = [[2.5, -1], [3, -1]]", "b = [0, 15, 0]")
            .and("solar-panels", "A = [[3, 2], [1, 4]]", "b = [26, 32, 0]")
            .and("parallel", "A = [[1, 2], [2, 4]]", "b = [4, 2, 0]")
            .and("same-line", "A = [[1, -1], [2, -2]]", "b = [1, 2, 0]")
            .and("three-planes", "A = [[1, 1, 1], [2, -1, 1], [1, 2, -1]]", "b = [6, 3, 2]")
            .and("planes-no-point", "A = [[1, 1, 1], [1, -1, 2], [2, 0, 3]]", "b = [3, 2, 1]")
            .and("planes-share-a-line", "A = [[1, 1, 1], [1, -1, 2], [2, 0, 3]]", "b = [3, 2, 5]");

    /** The story written above the elimination while the system is a preset's. */
    private static final Map<String, String[]> STORIES = Map.of(
            "sheriff", new String[] {
                "Sheriff chases a robber. x = minutes since the",
                "robber left, y = km from town. The robber rides",
                "2.5 km/min: y = 2.5x. The sheriff leaves 5 min",
                "later at 3 km/min: y = 3(x − 5). When and where?"},
            "solar-panels", new String[] {
                "Two kinds of solar panel. Roof 1: 3 small + 2",
                "large make 26 kWh a day; roof 2: 1 small + 4",
                "large make 32 kWh. x = kWh of a small panel,",
                "y = kWh of a large one."},
            "parallel", new String[] {
                "x + 2y = 4 and 2x + 4y = 2: the same slope,",
                "different heights."},
            "same-line", new String[] {
                "x − y = 1 and 2x − 2y = 2: the second is the",
                "first, doubled."},
            "three-planes", new String[] {"Three planes through one point."},
            "planes-no-point", new String[] {
                "Row 3 = row 1 + row 2 on the left, but 1 ≠ 3 + 2",
                "on the right: each pair of planes meets, never all."},
            "planes-share-a-line", new String[] {
                "Row 3 = row 1 + row 2, and 5 = 3 + 2: the third",
                "plane holds the line the first two share."});

    /** Seconds per row operation while playing: the motion, then a pause to read it. */
    static final double SECONDS_PER_OP = 1.8;
    /** The share of an operation's time the picture moves; the rest is a pause to read it. */
    private static final double MOVING = 0.65;

    private final MatrixParameter matrix = parameters.add(MatrixParameter.square("A",
            "the coefficients: one row per equation (2×2: two lines, 3×3: three planes)",
            new double[][] {{2.5, -1}, {3, -1}}, 2, 3));
    private final VectorParameter rhs = parameters.add(new VectorParameter("b",
            "the right-hand sides; a 2×2 system uses the first two", new double[] {0, 15, 0}, 1000).acceptingFrom(2));
    /**
     * The elimination so far: k row operations done; k + f is f of the way through the next
     * (it moves for the first {@value #MOVING} of the unit, then rests).
     */
    private final ScalarParameter step = parameters.add(new ScalarParameter("step",
            "row operations done: the lines or planes after that many steps of Gauss–Jordan; play runs them",
            0, 0, LinearSystemsModel.MOST_OPS, 1));
    private final ChoiceParameter preset = PRESETS.install(parameters, "preset",
            "a classic system to start from; editing A or b makes it custom");

    private final LinearSystemsModel model = new LinearSystemsModel(matrix.get(), rhs.get());
    private final PaneAnimation elimination = animatedBy(Play.once(step, 1 / SECONDS_PER_OP).upTo(model::steps));
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

    public LinearSystemsModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(matrix.get(), rhs.get());
        int n = model.n();
        if (current.length != n) {
            current = new double[n][n + 1];
        }
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

    /** The equations as drawn now: after {@link #done} operations and part of the next, from the step parameter. */
    private double[][] currentSystem() {
        model.between(done(), Rate.SMOOTH.apply(part() / MOVING), current);
        return current;
    }

    /** How far into the next operation the step parameter is (0 once past the last). */
    private double part() {
        double k = step.value();
        return Math.floor(k) >= model.steps() ? 0 : k - Math.floor(k);
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
            plane.add(new LinearSystems2D.Line2(model, this::currentSystem, i));
        }
        plane.add(new LinearSystems2D.SolutionDot(model));
        plane.add(p -> {
            if (model.n() == 2) {
                verdictLabel(p);
            }
        });

        view3d = View3D.of(revision(), 7, new LinearSystems3D(model, this::currentSystem, () -> box));

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
            case N, ENTER, PAGE_DOWN -> history().record(elimination::step);
            case P, BACK_SPACE, PAGE_UP -> jumpTo((int) Math.ceil(Math.min(step.value(), model.steps()) - 1e-9) - 1);
            case HOME -> jumpTo(0);
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

    // ------------------------------------------------------------------------ what the card shows

    /** The story of the chosen preset, or nothing for a custom system. */
    String[] story() {
        return STORIES.getOrDefault(preset.get(), new String[0]);
    }

    /** Row operations done: the whole part of the step parameter, at most all of them. */
    int done() {
        return (int) Math.min(Math.floor(step.value() + 1e-9), model.steps());
    }

    /** True while an operation is moving the picture (the card highlights it). */
    boolean moving() {
        return part() > 0;
    }

    double[][] shownSystem() {
        return currentSystem();
    }

    /** Jumps to the state after {@code k} operations (a click on the card). */
    void jumpTo(int k) {
        double next = Math.max(0, Math.min(model.steps(), k));
        if (next != step.value()) {
            history().record(() -> step.set(next));
        }
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
}
