package org.mathlens.explorables.decompositions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.mathlens.math.data.Pictures;
import org.mathlens.math.linalg.Linalg;

class LowRankModelTest {
    @Test
    void theCheckerboardIsRankTwo() {
        LowRankModel m = new LowRankModel(LowRankModel.decompose(Pictures.named("checks")), 2);
        assertThat(m.error()).isLessThan(1e-12);
        assertThat(m.energy()).isCloseTo(1, within(1e-12));
        assertThat(m.sigma()[2]).isLessThan(1e-10);
        assertThat(m.storage()).isEqualTo(2 * (128 + 128 + 1) / (128.0 * 128));
        m.setK(1);
        assertThat(m.error()).isGreaterThan(0.1);
    }

    @Test
    void kStaysBetweenOneAndTheSmallerSide() {
        LowRankModel m = new LowRankModel(LowRankModel.decompose(new double[][] {{1, 2, 3}, {4, 5, 6}}), 9);
        assertThat(m.k()).isEqualTo(2);
        m.setK(0);
        assertThat(m.k()).isEqualTo(1);
    }

    @RepeatedTest(25)
    void theErrorOnTheResidualMatchesTheDroppedSingularValues(RepetitionInfo info) {
        long seed = 31337L * info.getCurrentRepetition();
        Random rnd = new Random(seed);
        int rows = 2 + rnd.nextInt(12);
        int cols = 2 + rnd.nextInt(12);
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = rnd.nextDouble();
            }
        }
        LowRankModel m = new LowRankModel(LowRankModel.decompose(a), 1);
        double[] s = Linalg.singularValues(a); // the independent oracle: EJML's values alone
        double all = 0;
        for (double x : s) {
            all += x * x;
        }
        // walk k up and down in random jumps: the rebuild must not drift
        for (int step = 0; step < 12; step++) {
            int k = 1 + rnd.nextInt(Math.min(rows, cols));
            m.setK(k);
            double dropped = 0;
            for (int i = k; i < s.length; i++) {
                dropped += s[i] * s[i];
            }
            String why = "seed " + seed + ", " + rows + "×" + cols + ", k = " + k;
            assertThat(m.error()).as(why + ": error").isCloseTo(Math.sqrt(dropped / all), within(1e-9));
            assertThat(m.energy()).as(why + ": energy").isCloseTo(1 - dropped / all, within(1e-9));
            assertThat(Linalg.rank(m.rebuilt())).as(why + ": rank of A_k").isLessThanOrEqualTo(k);
        }
        m.setK(Math.min(rows, cols));
        assertThat(m.error()).as("seed " + seed + ": all of them rebuild A").isLessThan(1e-9);
    }
}
