package org.mathlens.math.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathlens.math.data.Datasets;
import org.mathlens.math.data.Labelled;
import org.mathlens.math.optim.Adam;
import org.mathlens.math.optim.Sgd;

class TrainingTest {
    private record Run(Trainer trainer, double[][] testX, int[] testY) {
        double testAccuracy() {
            return trainer.network().accuracy(testX, testY);
        }
    }

    private static Run run(Labelled data, Features features, int[] hidden, Activation f, Loss loss, Penalty penalty,
            double lr, int batch, long seed) {
        Split split = Split.of(data.size(), 0.5, seed);
        double[][] x = features == null ? data.x() : features.of(data.x());
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = x[0].length;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = data.classes();
        List<Activation> acts = java.util.Collections.nCopies(hidden.length, f);
        Network start = Network.random(sizes, acts, seed);
        Trainer t = new Trainer(start, Split.rows(x, split.train()), Split.rows(data.y(), split.train()), loss, penalty,
                () -> new Adam(lr, 0.9, 0.999), batch, seed);
        return new Run(t, Split.rows(x, split.test()), Split.rows(data.y(), split.test()));
    }

    @Test
    void aSmallNetworkLearnsTheCircle() {
        long seed = 4;
        Labelled circle = ToyData.of("circle", 500, 10, seed);
        Run r = run(circle, Features.parse("x1, x2"), new int[] {4, 2}, Activation.TANH, Loss.CROSS_ENTROPY,
                Penalty.NONE, 0.03, 10, seed);
        for (int e = 0; e < 60; e++) {
            r.trainer().epoch();
        }
        assertThat(r.testAccuracy()).as("seed %d", seed).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void softmaxRegressionClassifiesTheDigits() {
        long seed = 1;
        Labelled digits = Datasets.digits();
        double[][] scaled = new double[digits.size()][];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = digits.x()[i].clone();
            for (int j = 0; j < scaled[i].length; j++) {
                scaled[i][j] /= 16;
            }
        }
        Split split = Split.of(scaled.length, 0.8, seed);
        Network start = Network.random(new int[] {64, 10}, List.of(), seed);
        Trainer t = new Trainer(start, Split.rows(scaled, split.train()), Split.rows(digits.y(), split.train()),
                Loss.CROSS_ENTROPY, Penalty.NONE, () -> new Adam(0.01, 0.9, 0.999), 16, seed);
        for (int e = 0; e < 20; e++) {
            t.epoch();
        }
        double acc = t.network().accuracy(Split.rows(scaled, split.test()), Split.rows(digits.y(), split.test()));
        assertThat(acc).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void xorNeedsAHiddenLayerOrTheProductFeature() {
        long seed = 9;
        Labelled xor = ToyData.of("xor", 400, 0, seed);
        Run linear = run(xor, Features.parse("x1, x2"), new int[0], Activation.LINEAR, Loss.CROSS_ENTROPY,
                Penalty.NONE, 0.03, 10, seed);
        Run product = run(xor, Features.parse("x1, x2, x1x2"), new int[0], Activation.LINEAR, Loss.CROSS_ENTROPY,
                Penalty.NONE, 0.03, 10, seed);
        for (int e = 0; e < 40; e++) {
            linear.trainer().epoch();
            product.trainer().epoch();
        }
        assertThat(linear.testAccuracy()).as("a line cannot split xor").isLessThan(0.75);
        assertThat(product.testAccuracy()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void l2ShrinksTheWeights() {
        long seed = 3;
        Labelled gauss = ToyData.of("gauss", 300, 20, seed);
        double[] norms = new double[2];
        List<Penalty> penalties = List.of(Penalty.NONE, Penalty.l2(0.05));
        for (int k = 0; k < 2; k++) {
            Run r = run(gauss, Features.parse("x1, x2"), new int[] {4}, Activation.TANH, Loss.CROSS_ENTROPY,
                    penalties.get(k), 0.03, 10, seed);
            for (int e = 0; e < 40; e++) {
                r.trainer().epoch();
            }
            double[] p = r.trainer().network().parameters();
            boolean[] w = r.trainer().network().weightMask();
            for (int i = 0; i < p.length; i++) {
                norms[k] += w[i] ? p[i] * p[i] : 0;
            }
        }
        assertThat(norms[1]).isLessThan(norms[0] / 2);
    }

    @Test
    void threeClassesTrainWithSoftmax() {
        // three clusters, one per class, as a CSV with a class column would give
        java.util.Random r = new java.util.Random(11);
        int n = 150;
        double[][] x = new double[n][];
        int[] y = new int[n];
        double[][] centres = {{-3, 0}, {3, 0}, {0, 3}};
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            x[i] = new double[] {centres[y[i]][0] + r.nextGaussian() * 0.6, centres[y[i]][1] + r.nextGaussian() * 0.6};
        }
        Labelled three = new Labelled("three", x, y, List.of("x1", "x2"), List.of("a", "b", "c"));
        Run run = run(three, null, new int[] {4}, Activation.RELU, Loss.CROSS_ENTROPY, Penalty.NONE, 0.03, 10, 11);
        for (int e = 0; e < 30; e++) {
            run.trainer().epoch();
        }
        assertThat(run.trainer().network().outputs()).isEqualTo(3);
        assertThat(run.testAccuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        for (long seed : new long[] {1, 77, System.nanoTime()}) {
            Labelled spiral = ToyData.of("spiral", 200, 15, seed);
            double[][] weights = new double[2][];
            for (int k = 0; k < 2; k++) {
                Run r = run(spiral, Features.parse("x1, x2, sin x1"), new int[] {5, 3}, Activation.RELU, Loss.SQUARED,
                        Penalty.l1(0.001), 0.01, 7, seed);
                for (int e = 0; e < 5; e++) {
                    r.trainer().epoch();
                }
                weights[k] = r.trainer().network().parameters();
            }
            assertThat(weights[1]).as("seed %d", seed).containsExactly(weights[0]);
        }
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        Labelled gauss = ToyData.of("gauss", 40, 0, 2);
        Network start = Network.random(new int[] {2, 2}, List.of(), 2);
        Trainer t = new Trainer(start, gauss.x(), gauss.y(), Loss.CROSS_ENTROPY, Penalty.NONE, () -> new Sgd(0.1), 40, 2);
        double before = start.loss(gauss.x(), gauss.y(), Loss.CROSS_ENTROPY, Penalty.NONE);
        t.epoch();
        double[] expected = start.parameters();
        double[] g = Gradient.of(start, gauss.x(), gauss.y(), Loss.CROSS_ENTROPY, Penalty.NONE).values();
        for (int i = 0; i < expected.length; i++) {
            expected[i] -= 0.1 * g[i];
        }
        // one full batch: the order of rows changes only the sum's rounding
        assertThat(t.network().parameters()).containsExactly(expected, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(t.network().loss(gauss.x(), gauss.y(), Loss.CROSS_ENTROPY, Penalty.NONE)).isLessThan(before);
    }
}
