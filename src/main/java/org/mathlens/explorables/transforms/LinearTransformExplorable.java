package org.mathlens.explorables.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.mathlens.explorable.AbstractExplorable;
import org.mathlens.explorable.ChoiceParameter;
import org.mathlens.explorable.MatrixParameter;
import org.mathlens.explorable.PaneAnimation;
import org.mathlens.explorable.ParameterException;
import org.mathlens.explorable.Reading;
import org.mathlens.explorable.Section;
import org.mathlens.kit.Arrow;
import org.mathlens.kit.Caption;
import org.mathlens.kit.Handle;
import org.mathlens.kit.Legend;
import org.mathlens.kit.Palette;
import org.mathlens.kit.Plane;
import org.mathlens.kit.TransformedGrid;
import org.mathlens.math.Numbers;
import org.mathlens.math.linalg.Linalg;
import org.mathlens.math.linalg.Vec2;

/**
 * A 2×2 matrix as a map of the plane: drag where î and ĵ land (the columns of A) and the whole
 * grid, the unit square and a letter F follow. Play bends the plane from the identity to A and back.
 */
public final class LinearTransformExplorable extends AbstractExplorable {
    private static final double LIMIT = 10;
    private static final double MOVE = 1.6;
    private static final double HOLD = 0.6;
    private static final double CYCLE = 2 * (MOVE + HOLD);

    private final MatrixParameter a = parameters.add(new MatrixParameter("A",
            "the matrix: its columns are where î and ĵ land; drag their tips", new double[][] {{1.5, -1}, {0.5, 1}},
            2, 2, 2, 2, true, LIMIT));
    private final ChoiceParameter preset = parameters.add(new ChoiceParameter("preset",
            "a named example; editing A makes it custom", "custom", presetChoices()));
    private final LinearTransformModel model = new LinearTransformModel();
    private final Morph morph = new Morph();
    private final double[][] shown = new double[2][2];
    private double shownDet = 1;

    public LinearTransformExplorable() {
        super("linear-transform", "Linear transformations: the grid bends", Section.TRANSFORMATIONS,
                "Drag where î and ĵ land; the whole plane follows. Play bends it from the identity to A.");
        preset.property().addListener((o, old, now) -> {
            double[][] m = LinearTransformModel.PRESETS.get(now);
            if (m != null) {
                a.set(m);
            }
        });
        a.property().addListener((o, old, now) -> {
            if (!"custom".equals(preset.get()) && !LinearTransformModel.presetOf(now).equals(preset.get())) {
                preset.set("custom");
            }
        });
        readouts.add("det", "det A", () -> Reading.of(model.det()))
                .add("col1", "A î (column 1)", () -> Reading.of(model.col1()))
                .add("col2", "A ĵ (column 2)", () -> Reading.of(model.col2()));
        parametersChanged();
    }

    private static List<String> presetChoices() {
        List<String> c = new ArrayList<>();
        c.add("custom");
        c.addAll(LinearTransformModel.PRESETS.keySet());
        return c;
    }

    public LinearTransformModel model() {
        return model;
    }

    @Override
    protected void parametersChanged() {
        model.set(a.get());
        updateShown();
    }

    /** The matrix the picture draws: A at rest, (1 − t)·I + t·A while the animation runs. */
    private void updateShown() {
        model.between(morph.t(), shown);
        shownDet = morph.t() == 1 ? model.det() : Linalg.det(shown);
    }

    double[][] shownMatrix() {
        return shown;
    }

