package org.mathlens.explorables.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Caption;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.TransformedGrid;
import org.mathlens.math.Numbers;

/**
 * A chain of translations, rotations, scalings, shears and reflections composed as one 3×3
 * homogeneous matrix. The letter F moves through the chain step by step (ghosts numbered),
 * two parallel lines stay parallel, and swapping two steps shows that order matters.
 */
public final class AffineExplorable extends AbstractExplorable {

    private final ChainParameter ops = parameters.add(new ChainParameter("ops",
            "the steps, applied left to right: translate(dx, dy); rotate(degrees); scale(sx, sy); shear(k); reflect(degrees)",
            "rotate(30); translate(2, 1); scale(1.5, 0.5)"));
    /**
     * How many steps the F has gone through: 1.5 is halfway through step 2; at the chain's
     * length or beyond, the whole chain (the range fits the longest chain allowed).
     */
    private final ScalarParameter step = parameters.add(new ScalarParameter("step",
            "how many steps of the chain the F has gone through (1.5: halfway through step 2); the last step or beyond shows the whole chain",
            AffineModel.MAX_STEPS, 0, AffineModel.MAX_STEPS, 0.01));
    private final AffineModel model = new AffineModel();
    private Plane plane;
    /** The chain the view was last framed for. */
    private String fittedChain;
    /** One step each 1.6 s, stopping at the chain's end; each step eased by the model. */
    private final Play chain = Play.once(step, 1 / 1.6).upTo(model::size);

    public AffineExplorable() {
        super("affine", "Affine maps: composing moves", Section.TRANSFORMATIONS,
                "Add, remove and reorder steps; the F moves through them. Swap two steps: order matters.");
        readouts.add("matrix", "M (3×3)", () -> Reading.of(model.composed()))
                .add("det", "det M", () -> Reading.of(model.det()))
                .add("origin", "(0, 0) ↦", () -> Reading.of(model.apply(0, 0)))
                .add("detDrawn", "det, drawn", () -> Reading.of(model.drawnDet()));
        // the control panel shows words; the ids stay for lessons and --set
        ops.labelled("the steps, first to last");
        step.labelled("steps done");
        parametersChanged();
    }

    public AffineModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(ops.steps(), step.value());
        if (!ops.text().equals(fittedChain)) {
            fit();
        }
    }

    /** The map drawn: the chain as far as {@code step} has gone. */
    private double[][] m() {
        return model.drawn();
    }

    /** Frames every station of the chain, with room above for the legend (a new chain only, not each frame of play). */
    private void fit() {
        if (plane == null) {
            return;
        }
        fittedChain = ops.text();
        double[] b = model.extent();
        double w = Math.max(4, b[1] - b[0]);
        double h = Math.max(4, b[3] - b[2]);
        plane.setHome(b[0] - 0.25 * w, b[1] + 0.15 * w, b[2] - 0.2 * h, b[3] + 0.45 * h);
    }

    @Override
    protected Node createView() {
        plane = new Plane();
        fit();
        plane.follow(revision());
        plane.add(new AffinePicture.Ghosts(model));
        plane.add(new TransformedGrid(this::m).picture(TransformedGrid.LETTER_F).names(
                () -> "the unit square's image: area |det| = " + Numbers.brief(Math.abs(model.drawnDet()), 3),
                () -> "the F after " + (model.isComplete() ? "the whole chain" : "step " + (int) Math.ceil(model.progress()))));
        plane.add(new AffinePicture.Parallels(model));
        plane.add(new Caption(this::caption, Palette::text, 0));
        Legend legend = new Legend();
        for (int r = 0; r < 3; r++) {
            int row = r;
            legend.add(Palette::result, () -> (row == 1 ? "M = " : "       ") + matrixRow(row));
        }
        legend.add(Palette::extra, () -> "det = " + Numbers.brief(model.drawnDet(), 3) + (model.drawnDet() < 0 ? ", flipped" : ""))
                .add(Palette::learner, () -> "(0, 0) ↦ " + pair(m()[0][2], m()[1][2]));
        plane.add(legend);
        BorderPane root = new BorderPane(plane);
        root.setLeft(new AffineStepsEditor(ops, history()).node());
        return root;
    }

    private String matrixRow(int r) {
        StringBuilder b = new StringBuilder("[");
        for (int c = 0; c < 3; c++) {
            String s = Numbers.brief(m()[r][c], 2);
            b.append("\u2007".repeat(Math.max(0, 6 - s.length()))).append(s);
        }
        return b.append(" ]").toString();
    }

    private static String pair(double x, double y) {
        return Numbers.pair(x, y, 2);
    }

    private String caption() {
        int n = model.size();
        if (n == 0) {
            return "no steps: M is the identity (add one with +)";
        }
        if (model.isComplete()) {
            return n == 1 ? "M = M₁" : "M = M" + sub(n) + (n > 2 ? "···" : "·") + "M₁: the last step is the left-most factor";
        }
        int i = Math.min(n - 1, (int) Math.floor(model.progress()));
        return "step " + (i + 1) + " of " + n + ": " + model.ops().get(i).text();
    }

    private static String sub(int n) {
        String digits = "₀₁₂₃₄₅₆₇₈₉";
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(chain);
    }

    /** Plays the chain, and every second swaps its first two steps (the learner's experiment). */
    @Override
    public void benchFrame(int frame) {
        if (frame % 60 == 0) {
            List<AffineModel.Op> steps = new ArrayList<>(ops.steps());
            if (steps.size() >= 2) {
                AffineStepsEditor.swap(steps, 0, 1);
                ops.set(steps);
            }
        }
        chain.advance(1 / 60.0);
        if (chain.isFinished()) {
            chain.rewind();
        }
    }
}
