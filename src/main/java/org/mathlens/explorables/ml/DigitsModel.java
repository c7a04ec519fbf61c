package org.mathlens.explorables.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.mathlens.math.data.Datasets;
import org.mathlens.math.data.Labelled;
import org.mathlens.math.ml.Activation;
import org.mathlens.math.ml.Confusion;
import org.mathlens.math.ml.Loss;
import org.mathlens.math.ml.Network;
import org.mathlens.math.ml.Penalty;
import org.mathlens.math.ml.Split;
import org.mathlens.math.ml.Trainer;
import org.mathlens.math.ml.TrainingRun;
import org.mathlens.math.optim.Adam;
import org.mathlens.math.optim.Momentum;
import org.mathlens.math.optim.Optimizer;
import org.mathlens.math.optim.Sgd;

/**
 * The shipped digits classified: a seeded split into train and test, a softmax regression or a
 * one-hidden-layer relu network trained with softmax cross-entropy, and every epoch's state
 * kept (the run, the test confusion matrix, each test image's predicted class) so the picture
 * can show any epoch trained so far without training again. Levels 0 … 16 are divided by 16
 * on the way in. Mutable holder of immutable epochs; training itself is {@link #train}, pure.
 */
public final class DigitsModel {
    public static final int CLASSES = 10;
    public static final List<String> OPTIMIZERS = List.of("sgd", "momentum", "adam");

    /** Everything a run depends on: two runs with equal settings train the same weights. */
    public record Settings(String model, int hidden, String optimizer, double lr, int batch, long seed, double trainShare) {
        boolean softmax() {
            return model.equals("softmax");
        }
    }

    /** One epoch's state: the run after it, the test confusion (row = truth), each test image's predicted class. */
    public record Epoch(TrainingRun run, int[][] confusion, int[] predicted) {
    }

    /** The epochs trained so far for one setting: element k is the state after k epochs. */
    public record Trained(Settings settings, List<Epoch> epochs) {
        public int last() {
            return epochs.size() - 1;
        }
    }

    /** The split of the shipped digits: indices into {@link Datasets#digits()} and the scaled rows. */
    public record Digits(int[] trainIndex, int[] testIndex, TrainingRun.Data data) {
    }

    private Trained trained;
    private Digits digits;
    private int shown;

    public DigitsModel(Trained first) {
        accept(first, first.last());
    }

    /** The split for a seed and train share (the first round(share·n) of a seeded shuffle train). */
    public static Digits digits(long seed, double trainShare) {
        Labelled d = Datasets.digits();
        Split split = Split.of(d.size(), trainShare, seed);
        double[][] scaled = new double[d.size()][64];
        for (int i = 0; i < d.size(); i++) {
            for (int j = 0; j < 64; j++) {
                scaled[i][j] = d.x()[i][j] / 16;
            }
        }
        TrainingRun.Data data = new TrainingRun.Data(Split.rows(scaled, split.train()), Split.rows(d.y(), split.train()),
                Split.rows(scaled, split.test()), Split.rows(d.y(), split.test()));
        return new Digits(split.train(), split.test(), data);
    }

    static Optimizer optimizer(String name, double lr) {
        return switch (name) {
            case "sgd" -> new Sgd(lr);
            case "momentum" -> new Momentum(lr, 0.9);
            case "adam" -> new Adam(lr, 0.9, 0.999);
            default -> throw new IllegalArgumentException("'" + name + "' is not an optimizer: use " + String.join(", ", OPTIMIZERS));
        };
    }

    /** How a run with these settings starts: the network drawn from the seed, cross-entropy, no penalty. */
    public static TrainingRun.Recipe recipe(Settings s, TrainingRun.Data data) {
        int[] sizes = s.softmax() ? new int[] {64, CLASSES} : new int[] {64, s.hidden(), CLASSES};
        List<Activation> hidden = s.softmax() ? List.of() : List.of(Activation.RELU);
        return new TrainingRun.Recipe(s, data, Loss.CROSS_ENTROPY, Penalty.NONE, () -> new Trainer(
                Network.random(sizes, hidden, s.seed()), data.trainX(), data.trainY(), Loss.CROSS_ENTROPY, Penalty.NONE,
                () -> optimizer(s.optimizer(), s.lr()), s.batch(), s.seed()));
    }

