package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every built-in function called with 0 to 3 odd arguments answers with a value or with the
 * language's own sentence: never a library's words or an exception's name. Closes the class
 * of "transpose() says IndexOutOfBoundsException" and "det(huge) says SVD Failed!".
 */
class BuiltinArgumentsFuzzTest {
    private static final String[] ODD = {
        "0", "-0", "1e308", "-1e308", "1e-320", "inf", "-inf", "0/0 == 0", "\"left\"", "x", "[1]", "[0, 0]",
        "[1e308, 1e308]", "[inf, 1]", "[[0]]", "[[1, 2, 3]]", "[[1], [2]]", "[[1e308, 1e308], [1e308, -1e308]]",
        "[[0, 0], [0, 0]]", "[[1, 2], [2, 4]]", "[[1e-300, 0], [0, 1e300]]", "[[1, 1], [0, 1]]", "[[0, -1], [1, 0]]",
        "identity(3)", "[x, y]", "x^2 + y", "-1", "2.5", "3", "[[1e-320, 1], [1, 1e-320]]", "[[inf, 0], [0, 1]]"};
    private static final String[] FORBIDDEN = {"Exception", "Index", "null", "SVD", "java.", "ejml", "Error:"};

    @Test
    void everyBuiltinAnswersInItsOwnWords() {
        long seed = 20261202L;
        Random random = new Random(seed);
        List<String> calls = new ArrayList<>();
        for (String name : Functions.ALL) {
            calls.add(name + "()");
            for (String a : ODD) {
                calls.add(name + "(" + a + ")");
            }
            for (int k = 0; k < 60; k++) {
                calls.add(name + "(" + pick(random) + ", " + pick(random) + ")");
                calls.add(name + "(" + pick(random) + ", " + pick(random) + ", " + pick(random) + ")");
            }
        }
        for (String call : calls) {
            try {
                Value v = MathLanguage.evaluate(call, java.util.Map.of("x", new Value.Scalar(2), "y", new Value.Scalar(-1)));
                MathLanguage.format(v);
            } catch (MathError e) {
                String message = e.getMessage();
                assertThat(message).as("seed %d: %s", seed, call).isNotBlank().doesNotContain("\n")
                        .isNotEqualTo(MathLanguage.INTERNAL);
                for (String word : FORBIDDEN) {
                    assertThat(message).as("seed %d: %s", seed, call).doesNotContain(word);
                }
            } catch (Throwable t) {
                fail("seed " + seed + ": " + call + " threw " + t, t);
            }
        }
    }

    private static String pick(Random random) {
        return ODD[random.nextInt(ODD.length)];
    }
}
