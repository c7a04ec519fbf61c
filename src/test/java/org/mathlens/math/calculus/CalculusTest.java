package org.mathlens.math.calculus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mathlens.math.MathError;
import org.mathlens.math.expr.MathLanguage;
import org.mathlens.math.expr.Value;

class CalculusTest {

    private static String eval(String s) {
        return MathLanguage.format(MathLanguage.evaluate(s));
    }

    @Test
    void removableSingularitiesGiveExactNiceValues() {
        assertThat(eval("limit(sin(x)/x, x, 0)")).isEqualTo("1.0");
        assertThat(eval("limit((x^2 - 1)/(x - 1), x, 1)")).isEqualTo("2.0");
        assertThat(eval("limit((1 - cos(x))/x^2, x, 0)")).isEqualTo("0.5");
        assertThat(eval("limit((exp(x) - 1)/x, x, 0)")).isEqualTo("1.0");
        assertThat(eval("limit((sqrt(1 + x) - 1)/x, x, 0)")).isEqualTo("0.5");
        assertThat(eval("limit(sin(pi*x)/x, x, 0)")).isEqualTo(Double.toString(Math.PI));
        assertThat(eval("limit(x*log(x), x, 0, \"right\")")).isEqualTo("0.0");
        assertThat(eval("limit(x^x, x, 0, \"right\")")).isEqualTo("1.0");
    }

    @Test
    void continuousFunctionsGiveTheirValue() {
        assertThat(MathLanguage.evaluateScalar("limit(x^2 + 1, x, 3)")).isEqualTo(10.0);
        assertThat(MathLanguage.evaluateScalar("limit(cos(x), x, 1)")).isEqualTo(Math.cos(1));
        assertThat(MathLanguage.evaluateScalar("limit(sqrt(x), x, 0, \"right\")")).isEqualTo(0.0);
    }

    @Test
    void oneSidedAndMissingLimits() {
        assertThat(eval("limit(1/x, x, 0, \"right\")")).isEqualTo("inf");
        assertThat(eval("limit(1/x, x, 0, \"left\")")).isEqualTo("-inf");
        assertThatThrownBy(() -> MathLanguage.evaluate("limit(1/x, x, 0)")).isInstanceOf(MathError.class)
                .hasMessage("limit does not exist: left -inf, right inf");
        assertThat(eval("limit(1/x^2, x, 0)")).isEqualTo("inf");
        assertThatThrownBy(() -> MathLanguage.evaluate("limit(abs(x)/x, x, 0)"))
                .hasMessage("limit does not exist: left -1.0, right 1.0");
        assertThatThrownBy(() -> MathLanguage.evaluate("limit(sin(1/x), x, 0)"))
                .hasMessage("limit does not exist: f oscillates near 0.0");
        assertThat(eval("limit(log(x), x, 0, \"right\")")).isEqualTo("-inf");
        assertThatThrownBy(() -> MathLanguage.evaluate("limit(sqrt(x), x, 0)"))
                .hasMessageStartingWith("limit does not exist: f is undefined to the left of 0.0");
        assertThatThrownBy(() -> MathLanguage.evaluate("limit(1/x, x, 0, \"up\")")).hasMessageContaining("\"left\" or \"right\"");
    }

    @Test
    void limitsAtInfinity() {
        assertThat(eval("limit(1/x, x, inf)")).isEqualTo("0.0");
        assertThat(eval("limit((2x + 1)/(x - 3), x, inf)")).isEqualTo("2.0");
        assertThat(eval("limit(x/(x + 1), x, -inf)")).isEqualTo("1.0");
        assertThat(eval("limit(exp(x), x, inf)")).isEqualTo("inf");
        assertThat(eval("limit(exp(x), x, -inf)")).isEqualTo("0.0");
        assertThat(eval("limit(-x^3, x, inf)")).isEqualTo("-inf");
        assertThat(eval("limit((1 + 1/x)^x, x, inf)")).isEqualTo(Double.toString(Math.E));
        assertThatThrownBy(() -> MathLanguage.evaluate("limit(sin(x), x, inf)")).hasMessageContaining("oscillates");
    }

    @Test
    void integrals() {
        assertThat(MathLanguage.evaluateScalar("integrate(x^2, x, 0, 1)")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(MathLanguage.evaluateScalar("integrate(exp(-x^2), x, -inf, inf)")).isCloseTo(Math.sqrt(Math.PI), within(1e-10));
        assertThat(MathLanguage.evaluateScalar("integrate(sin(x), x, 0, pi)")).isCloseTo(2, within(1e-10));
        assertThat(MathLanguage.evaluateScalar("integrate(exp(-x), x, 0, inf)")).isCloseTo(1, within(1e-10));
        assertThat(MathLanguage.evaluateScalar("integrate(1/(1 + x^2), x, -inf, 0)")).isCloseTo(Math.PI / 2, within(1e-10));
        assertThat(MathLanguage.evaluateScalar("integrate(x^2, x, 1, 0)")).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(MathLanguage.evaluateScalar("integrate(sqrt(x), x, 0, 1)")).isCloseTo(2.0 / 3, within(1e-10));
        assertThat(MathLanguage.evaluateScalar("integrate(abs(x - 0.3), x, -1, 1)")).isCloseTo(1.09, within(1e-10));
        assertThatThrownBy(() -> MathLanguage.evaluate("integrate(1/x, x, 0, 1)")).hasMessageContaining("does not converge");
        assertThatThrownBy(() -> MathLanguage.evaluate("integrate(1, x, 0, inf)")).hasMessageContaining("does not converge");
        assertThatThrownBy(() -> MathLanguage.evaluate("integrate(log(x), x, -2, -1)")).hasMessageContaining("undefined");
    }

    @Test
    void integralsAgreeWithAntiderivativesOfRandomPolynomials() {
        java.util.Random random = new java.util.Random(11);
        for (int trial = 0; trial < 50; trial++) {
            double a = random.nextInt(7) - 3;
            double b = random.nextInt(7) - 3;
            double c = random.nextInt(7) - 3;
            String f = a + "*x^3 + " + b + "*x + " + c + "*exp(x)";
            double expected = a / 4 * 16 + b / 2 * 4 + c * (Math.exp(2) - 1);
            assertThat(MathLanguage.evaluateScalar("integrate(" + f + ", x, 0, 2)")).as("trial %d: %s", trial, f)
                    .isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void gradientHessianJacobian() {
        assertThat(MathLanguage.evaluate("hessian(x^2*y + y^3, [x, y], [1, 2])"))
                .isEqualTo(new Value.MatrixValue(new double[][] {{4, 2}, {2, 12}}));
        assertThat(MathLanguage.evaluate("jacobian([x*y, x + y^2], [x, y], [2, 3])"))
                .isEqualTo(new Value.MatrixValue(new double[][] {{3, 2}, {1, 6}}));
        assertThat(MathLanguage.evaluate("grad(x^2 + 3y, [x, y], [1, 1])"))
                .isEqualTo(new Value.VectorValue(new double[] {2, 3}));
        assertThatThrownBy(() -> MathLanguage.evaluate("grad(x*y, [x, y], [1, 2, 3])")).hasMessageContaining("2 variables");
    }

    @Test
    void niceRounding() {
        assertThat(Limits.nice(0.9999999999997)).isEqualTo(1.0);
        assertThat(Limits.nice(0.33333333333341)).isEqualTo(1.0 / 3);
        assertThat(Limits.nice(1.4142135623731)).isEqualTo(Math.sqrt(2));
        assertThat(Limits.nice(0.123456789)).isEqualTo(0.123456789);
    }
}