    /**
     * The epochs up to the goal (read before each epoch, so it may rise meanwhile): continues {@code from} when it has these settings, else
     * starts again; each new epoch is handed to {@code publish} as it is done. Stops early (with
     * what it has) when {@code cancelled} says so.
     */
    public static Trained train(Trained from, Settings s, IntSupplier goal, BooleanSupplier cancelled, Consumer<Trained> publish) {
        TrainingRun.Data data = digits(s.seed(), s.trainShare()).data();
        TrainingRun.Recipe recipe = recipe(s, data);
        List<Epoch> list = new ArrayList<>();
        if (from != null && from.settings().equals(s)) {
            list.addAll(from.epochs());
        } else {
            list.add(epoch(TrainingRun.advance(null, recipe, 0, cancelled)));
        }
        while (list.size() - 1 < goal.getAsInt() && !cancelled.getAsBoolean()) {
            TrainingRun before = list.get(list.size() - 1).run();
            list.add(epoch(TrainingRun.advance(before, recipe, before.epochs() + 1, cancelled)));
            if (publish != null) {
                publish.accept(new Trained(s, List.copyOf(list)));
            }
        }
        return new Trained(s, List.copyOf(list));
    }

    private static Epoch epoch(TrainingRun run) {
        TrainingRun.Data d = run.data();
        double[][] out = run.network().outputs(d.testX());
        int[] predicted = new int[out.length];
        for (int i = 0; i < out.length; i++) {
            predicted[i] = argmax(out[i]);
        }
        return new Epoch(run, Confusion.of(run.network(), d.testX(), d.testY(), CLASSES), predicted);
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Takes newly trained epochs and shows epoch {@code wanted}, or the last trained when it is not there yet. */
    public void accept(Trained t, int wanted) {
        if (digits == null || trained == null || !sameSplit(trained.settings(), t.settings())) {
            digits = digits(t.settings().seed(), t.settings().trainShare());
        }
        trained = t;
        show(wanted);
    }

    private static boolean sameSplit(Settings a, Settings b) {
        return a.seed() == b.seed() && a.trainShare() == b.trainShare();
    }

    public void show(int wanted) {
        shown = Math.max(0, Math.min(wanted, trained.last()));
    }

    /** True when these settings are trained and epoch {@code wanted} is among their epochs. */
    public boolean has(Settings s, int wanted) {
        return trained.settings().equals(s) && wanted <= trained.last();
    }

    public Trained trained() {
        return trained;
    }

    public Settings settings() {
        return trained.settings();
    }

    public Epoch current() {
        return trained.epochs().get(shown);
    }

    public int epoch() {
        return shown;
    }

    public Network network() {
        return current().run().network();
    }

    public List<TrainingRun.Scores> history() {
        return current().run().history();
    }

    public TrainingRun.Scores scores() {
        return current().run().latest();
    }

    public Digits digits() {
        return digits;
    }

    public int testSize() {
        return digits.testIndex().length;
    }

    /** The levels 0 … 16 of test image i, as shipped. */
    public double[] testLevels(int i) {
        return Datasets.digits().x()[digits.testIndex()[i]];
    }

    public int testLabel(int i) {
        return digits.data().testY()[i];
    }

    public int predicted(int i) {
        return current().predicted()[i];
    }

    /** The test images whose truth is t and whose prediction is p (row t, column p of the confusion). */
    public List<Integer> cell(int t, int p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < testSize(); i++) {
            if (testLabel(i) == t && predicted(i) == p) {
                out.add(i);
            }
        }
        return out;
    }

    /** The network's class probabilities (softmax of its outputs) for an image of levels 0 … 16. */
    public double[] probabilities(double[] levels) {
        double[] x = new double[levels.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = levels[j] / 16;
        }
        double[][] a = network().activations(x);
        return Loss.probabilities(a[a.length - 1]);
    }

    /**
     * The 8×8 weights drawn for unit k: for softmax the weights of class k's output on the
     * pixels, for the mlp those of hidden unit k (how many there are: {@link #weightImages()}).
     */
    public double[] weightImage(int k) {
        Network n = network();
        double[] w = new double[64];
        for (int j = 0; j < 64; j++) {
            w[j] = n.weight(0, k, j);
        }
        return w;
    }

    public int weightImages() {
        return Math.min(CLASSES, network().sizes()[1]);
    }
}
