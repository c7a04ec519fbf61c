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

    @org.junit.jupiter.api.RepeatedTest(200)
    void briefNeverSaturatesAndReadsBackNearTheNumber(org.junit.jupiter.api.RepetitionInfo info) {
        long seed = 13_000 + info.getCurrentRepetition();
        java.util.Random r = new java.util.Random(seed);
        double x = (r.nextBoolean() ? 1 : -1) * Math.pow(10, -12 + 36 * r.nextDouble());
        String s = Numbers.brief(x, 3).replace('\u2212', '-');
        double back = Double.parseDouble(s);
        // rounded to 3 decimals, never clipped (Math.round's long saturated at 9.2e15)
        assertThat(Math.abs(back - x)).as("seed %d: %s", seed, s).isLessThanOrEqualTo(Math.max(5e-4, 1e-15 * Math.abs(x)));
    }

    @Test
    void briefOfTheIssuesDeterminant() {
        assertThat(Numbers.brief(1e18, 3)).isEqualTo("1.0E18");
        assertThat(Numbers.brief(-922337203685477.6 * 10, 3)).isEqualTo("\u22129.223372036854776E15");
        assertThat(Numbers.brief(123456789012.3456, 3)).isEqualTo("123456789012.346");
    }
}
