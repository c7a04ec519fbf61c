package org.mathlens.math.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An immutable picture of a training run after some epochs: the network, and train/test loss
 * and accuracy after every epoch (element 0 before training). {@link #advance} continues the
 * run when the settings are the same and more epochs are asked for, and retrains from the seed
 * otherwise, so counting epochs up one by one gives exactly the weights of training them in
 * one go. Safe to hand to the FX thread: it shares only immutable networks.
 */
public final class TrainingRun {
    /** The data a run trains and is scored on. */
    public record Data(double[][] trainX, int[] trainY, double[][] testX, int[] testY) {
    }

    /** One epoch's scores. Accuracy is NaN on an empty set. */
    public record Scores(double trainLoss, double testLoss, double trainAccuracy, double testAccuracy) {
    }

    private final Object settings;
    private final Data data;
    private final Loss loss;
    private final Penalty penalty;
    private final Trainer trainer;
    private final Network network;
    private final double[] lastGradient;
    private final List<Scores> history;

    private TrainingRun(Object settings, Data data, Loss loss, Penalty penalty, Trainer trainer, List<Scores> history) {
        this.settings = settings;
        this.data = data;
        this.loss = loss;
        this.penalty = penalty;
        this.trainer = trainer;
        this.network = trainer.network();
        this.lastGradient = trainer.lastGradient();
        this.history = List.copyOf(history);
    }

    /** How a run starts: its trainer (network, optimizer, batch, seed) and what scores it. */
    public record Recipe(Object settings, Data data, Loss loss, Penalty penalty, Supplier<Trainer> trainer) {
    }

    /**
     * The run after {@code epochs} epochs: continued from {@code previous} when it has the same
     * settings (compared with equals) and no more epochs, else trained from the recipe's start.
     * {@code cancelled} is asked between epochs; when it says stop, the run so far is returned.
     */
    public static TrainingRun advance(TrainingRun previous, Recipe recipe, int epochs, java.util.function.BooleanSupplier cancelled) {
        Trainer trainer;
        List<Scores> history;
        if (previous != null && Objects.equals(previous.settings, recipe.settings()) && previous.epochs() <= epochs
                && previous.trainer.epochs() == previous.epochs()) {
            trainer = previous.trainer;
            history = new ArrayList<>(previous.history);
        } else {
            trainer = recipe.trainer().get();
            history = new ArrayList<>();
            history.add(score(trainer.network(), recipe.data(), recipe.loss(), recipe.penalty()));
        }
        // A trainer is mutable: the job that continues it is the only one stepping it.
        synchronized (trainer) {
            if (trainer.epochs() != history.size() - 1) {
                return advance(null, recipe, epochs, cancelled);
            }
            while (trainer.epochs() < epochs && !cancelled.getAsBoolean()) {
                trainer.epoch();
                history.add(score(trainer.network(), recipe.data(), recipe.loss(), recipe.penalty()));
            }
            return new TrainingRun(recipe.settings(), recipe.data(), recipe.loss(), recipe.penalty(), trainer, history);
        }
    }

    private static Scores score(Network net, Data d, Loss loss, Penalty penalty) {
        double trainLoss = d.trainX().length == 0 ? Double.NaN : net.loss(d.trainX(), d.trainY(), loss, penalty);
        double testLoss = d.testX().length == 0 ? Double.NaN : net.loss(d.testX(), d.testY(), loss, penalty);
        return new Scores(trainLoss, testLoss, net.accuracy(d.trainX(), d.trainY()), net.accuracy(d.testX(), d.testY()));
    }

    public int epochs() {
        return history.size() - 1;
    }

    public Network network() {
        return network;
    }

    /** The gradient of the last step taken, laid out as the parameters; null before any. */
    public double[] lastGradient() {
        return lastGradient == null ? null : lastGradient.clone();
    }

    public List<Scores> history() {
        return history;
    }

    public Scores latest() {
        return history.get(history.size() - 1);
    }

    public Data data() {
        return data;
    }

    public Loss loss() {
        return loss;
    }

    public Penalty penalty() {
        return penalty;
    }
}
