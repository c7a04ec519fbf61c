package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientDescentModelTest {
    static final double[] X = {0, 1, 2, 3, 4, 5, 6, 7};
    static final double[] Y = {1.86, 1.31, 0.62, 0.33, 0.09, -0.67, -1.23, -1.37};

    static double[][] clinical() {
        double[][] d = new double[8][];
        for (int i = 0; i < 8; i++) {
            d[i] = new double[] {X[i], Y[i]};
        }
        return d;
    }

    @Test
    void oneBatchStepOnTheClinicalTrial() {
        double m = 0.9;
        double b = 0.1;
        double lr = 0.01;
        // ∂L/∂m = −(2/n) Σ xᵢ(yᵢ − (m xᵢ + b)), ∂L/∂b = −(2/n) Σ (yᵢ − (m xᵢ + b))
        double sm = 0;
        double sb = 0;
        for (int i = 0; i < 8; i++) {
            double r = Y[i] - (m * X[i] + b);
            sm += X[i] * r;
            sb += r;
        }
        double dm = -2.0 / 8 * sm;
        double db = -2.0 / 8 * sb;
        // by hand: Σ r = 0.94 − 0.9·28 − 0.8 = −25.06; Σ x r = −16.42 − 0.9·140 − 0.1·28 = −145.22
        assertThat(sb).isCloseTo(-25.06, within(1e-12));
        assertThat(sm).isCloseTo(-145.22, within(1e-12));
        GradientDescentModel model = new GradientDescentModel();
        model.set(clinical(), m, b, lr, GradientDescentModel.Mode.BATCH);
        model.show(1);
        assertThat(model.gradientAt(1)[0]).isCloseTo(dm, within(1e-12));
        assertThat(model.gradientAt(1)[1]).isCloseTo(db, within(1e-12));
        assertThat(model.m()).isCloseTo(m - lr * dm, within(1e-12)).isCloseTo(0.9 - 0.01 * 36.305, within(1e-12));
        assertThat(model.b()).isCloseTo(b - lr * db, within(1e-12)).isCloseTo(0.1 - 0.01 * 6.265, within(1e-12));
    }

    @Test
    void singleModeCyclesThroughThePoints() {
        GradientDescentModel model = new GradientDescentModel();
        model.set(clinical(), 0.9, 0.1, 0.01, GradientDescentModel.Mode.SINGLE);
        for (int k = 1; k <= 17; k++) {
            assertThat(model.batchAt(k)).containsExactly((k - 1) % 8);
        }
        // step 1 uses the point (0, 1.86) only: r = 1.86 − 0.1 = 1.76, ∂L/∂m = 0, ∂L/∂b = −3.52
        model.show(1);
        assertThat(model.m()).isEqualTo(0.9);
        assertThat(model.b()).isCloseTo(0.1 + 0.0352, within(1e-15));
    }

    @Test
    void minibatchesArePairsCoveringEveryPointEachEpoch() {
        GradientDescentModel model = new GradientDescentModel();
        model.set(clinical(), 0.9, 0.1, 0.01, GradientDescentModel.Mode.MINIBATCH);
        boolean[] seen = new boolean[8];
        for (int k = 1; k <= 4; k++) {
            assertThat(model.batchAt(k)).hasSize(2);
            for (int i : model.batchAt(k)) {
                assertThat(seen[i]).as("point %d twice in the first epoch", i).isFalse();
                seen[i] = true;
            }
        }
        GradientDescentModel again = new GradientDescentModel();
        again.set(clinical(), 0.9, 0.1, 0.01, GradientDescentModel.Mode.MINIBATCH);
        again.show(50);
        model.show(50);
        assertThat(again.m()).as("seeded: the same run twice").isEqualTo(model.m());
    }

    @Test
    void batchDescentReachesTheLeastSquaresLine() {
        GradientDescentModel model = new GradientDescentModel();
        model.set(clinical(), 0.9, 0.1, 0.05, GradientDescentModel.Mode.BATCH);
        model.show(GradientDescentModel.MAX_STEPS);
        double[] best = model.bestFit();
        // Sxy/Sxx = (−16.42 − 8·3.5·0.1175)/(140 − 98)
        assertThat(best[0]).isCloseTo((-16.42 - 8 * 3.5 * 0.1175) / 42, within(1e-12));
        assertThat(model.m()).isCloseTo(best[0], within(1e-3));
        assertThat(model.b()).isCloseTo(best[1], within(1e-2));
        assertThat(model.diverged()).isFalse();
    }

    @Test
    void aTooLargeRateDivergesAndStopsFinite() {
        GradientDescentModel model = new GradientDescentModel();
        // the loss's largest curvature is the top eigenvalue of (2/n)[[Σx², Σx], [Σx, n]] ≈ 36.4, so lr > 2/36.4 diverges
        model.set(clinical(), 0.9, 0.1, 0.1, GradientDescentModel.Mode.BATCH);
        assertThat(model.diverged()).isTrue();
        assertThat(model.available()).isLessThan(GradientDescentModel.MAX_STEPS);
        model.show(GradientDescentModel.MAX_STEPS);
        assertThat(model.divergedNow()).isTrue();
        assertThat(model.loss()).isFinite();
        assertThat(Math.abs(model.m())).isLessThanOrEqualTo(GradientDescentModel.WEIGHT_LIMIT);
    }

    @Test
    void lossFallsMonotonicallyForSmallBatchSteps() {
        for (long seed = 1; seed <= 20; seed++) {
            Random r = new Random(seed);
            double[][] d = new double[3 + r.nextInt(8)][];
            for (int i = 0; i < d.length; i++) {
                d[i] = new double[] {r.nextDouble() * 4 - 2, r.nextDouble() * 4 - 2};
            }
            GradientDescentModel model = new GradientDescentModel();
            model.set(d, r.nextDouble() * 4 - 2, r.nextDouble() * 4 - 2, 0.01, GradientDescentModel.Mode.BATCH);
            for (int k = 1; k <= 100; k++) {
                assertThat(model.lossAt(k)).as("seed %d step %d", seed, k).isLessThanOrEqualTo(model.lossAt(k - 1) + 1e-12);
            }
        }
    }
}
