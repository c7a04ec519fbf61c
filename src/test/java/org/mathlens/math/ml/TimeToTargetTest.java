package org.mathlens.math.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathlens.math.data.Labelled;
import org.mathlens.math.optim.Adam;

class TimeToTargetTest {
    private static TrainingRun.Recipe circle(long seed) {
        Labelled circle = ToyData.of("circle", 500, 10, seed);
        Split s = Split.of(circle.size(), 0.5, seed);
        TrainingRun.Data d = new TrainingRun.Data(Split.rows(circle.x(), s.train()), Split.rows(circle.y(), s.train()),
                Split.rows(circle.x(), s.test()), Split.rows(circle.y(), s.test()));
        return new TrainingRun.Recipe("circle", d, Loss.CROSS_ENTROPY, Penalty.NONE,
                () -> new Trainer(Network.random(new int[] {2, 4, 2}, List.of(Activation.TANH), seed),
                        d.trainX(), d.trainY(), Loss.CROSS_ENTROPY, Penalty.NONE, () -> new Adam(0.03, 0.9, 0.999), 10, seed));
    }

    @Test
    void theCircleReachesItsTargetAndTheEpochCountIsTheSameEachTime() {
        TimeToTarget a = TimeToTarget.measure(circle(4), TrainingRun.Scores::testAccuracy, 0.95, 200);
        TimeToTarget b = TimeToTarget.measure(circle(4), TrainingRun.Scores::testAccuracy, 0.95, 200);
        assertThat(a.reached()).isTrue();
        assertThat(a.epochs()).isPositive().isEqualTo(b.epochs());
        // the run stops at the first epoch that reaches the target: one epoch fewer does not
        TrainingRun before = TrainingRun.advance(null, circle(4), a.epochs() - 1, () -> false);
        assertThat(before.latest().testAccuracy()).isLessThan(0.95);
    }

    @Test
    void anUnreachableTargetStopsAtTheLimit() {
        TimeToTarget t = TimeToTarget.measure(circle(4), TrainingRun.Scores::testAccuracy, 1.01, 3);
        assertThat(t.reached()).isFalse();
        assertThat(t.epochs()).isEqualTo(3);
    }
}
