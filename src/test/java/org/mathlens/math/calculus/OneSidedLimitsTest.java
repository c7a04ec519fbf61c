package org.mathlens.math.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.mathlens.math.calculus.Limits.Side;

/** Left, right and two-sided limits are one method, so on analytic quotients they agree to full precision. */
class OneSidedLimitsTest {
    @Test
    void theRightHandLimitsOfTheAuditAreExact() {
        assertThat(Limits.limit(x -> (Math.exp(5 * x) - 1) / (3 * x), 0, Side.RIGHT)).isEqualTo(5.0 / 3);
        assertThat(Limits.limit(x -> (Math.exp(7 * x) - 1) / (3 * x), 0, Side.RIGHT)).isEqualTo(7.0 / 3);
    }

    @RepeatedTest(40)
    void everySideGivesTheSameValueOfAnAnalyticQuotient() {
        long seed = System.nanoTime();
        Random rnd = new Random(seed);
        int p = 1 + rnd.nextInt(9);
        int q = 1 + rnd.nextInt(9);
        double a = rnd.nextInt(7) - 3;
        DoubleUnaryOperator f;
        double truth;
        switch (rnd.nextInt(3)) {
            case 0 -> {
                f = x -> (Math.exp(p * (x - a)) - 1) / (q * (x - a));
                truth = (double) p / q;
            }
            case 1 -> {
                f = x -> Math.sin(p * (x - a)) / (q * (x - a));
                truth = (double) p / q;
            }
            default -> {
                f = x -> (1 - Math.cos(p * (x - a))) / (q * (x - a) * (x - a));
                truth = p * p / (2.0 * q);
            }
        }
        for (Side side : Side.values()) {
            assertThat(Limits.limit(f, a, side)).as("seed %d, side %s, p %d, q %d, a %s", seed, side, p, q, a)
                    .isCloseTo(truth, within(1e-12 * Math.max(1, truth)));
        }
    }
}
