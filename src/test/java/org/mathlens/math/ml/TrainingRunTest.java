package org.mathlens.math.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathlens.math.data.Labelled;
import org.mathlens.math.optim.Adam;

class TrainingRunTest {
    private static TrainingRun.Recipe recipe(String settings, long seed) {
        Labelled circle = ToyData.of("circle", 200, 10, seed);
        Split s = Split.of(circle.size(), 0.5, seed);
        TrainingRun.Data d = new TrainingRun.Data(Split.rows(circle.x(), s.train()), Split.rows(circle.y(), s.train()),
                Split.rows(circle.x(), s.test()), Split.rows(circle.y(), s.test()));
        return new TrainingRun.Recipe(settings, d, Loss.CROSS_ENTROPY, Penalty.l2(0.001),
                () -> new Trainer(Network.random(new int[] {2, 4, 2}, List.of(Activation.TANH), seed),
                        d.trainX(), d.trainY(), Loss.CROSS_ENTROPY, Penalty.l2(0.001), () -> new Adam(0.03, 0.9, 0.999), 10, seed));
    }

    @Test
    void countingUpContinuesAndGivesTheWeightsOfTrainingInOneGo() {
        long seed = System.nanoTime();
        TrainingRun.Recipe r = recipe("a", seed);
        TrainingRun run = TrainingRun.advance(null, r, 0, () -> false);
        for (int e = 1; e <= 6; e++) {
            TrainingRun next = TrainingRun.advance(run, r, e, () -> false);
            assertThat(next.epochs()).isEqualTo(e);
            run = next;
        }
        TrainingRun direct = TrainingRun.advance(null, r, 6, () -> false);
        assertThat(run.network().parameters()).as("seed %d", seed).containsExactly(direct.network().parameters());
        assertThat(run.history()).hasSize(7).isEqualTo(direct.history());
    }

    @Test
    void fewerEpochsOrOtherSettingsRetrainFromTheSeed() {
        long seed = 5;
        TrainingRun ten = TrainingRun.advance(null, recipe("a", seed), 10, () -> false);
        TrainingRun three = TrainingRun.advance(ten, recipe("a", seed), 3, () -> false);
        assertThat(three.epochs()).isEqualTo(3);
        assertThat(three.network().parameters())
                .containsExactly(TrainingRun.advance(null, recipe("a", seed), 3, () -> false).network().parameters());
        TrainingRun other = TrainingRun.advance(three, recipe("b", seed), 4, () -> false);
        assertThat(other.history().get(0)).isEqualTo(ten.history().get(0));
        assertThat(other.epochs()).isEqualTo(4);
        assertThat(ten.latest().testAccuracy()).isGreaterThan(ten.history().get(0).testAccuracy());
    }

    @Test
    void aCancelledRunStopsBetweenEpochs() {
        int[] asked = {0};
        TrainingRun run = TrainingRun.advance(null, recipe("a", 1), 50, () -> ++asked[0] > 2);
        assertThat(run.epochs()).isEqualTo(2);
    }
}
