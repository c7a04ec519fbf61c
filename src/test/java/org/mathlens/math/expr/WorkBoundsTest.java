package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Each class of unbounded work is refused with one sentence naming its bound. The timeouts
 * are hang guards (before the bounds these ran for minutes or filled the heap), not speed targets.
 */
class WorkBoundsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static String error(String... lines) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            Session session = new Session();
            Session.Result last = null;
            for (String line : lines) {
                last = session.run(line);
            }
            assertThat(last.ok()).as("%.200s", last.text()).isFalse();
            assertThat(last.error()).doesNotContain("\n").doesNotContain("Exception");
            return last.error();
        });
    }

    @Test
    void matrixSizeIsBounded() {
        assertThat(error("identity(2000)^(10^15)")).isEqualTo(
                "Matrices are limited to 500×500 (250,000 entries) here; identity(2000) is too large");
        assertThat(error("solve(identity(2000), identity(2000))")).contains("500×500").contains("identity(2000)");
        StringJoiner values = new StringJoiner(", ", "[", "]");
        for (int i = 1; i <= 2000; i++) {
            values.add(String.valueOf(i));
        }
        assertThat(error("eig(diag(" + values + "))")).contains("500×500").contains("diag of 2000 values");
    }

    @Test
    void matrixArithmeticIsBounded() {
        assertThat(error("identity(500)^(10^15)")).contains("to the power 1000000000000000")
                .contains("one evaluation is limited to 2e9");
        assertThat(error("identity(2)^(10^16)")).contains("exponents up to 10^15");
    }

    @Test
    void workThatDoublesIsBounded() {
        // forty definitions, each using the one before twice: f40(1) is 2^40 calls
        String[] plus = doubling("+", "f40(1)");
        assertThat(error(plus)).contains("more than 1e7 steps").contains("one evaluation is limited to that here");
        String[] times = doubling("*", "diff(f40(x), x)");
        assertThat(error(times)).contains("terms").contains("formulas are limited to that here");
        String[] derivative = doubling("*", "f40(2)");
        assertThat(error(derivative)).contains("steps");
    }

    @Test
    void smallWorkStillAnswers() {
        Session session = new Session();
        String[] lines = doubling("+", "f10(1)");
        Session.Result last = null;
        for (String line : lines) {
            last = session.run(line);
        }
        assertThat(last.text()).isEqualTo("1024.0");
        assertThat(new Session().run("[[1, 1], [1, 0]]^50").text()).startsWith("[[2.0365011074E10");
        assertThat(new Session().run("rank(identity(200) * 2)").text()).isEqualTo("200.0");
    }

    private static String[] doubling(String op, String last) {
        String[] lines = new String[41];
        lines[0] = "f1(x) = x " + op + " x";
        for (int k = 2; k <= 40; k++) {
            lines[k - 1] = "f" + k + "(x) = f" + (k - 1) + "(x) " + op + " f" + (k - 1) + "(x)";
        }
        lines[40] = last;
        return lines;
    }

    @Test
    void anInterruptedEvaluationStopsWithCancelled() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> MathLanguage.evaluate("integrate(sin(x), x, 0, 1)"))
                    .isInstanceOf(MathError.class).hasMessage("Cancelled.");
        } finally {
            Thread.interrupted();       // clear the flag for the next test
        }
        assertThat(MathLanguage.evaluateScalar("1 + 1")).isEqualTo(2.0);
    }
}
