package org.mathlens.explorables.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathlens.math.data.Datasets;
import org.mathlens.math.ml.Confusion;
import org.mathlens.math.ml.TimeToTarget;
import org.mathlens.math.ml.TrainingRun;

class DigitsModelTest {
    static DigitsModel.Settings softmax(long seed) {
        return new DigitsModel.Settings("softmax", 32, "adam", 0.01, 32, seed, 0.8);
    }

    @Test
    void theConfusionSumsToTheTestSetRowByRow() {
        for (long seed : new long[] {1, 7, 99}) {
            for (double share : new double[] {0.1, 0.8, 0.9}) {
                DigitsModel.Settings s = new DigitsModel.Settings("mlp", 8, "sgd", 0.1, 64, seed, share);
                DigitsModel m = new DigitsModel(DigitsModel.train(null, s, () -> 1, () -> false, null));
                int n = Datasets.digits().size();
                int test = n - (int) Math.round(share * n);
                int[][] c = m.current().confusion();
                assertThat(Confusion.total(c)).as("seed %d, share %s", seed, share).isEqualTo(m.testSize()).isEqualTo(test);
                for (int t = 0; t < 10; t++) {
                    int row = 0;
                    int truth = 0;
                    for (int p = 0; p < 10; p++) {
                        row += c[t][p];
                        assertThat(m.cell(t, p)).hasSize(c[t][p]);
                    }
                    for (int i = 0; i < m.testSize(); i++) {
                        truth += m.testLabel(i) == t ? 1 : 0;
                    }
                    assertThat(row).isEqualTo(truth);
                }
            }
        }
    }

    @Test
    void aSeededSoftmaxRunReachesTheTargetAndAgain() {
        DigitsModel.Settings s = softmax(1);
        TrainingRun.Recipe recipe = DigitsModel.recipe(s, DigitsModel.digits(1, 0.8).data());
        TimeToTarget first = TimeToTarget.measure(recipe, TrainingRun.Scores::testAccuracy, 0.93, 30);
        TimeToTarget second = TimeToTarget.measure(recipe, TrainingRun.Scores::testAccuracy, 0.93, 30);
        assertThat(first.reached()).isTrue();
        assertThat(first.epochs()).isBetween(1, 10).isEqualTo(second.epochs());
    }

    @Test
    void epochByEpochIsTrainingAtOnce() {
        DigitsModel.Settings s = new DigitsModel.Settings("mlp", 16, "momentum", 0.05, 20, 3, 0.7);
        DigitsModel.Trained once = DigitsModel.train(null, s, () -> 4, () -> false, null);
        DigitsModel.Trained steps = DigitsModel.train(null, s, () -> 1, () -> false, null);
        for (int k = 2; k <= 4; k++) {
            int goal = k;
            steps = DigitsModel.train(steps, s, () -> goal, () -> false, null);
        }
        assertThat(steps.last()).isEqualTo(4);
        for (int k = 0; k <= 4; k++) {
            assertThat(steps.epochs().get(k).run().network().parameters())
                    .containsExactly(once.epochs().get(k).run().network().parameters());
        }
    }

    @Test
    void everyEpochIsKeptAndShownOnRequest() {
        DigitsModel m = new DigitsModel(DigitsModel.train(null, softmax(2), () -> 6, () -> false, null));
        assertThat(m.epoch()).isEqualTo(6);
        double late = m.scores().trainLoss();
        m.show(2);
        assertThat(m.epoch()).isEqualTo(2);
        assertThat(m.history()).hasSize(3);
        assertThat(m.scores().trainLoss()).isGreaterThan(late);
        m.show(50);
        assertThat(m.epoch()).as("beyond what is trained: the last trained").isEqualTo(6);
        assertThat(m.has(softmax(2), 6)).isTrue();
        assertThat(m.has(softmax(2), 7)).isFalse();
        assertThat(m.has(softmax(3), 1)).isFalse();
    }

    @Test
    void probabilitiesSumToOneAndTheWeightsAreTheFirstLayer() {
        DigitsModel m = new DigitsModel(DigitsModel.train(null, softmax(4), () -> 3, () -> false, null));
        double[] p = m.probabilities(m.testLevels(0));
        double sum = 0;
        for (double v : p) {
            sum += v;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(DigitsModel.argmax(p)).isEqualTo(m.predicted(0));
        assertThat(m.weightImages()).isEqualTo(10);
        assertThat(m.weightImage(3)[5]).isEqualTo(m.network().weight(0, 3, 5));
        DigitsModel mlp = new DigitsModel(DigitsModel.train(null,
                new DigitsModel.Settings("mlp", 6, "adam", 0.01, 32, 4, 0.8), () -> 1, () -> false, null));
        assertThat(mlp.weightImages()).as("only as many hidden units as there are").isEqualTo(6);
    }

    @Test
    void cancellingStopsBetweenEpochsWithWhatIsDone() {
        int[] calls = {0};
        DigitsModel.Trained t = DigitsModel.train(null, softmax(5), () -> 50, () -> ++calls[0] > 3, null);
        assertThat(t.last()).isLessThan(50);
        assertThat(List.copyOf(t.epochs())).hasSize(t.last() + 1);
    }
}
