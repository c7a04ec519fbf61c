package org.mathlens.explorables.ml;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.TextAlignment;
import org.mathlens.kit.Card;
import org.mathlens.kit.Painter;
import org.mathlens.kit.Palette;
import org.mathlens.math.Numbers;
import org.mathlens.math.ml.TrainingRun;

/** The words beside the pictures: the classes' legend, the epoch and scores, the recipe. */
final class NeuralNetworkWords {
    private NeuralNetworkWords() {
    }

    /** One line per class in its colour, how train and test points look, and what a click adds. */
    static Card.Line[] legend(NeuralNetworkModel.Result r, int brush) {
        if (r == null) {
            return new Card.Line[0];
        }
        List<String> classes = r.settings().points().classes();
        List<Card.Line> lines = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            int c = k;
            lines.add(new Card.Line("● " + classes.get(k), p -> ClassColors.of(p, c), true));
        }
        lines.add(new Card.Line("dots train, rings test", Palette::text, false));
        int b = Math.min(brush, Math.max(classes.size(), brush));
        String name = b < classes.size() ? classes.get(b) : "class " + b;
        lines.add(new Card.Line("a click adds " + name + " (keys 0–7)", p -> ClassColors.of(p, b), false));
        return lines.toArray(new Card.Line[0]);
    }

    /** The epoch and the four scores, or the sentence that says what is wrong. */
    static Card.Line[] status(NeuralNetworkModel.Result r, String failure) {
        if (failure != null) {
            return new Card.Line[] {new Card.Line(failure, Palette::warning, true)};
        }
        if (r == null) {
            return new Card.Line[0];
        }
        TrainingRun.Scores s = r.scores();
        if (!Double.isFinite(s.trainLoss())) {
            return new Card.Line[] {
                new Card.Line("epoch " + r.epochs() + ": the training diverged", Palette::warning, true),
                new Card.Line("the weights overflowed; lower lr and train again", Palette::warning, false)
            };
        }
        return new Card.Line[] {
            new Card.Line("epoch " + r.epochs(), Palette::text, true),
            new Card.Line("accuracy: train " + percent(s.trainAccuracy()) + ", test " + percent(s.testAccuracy()), Palette::text, false)
        };
    }

    static String percent(double x) {
        return Double.isFinite(x) ? Numbers.brief(100 * x, 1) + " %" : "—";
    }

    /** A loss with enough digits to see it still falling when it is small. */
    static String loss(double v) {
        if (!Double.isFinite(v)) {
            return "diverged";
        }
        if (Math.abs(v) >= 0.01 || v == 0) {
            return Numbers.brief(v, 3);
        }
        return Numbers.scientific(v, 2);
    }

    /** A feature's name as maths, not as typed: x1x2 reads x₁x₂, sin x1 reads sin x₁. */
    static String typeset(String feature) {
        return feature.replace("x1", "x₁").replace("x2", "x₂");
    }

    /** The recipe across the foot of the sheet, one line each. */
    static void recipeLines(Painter p, String[] lines, double w, double h) {
        for (int i = 0; i < lines.length; i++) {
            p.screenLabel(lines[i], w / 2, h - p.ui(12 + 18 * (lines.length - 1 - i)), p.palette().textMuted(), false, TextAlignment.CENTER);
        }
    }
}