    @Override
    protected Node createView() {
        Plane plane = new Plane();
        plane.setHome(-4.5, 4.5, -3.5, 3.5);
        plane.follow(revision());
        plane.setHistory(history());
        plane.add(new TransformedGrid(() -> shown).picture(TransformedGrid.LETTER_F).names(
                () -> "the unit square's image: area |det| = " + Numbers.brief(Math.abs(shownDet), 3),
                () -> shownDet < 0 ? "the letter F's image: mirrored, det < 0" : "the letter F's image"));
        plane.add(new Arrow("î's image: the first column of A", () -> Vec2.ZERO,
                () -> new Vec2(shown[0][0], shown[1][0]), Palette::first, 3.5, () -> "Aî"));
        plane.add(new Arrow("ĵ's image: the second column of A", () -> Vec2.ZERO,
                () -> new Vec2(shown[0][1], shown[1][1]), Palette::second, 3.5, () -> "Aĵ"));
        plane.add(new Caption(() -> LinearTransformModel.verdict(shown, shownDet), Palette::warning, 0));
        plane.add(new Legend()
                .add(Palette::first, () -> "Aî = " + pair(shown[0][0], shown[1][0]) + "   column 1")
                .add(Palette::second, () -> "Aĵ = " + pair(shown[0][1], shown[1][1]) + "   column 2")
                .add(Palette::extra, () -> "det = " + Numbers.brief(shownDet, 3) + (shownDet < 0 ? ": areas × "
                        + Numbers.brief(-shownDet, 3) + ", flipped" : ": areas × " + Numbers.brief(shownDet, 3)))
                .add(Palette::result, () -> morph.t() == 1 ? "A, the whole map (Play: from I to A)"
                        : "t = " + Numbers.brief(morph.t(), 2) + ":  (1 − t)·I + t·A"));
        plane.addHandle(new Handle("î lands here: drag to change column 1 of A", Palette::first,
                () -> new double[] {a.entry(0, 0), a.entry(1, 0)}, (x, y) -> setColumn(0, x, y)));
        plane.addHandle(new Handle("ĵ lands here: drag to change column 2 of A", Palette::second,
                () -> new double[] {a.entry(0, 1), a.entry(1, 1)}, (x, y) -> setColumn(1, x, y)));
        return plane;
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

    @Override
    protected void onReset() {
        morph.rest();
        updateShown();
    }

    @Override
    public Optional<PaneAnimation> animation() {
        return Optional.of(morph);
    }

    /** Drags î's image round a circle while the morph plays, as a learner exploring would. */
    @Override
    public void benchFrame(int frame) {
        double angle = frame * 2 * Math.PI / 240;
        setColumn(0, Math.round(200 * Math.cos(angle)) / 100.0, Math.round(200 * Math.sin(angle)) / 100.0);
        morph.advance(1 / 60.0);
    }

    /**
     * Identity → A (eased), a pause, A → identity, a pause, round again. At rest (before the
     * first play) the picture shows A itself. The parameter A never changes while it plays.
     */
    private final class Morph implements PaneAnimation {
        private double time = -1;

        void rest() {
            time = -1;
        }

        /** How far from I to A the picture is: 1 at rest. */
        double t() {
            if (time < 0) {
                return 1;
            }
            double u = time % CYCLE;
            if (u < MOVE) {
                return LinearTransformModel.ease(u / MOVE);
            }
            if (u < MOVE + HOLD) {
                return 1;
            }
            if (u < 2 * MOVE + HOLD) {
                return 1 - LinearTransformModel.ease((u - MOVE - HOLD) / MOVE);
            }
            return 0;
        }

        @Override
        public void advance(double seconds) {
            time = Math.max(0, time) + seconds;
            if (time > 1000 * CYCLE) {
                time %= CYCLE;
            }
            updateShown();
            changed();
        }

        /** Quarter of the way at a time from I to A; after A, back to I. */
        @Override
        public void step() {
            double t = time < 0 ? 1 : t();
            double next = t >= 1 - 1e-9 ? 0 : Math.min(1, Math.floor(t * 4 + 1e-9) / 4 + 0.25);
            // the time in the forward half of the cycle at which t() equals next
            time = next >= 1 ? MOVE : next <= 0 ? 0 : MOVE * inverseEase(next);
            updateShown();
            changed();
        }

        private double inverseEase(double y) {
            double lo = 0;
            double hi = 1;
            for (int i = 0; i < 50; i++) {
                double mid = (lo + hi) / 2;
                if (LinearTransformModel.ease(mid) < y) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return (lo + hi) / 2;
        }
    }
}
