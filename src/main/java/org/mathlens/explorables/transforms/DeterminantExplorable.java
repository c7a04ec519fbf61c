package org.mathlens.explorables.transforms;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.CountUp;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Plane;

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
    /** A, the cofactor expansion at {@code steps}, and the 2×2 matrix drawn at {@code t}: all the picture reads. */
    private final DeterminantModel model = new DeterminantModel(a.value());
    /** The plane carried from I to A in 2.5 s, eased once by {@link Morph}; A itself never changes. */
    private final Play morph = Play.once(t, 1 / 2.5);
    /** One hand step every {@link #STEP_SECONDS}, up to the answer. */
    private final CountUp expand = new CountUp(steps, 0, () -> model.stepsToComplete(), () -> 1 / STEP_SECONDS);
    private double[][] expanded;
    private int stepsShown;
    private final PaneAnimation play = new BySize();
    private Plane plane;
    private DeterminantCube cube;
    private DeterminantExpansionView tree;

    public DeterminantExplorable() {
        super("determinant", "Determinant: how A scales area and volume", Section.TRANSFORMATIONS,
                "Drag the columns of A; the unit square's image has area |det A|. Step through the cofactor expansion.");
        readouts.add("det", "det A", () -> Reading.of(model.det()))
                .addWhen("area", "area", () -> model.size() == 2,
                        () -> model.size() == 2 ? Reading.of(model.measure()) : Reading.undefined())
                .addWhen("volume", "volume", () -> model.size() == 3,
                        () -> model.size() == 3 ? Reading.of(model.measure()) : Reading.undefined());
        // t carries the 2×2 plane only: from 3×3 on there is nothing for it to move
        t.inUseProperty().bind(Bindings.createBooleanBinding(() -> a.get().length == 2, a.property()));
        // the control panel shows words; the ids stay for lessons and --set
        t.labelled("t, from I (0) to A (1)");
        steps.labelled("hand steps of the expansion");
        parametersChanged();
    }

    public DeterminantModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        double[][] now = a.value();
        int k = (int) Math.round(steps.value());
        if (!Arrays.deepEquals(now, expanded)) {
            expanded = now;
            model.set(now);
            stepsShown = 0;
            showForSize();
            if (cube != null) {
                cube.fit();
            }
        }
        model.progress(t.value());
        if (k < stepsShown && tree != null) {
            tree.scrollToTop();
        }
        stepsShown = k;
        model.showSteps(k);
    }

    @Override
    protected Node createView() {
        plane = DeterminantPlane.build(model, revision(), history(), this::moveColumn);
        cube = new DeterminantCube(model, revision());
        tree = new DeterminantExpansionView(model::expansion, this::changed);
        tree.follow(revision());
        HBox box = new HBox(plane, cube.view(), tree);
        HBox.setHgrow(plane, Priority.ALWAYS);
        HBox.setHgrow(cube.view(), Priority.ALWAYS);
        box.getStyleClass().add("determinant-pane");
        showForSize();
        cube.fit();
        return box;
    }

    /** 2×2: the plane beside the expansion; 3×3: the 3D view beside it; larger: the expansion alone. */
    private void showForSize() {
        if (plane == null) {
            return;
        }
        int n = model.size();
        show(plane, n == 2);
        show(cube.view(), n == 3);
        boolean alone = n > 3;
        HBox.setHgrow(tree, alone ? Priority.ALWAYS : Priority.NEVER);
        tree.setPrefWidth(alone ? 800 : n == 2 ? 320 : 420);
        tree.setMinWidth(alone ? 200 : n == 2 ? 300 : 380);
        tree.setMaxWidth(alone ? Double.MAX_VALUE : tree.getPrefWidth());
    }

    private static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    /** Grabbing a handle mid-play makes the matrix drawn A itself, with that column moved. */
    private void moveColumn(int j, double x, double y) {
        if (model.size() != 2) {
            return;
        }
        double[][] m = {{model.drawnEntry(0, 0), model.drawnEntry(0, 1)}, {model.drawnEntry(1, 0), model.drawnEntry(1, 1)}};
        m[0][j] = Math.max(-50, Math.min(50, x));
        m[1][j] = Math.max(-50, Math.min(50, y));
        try {
            parameters.setAll(Map.of("A", a.format(m), "t", "1"));
        } catch (ParameterException refused) {
            // the matrix stays as it was
        }
    }

    // ------------------------------------------------------------------ animation and bench

    @Override
    protected void onReset() {
        expand.resetClock();
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(play);
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
