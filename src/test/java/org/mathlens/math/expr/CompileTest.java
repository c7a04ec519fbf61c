package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompileTest {

    @Test
    void compiledAgreesWithTheEvaluator() {
        String text = "sin(x)*exp(-x^2/10) + x^3 - 2x";
        CompiledFunction f = MathLanguage.compile(text, "x");
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            double x = (random.nextDouble() - 0.5) * 20;
            Value v = MathLanguage.evaluate(text, Map.of("x", new Value.Scalar(x)));
            double expected = ((Value.Scalar) v).value();
            // x^3 is x*x*x compiled and Math.pow evaluated: they may differ in the last bit
            assertThat(f.value(x)).as("x = %s", x).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
            assertThat(f.value(new double[] {x})).isEqualTo(f.value(x));
        }
        assertThat(f.text()).isEqualTo(text);
        assertThat(f.variables()).containsExactly("x");
    }

    @Test
    void severalVariablesInTheGivenOrder() {
        CompiledFunction f = MathLanguage.compile("x - 2y + pi*0", "y", "x");
        assertThat(f.value(1, 10)).isEqualTo(8.0);
        assertThat(f.variables()).containsExactly("y", "x");
        assertThatThrownBy(() -> f.value(1)).isInstanceOf(MathError.class);
    }

    @Test
    void undefinedPointsAreNanOrInfinityNeverAnError() {
        CompiledFunction log = MathLanguage.compile("log(x)", "x");
        assertThat(log.value(-1)).isNaN();
        assertThat(log.value(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        CompiledFunction inverse = MathLanguage.compile("1/x", "x");
        assertThat(inverse.value(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(inverse.value(-0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(MathLanguage.compile("sqrt(x)", "x").value(-4)).isNaN();
        assertThat(MathLanguage.compile("x + log(-1)", "x").value(1)).isNaN();
    }

    @Test
    void closedPartsAreComputedOnceAndDerivativesInlined() {
        assertThat(MathLanguage.compile("det([[1, 2], [3, 4]]) * x", "x").value(2)).isEqualTo(-4.0);
        assertThat(MathLanguage.compile("diff(x^3, x)", "x").value(2)).isEqualTo(12.0);
        assertThat(MathLanguage.compile("x > 1", "x").value(2)).isEqualTo(1.0);
        assertThat(MathLanguage.compile("a*x", Map.of("a", new Value.Scalar(3)), "x").value(2)).isEqualTo(6.0);
    }

    @Test
    void compileErrors() {
        assertThatThrownBy(() -> MathLanguage.compile("x + q", "x")).hasMessage("unknown variable 'q'");
        assertThatThrownBy(() -> MathLanguage.compile("sine(x)", "x")).hasMessage("unknown function 'sine' — did you mean 'sin'?");
        assertThatThrownBy(() -> MathLanguage.compile("[x, 1]", "x")).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> MathLanguage.compile("det([[x]])", "x")).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> MathLanguage.compile("x", "pi")).isInstanceOf(MathError.class);
    }
}
