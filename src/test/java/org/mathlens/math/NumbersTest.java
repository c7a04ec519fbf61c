package org.mathlens.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void printsExactlyAndWithoutSignedZero() {
        assertThat(Numbers.format(-0.0)).isEqualTo("0.0");
        assertThat(Numbers.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Numbers.format(new double[][] {{1, 2}, {3, -4.5}})).isEqualTo("[[1.0, 2.0], [3.0, -4.5]]");
    }

    @Test
    void everyFiniteDoubleReadsBackExactly() {
        long seed = 20261121L;
        Random r = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(x)) {
                assertThat(Double.parseDouble(Numbers.format(x))).as("seed %d, %s", seed, x).isEqualTo(x == 0 ? 0.0 : x);
            }
        }
    }

    @Test
    void briefRoundsForLabelsAndUsesATrueMinus() {
        assertThat(Numbers.brief(2.0, 2)).isEqualTo("2");
        assertThat(Numbers.brief(-1.234567, 2)).isEqualTo("\u22121.23");
        assertThat(Numbers.brief(-0.001, 2)).isEqualTo("0");
    }

    @Test
    void labelsForPointsAndFactors() {
        assertThat(Numbers.pair(2.0, -1.5, 2)).isEqualTo("(2, \u22121.5)");
        assertThat(Numbers.factor(-1.5, 3)).isEqualTo("(\u22121.5)");
        assertThat(Numbers.factor(-0.0001, 3)).isEqualTo("0");
        assertThat(Numbers.factor(2.25, 3)).isEqualTo("2.25");
    }
}
