package org.mathlens.explorables.transforms;

import java.util.Optional;
import javafx.scene.Node;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Play;
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
 * A = VΛV⁻¹ played as three moves of the plane: into eigen-coordinates, stretch along the
 * axes, back. det and trace as the product and sum of the eigenvalues, and Aᵏ pulling every
 * direction onto the dominant eigenvector.
 */
public final class EigendecompositionExplorable extends AbstractExplorable {
    private static final double LIMIT = 10;

    private final MatrixParameter a = parameters.add(new MatrixParameter("A",
            "the matrix to decompose; drag where î and ĵ land", new double[][] {{2, 1}, {1, 2}},
            2, 2, 2, 2, true, LIMIT));
    private final ScalarParameter k = parameters.add(new ScalarParameter("k",
            "the power: the fan shows the directions of Aᵏx", 0, 0, 10, 1));
    /** How many of the three moves are done: 0 is the plane before A, 3 is A (at rest). */
    private final ScalarParameter stage = parameters.add(new ScalarParameter("stage",
            "how far through the three moves: 0 the plane before A, 1 after V⁻¹, 2 after Λ, 3 A = VΛV⁻¹; Play runs them, Step goes one move",
            3, 0, 3, 0.01));
    private final EigendecompositionModel model = new EigendecompositionModel();
    /** One move each 1.6 s, eased by {@link EigendecompositionModel#MOVES}. */
    private final Play moves = Play.once(stage, 1 / 1.6);

    public EigendecompositionExplorable() {
        super("eigendecomposition", "Eigendecomposition: A = VΛV⁻¹", Section.TRANSFORMATIONS,
                "Play A as three moves: into eigen-coordinates, stretch, back. Slide k to watch Aᵏ.");
        readouts.add("V", "V", () -> model.vInverse() == null ? Reading.undefined() : Reading.of(model.v()))
                .add("Lambda", "Λ", () -> model.isReal() ? Reading.of(model.lambda())
                        : Reading.word("diag(" + complexOne(1) + ", " + complexOne(-1) + ")"))
                .add("det", "det A", () -> Reading.of(model.det()))
                .add("trace", "tr A", () -> Reading.of(model.trace()))
                // a complex pair is read as the pair a ± bi, as the legend shows it, not as "undefined"
                .add("lambda1", "λ₁", () -> model.isReal() ? Reading.of(model.lambda1()) : Reading.word(complexOne(1)))
                .add("lambda2", "λ₂", () -> model.isReal() ? Reading.of(model.lambda2()) : Reading.word(complexOne(-1)))
                .add("Ak", "Aᵏ", () -> Reading.of(model.power()));
        // the control panel shows words; the ids stay for lessons and --set
        k.labelled("power k of A");
        stage.labelled("moves done (stage, 0 to 3)");
        parametersChanged();
    }

    /** λ = a + bi (sign 1) or its conjugate a − bi (sign −1), with the model's exact digits. */
    private String complexOne(int sign) {
        return Numbers.format(model.lambda1()) + (sign > 0 ? " + " : " − ") + Numbers.format(model.imaginary()) + "i";
    }

    public EigendecompositionModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(a.get(), whole(k.value()));
        model.setStage(stage.value());
    }

    private static int whole(double x) {
        return (int) Math.max(0, Math.min(10, Math.round(x)));
    }

    /** The map drawn after the moves done (a copy, for tests). */
    double[][] drawn() {
        double[][] m = model.drawn();
        return new double[][] {m[0].clone(), m[1].clone()};
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-4.5, 4.5, -3.6, 3.6);
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(new TransformedGrid(model::drawn).names(
                () -> "the unit square's image: area |det| = " + Numbers.brief(Math.abs(drawnDet()), 3), () -> null));
        plane.add(new EigendecompositionPicture.Ghosts(model));
        plane.add(new EigendecompositionPicture.EigenLines(model));
        plane.add(new EigendecompositionPicture.Fan(model));
        plane.add(new Arrow("v₁'s image under the moves so far", () -> Vec2.ZERO, () -> image(0),
                Palette::first, 3.5, () -> model.imageLabel(0)));
        plane.add(new Arrow("v₂'s image under the moves so far", () -> Vec2.ZERO, () -> image(1),
                Palette::second, 3.5, () -> model.imageLabel(1)));
        plane.add(new Caption(() -> model.atRest() ? model.restCaption() : model.caption(model.stage()), Palette::text, 0));
        plane.add(new Caption(model::symmetryNote, Palette::text, 1));
        plane.add(new Legend()
                .add(Palette::first, () -> model.isReal() ? "λ₁ = " + Numbers.brief(model.lambda1(), 3) + "   v₁ = " + vector(0)
                        : "eigenvalues " + complexPair() + ": a complex pair, no real eigenvector")
                .add(Palette::second, () -> model.isReal() ? "λ₂ = " + Numbers.brief(model.lambda2(), 3) + "   v₂ = " + vector(1)
                        : "|λ| = " + Numbers.brief(Math.sqrt(model.productOfEigenvalues()), 3) + ": A turns and scales")
                .add(Palette::extra, model::detSentence)
                .add(Palette::result, model::traceSentence)
                .add(Palette::learner, model::fanSentence));
        plane.addHandle(new Handle("î lands here (column 1 of A): drag", Palette::first,
                () -> new double[] {a.entry(0, 0), a.entry(1, 0)}, (x, y) -> setColumn(0, x, y)));
        plane.addHandle(new Handle("ĵ lands here (column 2 of A): drag", Palette::second,
                () -> new double[] {a.entry(0, 1), a.entry(1, 1)}, (x, y) -> setColumn(1, x, y)));
        return plane;
    }

    private double drawnDet() {
        double[][] m = model.drawn();
        return m[0][0] * m[1][1] - m[0][1] * m[1][0];
    }

    /** "1 ± 2i": the pair the readouts λ₁ and λ₂ show one by one. */
    private String complexPair() {
        return Numbers.brief(model.lambda1(), 3) + " ± " + Numbers.brief(model.imaginary(), 3) + "i";
    }

    private String vector(int j) {
        double[] e = model.eigenvector(j);
        return "(" + Numbers.brief(e[0], 2) + ", " + Numbers.brief(e[1], 2) + ")";
    }

    /** The image of eigenvector j under the moves so far (zero, i.e. not drawn, for complex eigenvalues). */
    private Vec2 image(int j) {
        double[] w = model.drawnImage(j);
        return w == null ? Vec2.ZERO : new Vec2(w[0], w[1]);
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

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(moves);
    }

    /** Plays the three moves while the power sweeps, as a learner exploring would. */
    @Override
    public void benchFrame(int frame) {
        if (frame % 30 == 0) {
            k.set((double) (frame / 30 % 11));
        }
        if (frame % 240 == 0) {
            double angle = frame * 0.01;
            setColumn(0, 2 + Math.round(50 * Math.cos(angle)) / 100.0, 1);
        }
        moves.advance(1 / 60.0);
        if (moves.isFinished()) {
            moves.rewind();
        }
    }
}
