package org.mathlens.explorables.ml;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.mathlens.math.ml.Activation;
import org.mathlens.math.ml.Features;
import org.mathlens.math.ml.Loss;
import org.mathlens.math.ml.Network;
import org.mathlens.math.ml.Penalty;
import org.mathlens.math.ml.Split;
import org.mathlens.math.ml.Trainer;
import org.mathlens.math.ml.TrainingRun;
import org.mathlens.math.optim.Adam;
import org.mathlens.math.optim.Optimizer;
import org.mathlens.math.optim.Sgd;

/**
 * The neural-network pane's mathematics: settings (points, split, features, layers, loss,
 * optimizer, penalty) make a training recipe; a trained run plus the maps drawn from its network
 * make a {@link Result}. Pure and immutable apart from the trainer the run keeps inside.
 */
public final class NeuralNetworkModel {
    /** Grid cells a side of the decision-region map. */
    public static final int GRID = 32;

    private NeuralNetworkModel() {
    }

    /** Everything a run depends on; equal settings continue a run instead of restarting it. */
    public record Settings(LabelledPoints points, double trainShare, long seed, List<String> features,
            List<Integer> hidden, List<Activation> activations, Loss loss, String optimizer, double lr, int batch,
            Penalty penalty) {

        public Features parsedFeatures() {
            return Features.parse(String.join(", ", features));
        }

        /** Layer sizes, inputs first, outputs last. */
        public int[] sizes() {
            int[] s = new int[hidden.size() + 2];
            s[0] = features.size();
            for (int i = 0; i < hidden.size(); i++) {
                s[i + 1] = hidden.get(i);
            }
            s[s.length - 1] = points.classes().size();
            return s;
        }

        Supplier<Optimizer> optimizerMaker() {
            return "adam".equals(optimizer) ? () -> new Adam(lr, 0.9, 0.999) : () -> new Sgd(lr);
        }
    }

    /** A run after some epochs and the maps of its network: what one frame draws. */
    public record Result(Settings settings, TrainingRun run, RegionMaps maps, boolean[] inTraining) {
        public int epochs() {
            return run.epochs();
        }

        public TrainingRun.Scores scores() {
            return run.latest();
        }
    }

    /** The recipe: a seeded split of the points into train and test, the features, and a seeded start. */
    public static TrainingRun.Recipe recipe(Settings s) {
        Features f = s.parsedFeatures();
        LabelledPoints pts = s.points();
        Split split = Split.of(pts.size(), s.trainShare(), s.seed());
        double[][] x = f.of(pts.xy());
        TrainingRun.Data d = new TrainingRun.Data(Split.rows(x, split.train()), Split.rows(pts.labels(), split.train()),
                Split.rows(x, split.test()), Split.rows(pts.labels(), split.test()));
        int[] sizes = s.sizes();
        return new TrainingRun.Recipe(s, d, s.loss(), s.penalty(),
                () -> new Trainer(Network.random(sizes, s.activations(), s.seed()), d.trainX(), d.trainY(), s.loss(),
                        s.penalty(), s.optimizerMaker(), s.batch(), s.seed()));
    }

    /** The run after {@code epochs} epochs, continuing {@code previous} when it can. */
    public static TrainingRun train(TrainingRun previous, TrainingRun.Recipe recipe, int epochs, BooleanSupplier cancelled) {
        return TrainingRun.advance(previous, recipe, epochs, cancelled);
    }

    /** The maps of a run's network over the points' square. */
    public static Result result(Settings s, TrainingRun run) {
        return new Result(s, run, RegionMaps.of(run.network(), s.parsedFeatures(), s.points().box(), GRID), inTraining(s));
    }

    /** Which points of the settings are in the training set (by index), as the recipe split them. */
    public static boolean[] inTraining(Settings s) {
        Split split = Split.of(s.points().size(), s.trainShare(), s.seed());
        boolean[] train = new boolean[s.points().size()];
        for (int i : split.train()) {
            train[i] = true;
        }
        return train;
    }
}
