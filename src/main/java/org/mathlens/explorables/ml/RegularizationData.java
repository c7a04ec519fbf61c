package org.mathlens.explorables.ml;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * The regularization pane's preset data: a smooth curve on x ∈ [−1, 1] sampled at seeded
 * uniform x with Gaussian noise, once for training and once, with its own draws, for validation.
 * Values are rounded to 0.001 so that a dragged set written out as a matrix reads cleanly.
 */
public final class RegularizationData {
    public static final int TRAINING_POINTS = 20;
    public static final int VALIDATION_POINTS = 30;

    /** The true curves behind the presets. */
    public enum Curve {
        SINE("sine", "y = sin(πx)", x -> Math.sin(Math.PI * x)),
        CUBIC("cubic", "y = 2x³ − x", x -> 2 * x * x * x - x);

        private final String id;
        private final String words;
        private final DoubleUnaryOperator f;

        Curve(String id, String words, DoubleUnaryOperator f) {
            this.id = id;
            this.words = words;
            this.f = f;
        }

        public String id() {
            return id;
        }

        /** The curve as a formula, for the legend. */
        public String words() {
            return words;
        }

        public double at(double x) {
            return f.applyAsDouble(x);
        }

        /** The curve a preset's name means, or null for data that is not a preset. */
        public static Curve named(String name) {
            for (Curve c : values()) {
                if (c.id.equals(name)) return c;
            }
            return null;
        }
    }

    private RegularizationData() {}

    /** The training points (x, y) of a preset. */
    public static double[][] training(Curve curve, double noise, long seed) {
        return sample(curve, noise, new Random(seed), TRAINING_POINTS);
    }

    /** The validation points: the same curve and noise, independent draws. */
    public static double[][] validation(Curve curve, double noise, long seed) {
        return sample(curve, noise, new Random(seed * 1_000_003L + 17), VALIDATION_POINTS);
    }

    private static double[][] sample(Curve curve, double noise, Random random, int n) {
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double x = round(-1 + 2 * random.nextDouble());
            double y = round(curve.at(x) + noise * random.nextGaussian());
            points[i] = new double[] {x, y};
        }
        return points;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0 + 0.0;
    }
}
