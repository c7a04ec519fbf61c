package org.mathlens.math.ml;

import java.util.function.ToDoubleFunction;

/**
 * How fast a recipe trains, for the training rows of {@code --bench}: epochs until a score
 * reaches its target, the wall-clock milliseconds that took, and epochs per second. Timing
 * belongs in the bench only; tests check the epoch count, which is deterministic.
 */
public record TimeToTarget(int epochs, boolean reached, double millis, double epochsPerSecond) {

    /** Trains from the recipe's start one epoch at a time until score(latest) ≥ target or maxEpochs. */
    public static TimeToTarget measure(TrainingRun.Recipe recipe, ToDoubleFunction<TrainingRun.Scores> score,
            double target, int maxEpochs) {
        long start = System.nanoTime();
        TrainingRun run = TrainingRun.advance(null, recipe, 0, () -> false);
        while (run.epochs() < maxEpochs && !(score.applyAsDouble(run.latest()) >= target)) {
            run = TrainingRun.advance(run, recipe, run.epochs() + 1, () -> false);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        boolean reached = score.applyAsDouble(run.latest()) >= target;
        double perSecond = run.epochs() == 0 ? Double.NaN : run.epochs() / (millis / 1000);
        return new TimeToTarget(run.epochs(), reached, millis, perSecond);
    }
}
