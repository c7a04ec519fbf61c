package org.mathlens.explorables.transforms;

import javafx.scene.Node;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Play;
import org.mathlens.explorable.Presets;
import org.mathlens.explorable.Rate;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.ScalarParameter;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Caption;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.TransformedGrid;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Vec2;

/**
 * A 2×2 matrix as a map of the plane: drag where î and ĵ land (the columns of A) and the whole
 * grid, the unit square and a letter F follow. The progress t carries the plane from the identity (0) to A (1).
 */
public final class LinearTransformExplorable extends AbstractExplorable {
    private static final double LIMIT = 10;
    /** The named examples; "custom" is shown whenever A matches none of them. */
    static final Presets PRESETS = Presets.of("rotation", "A = [[0, -1], [1, 0]]")
            .and("scaling", "A = [[2, 0], [0, 0.5]]")
            .and("shear", "A = [[1, 1], [0, 1]]")
            .and("reflection", "A = [[-1, 0], [0, 1]]")
            .and("projection", "A = [[1, 0], [0, 0]]")
            .and("singular", "A = [[1, 2], [0.5, 1]]");

    private final MatrixParameter a = parameters.add(new MatrixParameter("A",
            "the matrix: its columns are where î and ĵ land; drag their tips", new double[][] {{1.5, -1}, {0.5, 1}},
            2, 2, 2, 2, true, LIMIT));
    /** How far the picture has moved from I to A; the picture is drawn from (A, t) only. */
    private final ScalarParameter t = parameters.add(new ScalarParameter("t",
            "how far the plane has moved from the identity (0) to A (1); Play runs it, Step goes a quarter at a time",
            1, 0, 1, 0.01));
    private final ChoiceParameter preset = PRESETS.install(parameters, "preset", "a named example; editing A makes it custom");
    private final LinearTransformModel model = new LinearTransformModel();
    /** I to A in 1.6 s; the Rate is applied once, in the model, through {@link org.mathlens.explorable.Morph}. */
    private final Play morph = animatedBy(Play.once(t, 1 / 1.6));

    public LinearTransformExplorable() {
        super("linear-transform", "Linear transformations: the grid bends", Section.TRANSFORMATIONS,
                "Drag where î and ĵ land; the whole plane follows. Slide t (or press Play) to bend it from the identity to A.");
        readouts.add("det", "det A", () -> Reading.of(model.det()))
                .add("col1", "A î (column 1)", () -> Reading.of(model.col1()))
                .add("col2", "A ĵ (column 2)", () -> Reading.of(model.col2()))
                // det M, not M: a matrix readout re-laid out each frame of play costs a millisecond
                .add("detM", "det M (drawn)", () -> Reading.of(model.drawnDet()));
        // the control panel shows words; the ids stay for lessons and --set
        t.labelled("t, from I (0) to A (1)");
        preset.labelled("example");
        parametersChanged();
    }

    public LinearTransformModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(a.get(), t.value());
    }

    private double[][] m() {
        return model.drawn();
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-4.5, 4.5, -3.5, 3.5);
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(new TransformedGrid(this::m).picture(TransformedGrid.LETTER_F).names(
                () -> "the unit square's image: area |det| = " + Numbers.brief(Math.abs(model.drawnDet()), 3),
                () -> model.drawnDet() < 0 ? "the letter F's image: mirrored, det < 0" : "the letter F's image"));
        plane.add(new Arrow("î's image: the first column of A", () -> Vec2.ZERO,
                () -> new Vec2(m()[0][0], m()[1][0]), Palette::first, 3.5, () -> drawnName() + "î"));
        plane.add(new Arrow("ĵ's image: the second column of A", () -> Vec2.ZERO,
                () -> new Vec2(m()[0][1], m()[1][1]), Palette::second, 3.5, () -> drawnName() + "ĵ"));
        plane.add(new Caption(() -> LinearTransformModel.verdict(m(), model.drawnDet()), Palette::warning, 0));
        plane.add(new Legend()
                .add(Palette::first, () -> drawnName() + "î = " + pair(m()[0][0], m()[1][0]) + "   column 1")
                .add(Palette::second, () -> drawnName() + "ĵ = " + pair(m()[0][1], m()[1][1]) + "   column 2")
                .add(Palette::extra, this::detLine)
                .add(Palette::result, () -> model.progress() == 1 ? "t = 1: A, the whole map (t = 0 is the identity)"
                        : "t = " + Numbers.brief(model.progress(), 2) + ":  M = (1 − s)·I + s·A,  s = "
                        + Numbers.brief(Rate.SMOOTH.apply(model.progress()), 2)));
        plane.addHandle(new Handle("î lands here: drag to change column 1 of A", Palette::first,
                () -> new double[] {a.entry(0, 0), a.entry(1, 0)}, (x, y) -> setColumn(0, x, y)));
        plane.addHandle(new Handle("ĵ lands here: drag to change column 2 of A", Palette::second,
                () -> new double[] {a.entry(0, 1), a.entry(1, 1)}, (x, y) -> setColumn(1, x, y)));
        return plane;
    }

    /** A at t = 1, M on the way there. */
    private String drawnName() {
        return model.progress() == 1 ? "A" : "M";
    }

    private String detLine() {
        double d = model.drawnDet();
        return "det " + drawnName() + " = " + Numbers.brief(d, 3)
                + (d < 0 ? ": areas × " + Numbers.brief(-d, 3) + ", flipped" : ": areas × " + Numbers.brief(d, 3));
    }

    private void setColumn(int j, double x, double y) {
        double[][] m = a.value();
        m[0][j] = Math.max(-LIMIT, Math.min(LIMIT, x));
        m[1][j] = Math.max(-LIMIT, Math.min(LIMIT, y));
        try {
            a.set(m);
        } catch (ParameterException refused) {
            // a move the matrix will not take leaves it as it was
        }
    }

    private static String pair(double x, double y) {
        return Numbers.pair(x, y, 2);
    }

    /** Drags î's image round a circle while the morph plays, as a learner exploring would. */
    @Override
    public void benchFrame(int frame) {
        double angle = frame * 2 * Math.PI / 240;
        setColumn(0, Math.round(200 * Math.cos(angle)) / 100.0, Math.round(200 * Math.sin(angle)) / 100.0);
        morph.advance(1 / 60.0);
        if (morph.isFinished()) {
            morph.rewind();
        }
    }
}
