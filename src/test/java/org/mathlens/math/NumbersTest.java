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

    @Test
    void shownKeepsSixSignificantDigitsAndWholeNumbersAsIntegers() {
        assertThat(Numbers.shown(4.497941445275415)).isEqualTo("4.49794");
        assertThat(Numbers.shown(-0.7071067811865476)).isEqualTo("-0.707107");
        assertThat(Numbers.shown(7.0)).isEqualTo("7");
        assertThat(Numbers.shown(-3.0)).isEqualTo("-3");
        assertThat(Numbers.shown(-0.0)).isEqualTo("0");
        assertThat(Numbers.shown(2.9999999)).isEqualTo("3");
        assertThat(Numbers.shown(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Numbers.shown(0.000123456789)).isEqualTo("0.000123457");
        assertThat(Numbers.shown(1.23456789e-5)).isEqualTo("1.23457E-5");
        assertThat(Numbers.shown(1234567.891)).as("the whole part is never rounded away").isEqualTo("1234568");
        assertThat(Numbers.shown(1e20)).isEqualTo("1.0E20");
        assertThat(Numbers.shown(1.2345678e20)).isEqualTo("1.23457E20");
        assertThat(Numbers.shown(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.shown(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Numbers.shown(new double[] {2, 3})).isEqualTo("[2, 3]");
        assertThat(Numbers.shown(new double[] {0.5, -1.0 / 3})).isEqualTo("[0.5, -0.333333]");
    }

    @Test
    void shownReadsBackWithinFiveMillionths() {
        long seed = 20261203L;
        Random r = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            // magnitudes from 1e-12 to 1e18, both signs, and plain random bit patterns
            double x = i % 2 == 0
                    ? (r.nextBoolean() ? -1 : 1) * Math.pow(10, -12 + 30 * r.nextDouble())
                    : Double.longBitsToDouble(r.nextLong());
            if (!Double.isFinite(x)) {
                continue;
            }
            String s = Numbers.shown(x);
            double back = Double.parseDouble(s);
            assertThat(Math.abs(back - x)).as("seed %d: %s shown as %s", seed, x, s).isLessThanOrEqualTo(5e-6 * Math.abs(x));
            assertThat(s.replace("-", "").replaceAll("E.*", "").replace(".", "").replaceFirst("^0+", "").length())
                    .as("seed %d: %s shown as %s keeps at most six significant digits beyond its whole part", seed, x, s)
                    .isLessThanOrEqualTo(Math.max(6, (int) Math.floor(Math.log10(Math.abs(x))) + 1));
        }
    }

    @Test
    void typedWritesWholeNumbersWithoutTheirPointAndTheRestExactly() {
        assertThat(Numbers.typed(12)).isEqualTo("12");
        assertThat(Numbers.typed(-0.0)).isEqualTo("0");
        assertThat(Numbers.typed(12.25)).isEqualTo("12.25");
        assertThat(Numbers.typed(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Numbers.typed(1e20)).isEqualTo("1.0E20");
    }

    @Test
    void significantScientificAndRoundSteps() {
        assertThat(Numbers.significant(0.000407321, 3)).isEqualTo("0.000407");
        assertThat(Numbers.significant(2.5, 3)).isEqualTo("2.5");
        assertThat(Numbers.significant(-1234.5, 3)).isEqualTo("\u22121230");
        assertThat(Numbers.scientific(-0.000123456, 2)).isEqualTo("\u22121.23e\u221204");
        assertThat(Numbers.roundStep(0.7)).isEqualTo(1);
        assertThat(Numbers.roundStep(1.2)).isEqualTo(2);
        assertThat(Numbers.roundStep(3)).isEqualTo(5);
        assertThat(Numbers.roundStep(6)).isEqualTo(10);
        assertThat(Numbers.roundStep(0.03)).isEqualTo(0.05);
    }
}
