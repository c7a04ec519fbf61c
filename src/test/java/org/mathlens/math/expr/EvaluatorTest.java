package org.mathlens.math.expr;

import org.mathlens.math.MathError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static String eval(String s) {
        return MathLanguage.format(MathLanguage.evaluate(s));
    }

    private static String eval(String s, Map<String, Value> vars) {
        return MathLanguage.format(MathLanguage.evaluate(s, vars));
    }

    @Test
    void scalarArithmetic() {
        assertThat(MathLanguage.evaluateScalar("1 + 2*3")).isEqualTo(7.0);
        assertThat(MathLanguage.evaluateScalar("-2^2")).isEqualTo(-4.0);
        assertThat(MathLanguage.evaluateScalar("2^-1")).isEqualTo(0.5);
        assertThat(MathLanguage.evaluateScalar("2^3^2")).isEqualTo(512.0);
        assertThat(MathLanguage.evaluateScalar("2pi")).isEqualTo(2 * Math.PI);
        assertThat(MathLanguage.evaluateScalar("e")).isEqualTo(Math.E);
        assertThat(MathLanguage.evaluateScalar("2 sin(pi/2)")).isEqualTo(2.0);
        assertThat(MathLanguage.evaluateScalar("ln(e^2)")).isEqualTo(2.0);
        assertThat(MathLanguage.evaluateScalar("abs(-3) + sqrt(16) + exp(0) + cos(0) + tan(0)")).isEqualTo(9.0);
        assertThat(eval("-inf")).isEqualTo("-inf");
        assertThat(eval("0 * -1")).isEqualTo("0.0");
    }

    @Test
    void variablesAndUserFunctions() {
        Map<String, Value> vars = Map.of("x", new Value.Scalar(3),
                "f", new Value.FunctionValue(List.of("t"), MathLanguage.parse("t^3 - t")));
        assertThat(eval("(x+1)(x-1)", vars)).isEqualTo("8.0");
        assertThat(eval("f(2) + x", vars)).isEqualTo("9.0");
        assertThat(eval("diff(f(t), t)", vars)).isEqualTo("3*t^2 - 1");
        assertThatThrownBy(() -> MathLanguage.evaluate("f", vars)).hasMessageContaining("is a function");
        Map<String, Value> loop = Map.of("g", new Value.FunctionValue(List.of("x"), MathLanguage.parse("g(x) + 1")));
        assertThatThrownBy(() -> MathLanguage.evaluate("g(1)", loop)).isInstanceOf(MathError.class)
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void vectorsAndMatrices() {
        assertThat(MathLanguage.evaluateVector("[1, 2, 3] + [1, 1, 1]")).containsExactly(2, 3, 4);
        assertThat(MathLanguage.evaluateMatrix("[[1, 2], [3, 4]] * [[5, 6], [7, 8]]"))
                .isEqualTo(new double[][] {{19, 22}, {43, 50}});
        assertThat(eval("[[1, 2], [3, 4]] * [1, 1]")).isEqualTo("[3.0, 7.0]");
        assertThat(eval("[1, 1] * [[1, 2], [3, 4]]")).isEqualTo("[4.0, 6.0]");
        assertThat(eval("2 * [[1, 2], [3, 4]]")).isEqualTo("[[2.0, 4.0], [6.0, 8.0]]");
        assertThat(eval("[[1, 2], [3, 4]] / 2")).isEqualTo("[[0.5, 1.0], [1.5, 2.0]]");
        assertThat(eval("[[1, 2], [3, 4]] .* [[1, 2], [3, 4]]")).isEqualTo("[[1.0, 4.0], [9.0, 16.0]]");
        assertThat(eval("[[1, 1], [0, 1]]^3")).isEqualTo("[[1.0, 3.0], [0.0, 1.0]]");
        assertThat(eval("[[2, 0], [0, 4]]^-1")).isEqualTo("[[0.5, 0.0], [0.0, 0.25]]");
        assertThat(eval("[[1, 2], [3, 4]]^0")).isEqualTo("[[1.0, 0.0], [0.0, 1.0]]");
        assertThat(eval("sqrt([4, 9])")).isEqualTo("[2.0, 3.0]");
        assertThat(eval("-[1, 2]")).isEqualTo("[-1.0, -2.0]");
        assertThatThrownBy(() -> MathLanguage.evaluateMatrix("[1, 2]")).hasMessage("expected a matrix, got a vector of length 2");
        assertThatThrownBy(() -> MathLanguage.evaluateVector("3")).hasMessage("expected a vector, got a number");
    }

    @Test
    void shapeErrors() {
        assertThatThrownBy(() -> MathLanguage.evaluate("[[1, 2, 3], [4, 5, 6]] * [[1, 2, 3], [4, 5, 6]]"))
                .hasMessage("cannot multiply 2×3 by 2×3: inner sizes 3 and 2 differ");
        assertThatThrownBy(() -> MathLanguage.evaluate("[[1, 2], [3]]")).hasMessage("ragged matrix: row 1 has 2 entries but row 2 has 1");
        assertThatThrownBy(() -> MathLanguage.evaluate("[1, 2] * [3, 4]")).hasMessageContaining("use dot(u, v)");
        assertThatThrownBy(() -> MathLanguage.evaluate("[1, 2] + [1, 2, 3]")).hasMessage("cannot add vectors of lengths 2 and 3");
        assertThatThrownBy(() -> MathLanguage.evaluate("[[1, 2]] + [[1], [2]]")).hasMessageContaining("shapes differ");
        assertThatThrownBy(() -> MathLanguage.evaluate("[[1, 2, 3], [4, 5, 6]]^2")).hasMessage("only a square matrix has powers, got a 2×3 matrix");
        assertThatThrownBy(() -> MathLanguage.evaluateScalar("[[1, 2], [3, 4]]")).hasMessage("expected a number, got a 2×2 matrix");
        assertThatThrownBy(() -> MathLanguage.evaluate("[1, [2]]")).hasMessageContaining("entry 2");
    }

    @Test
    void domainErrorsInClosedEvaluation() {
        assertThatThrownBy(() -> MathLanguage.evaluate("log(0)")).hasMessage("log is undefined at 0");
        assertThatThrownBy(() -> MathLanguage.evaluate("log(-1)")).hasMessage("log is undefined at -1.0");
        assertThatThrownBy(() -> MathLanguage.evaluate("sqrt(-4)")).hasMessage("sqrt is undefined at -4.0");
        assertThatThrownBy(() -> MathLanguage.evaluate("1/0")).hasMessage("division by zero");
        assertThatThrownBy(() -> MathLanguage.evaluate("0/0")).hasMessage("division by zero");
        assertThatThrownBy(() -> MathLanguage.evaluate("(-8)^(1/3)")).hasMessageContaining("is undefined");
        assertThatThrownBy(() -> MathLanguage.evaluate("q + 1")).hasMessage("unknown variable 'q'");
        assertThatThrownBy(() -> MathLanguage.evaluate("sine(1)")).hasMessage("unknown function 'sine' — did you mean 'sin'?");
        assertThatThrownBy(() -> MathLanguage.evaluate("detr([[1]])")).hasMessage("unknown function 'detr' — did you mean 'det'?");
        assertThatThrownBy(() -> MathLanguage.evaluate("zzzzzz(1)")).hasMessage("unknown function 'zzzzzz'");
        assertThatThrownBy(() -> MathLanguage.evaluate("sin(1, 2)")).hasMessage("sin takes 1 argument, got 2");
    }

    @Test
    void comparisonsGiveBooleans() {
        assertThat(eval("2 == 2.0000000001")).isEqualTo("true");
        assertThat(eval("2 == 2.001")).isEqualTo("false");
        assertThat(eval("1e12 == 1e12 + 1")).isEqualTo("true");
        assertThat(eval("0 == 1e-10")).isEqualTo("true");
        assertThat(eval("1 != 2")).isEqualTo("true");
        assertThat(eval("1 < 2")).isEqualTo("true");
        assertThat(eval("2 <= 2")).isEqualTo("true");
        assertThat(eval("1 > 2")).isEqualTo("false");
        assertThat(eval("1 >= 2")).isEqualTo("false");
        assertThat(eval("[1, 2] == [1, 2.0000000001]")).isEqualTo("true");
        assertThat(eval("[[1, 2], [3, 4]] == [[1, 2], [3, 5]]")).isEqualTo("false");
        assertThat(eval("[1, 2] == [1, 2, 3]")).isEqualTo("false");
        assertThat(eval("inv([[2, 0], [0, 2]]) == [[0.5, 0], [0, 0.5]]")).isEqualTo("true");
        assertThatThrownBy(() -> MathLanguage.evaluate("[1] < [2]")).hasMessageContaining("only numbers are ordered");
    }

    @Test
    void printingRules() {
        assertThat(MathLanguage.format(new Value.Scalar(-0.0))).isEqualTo("0.0");
        assertThat(MathLanguage.format(new Value.Scalar(Double.POSITIVE_INFINITY))).isEqualTo("inf");
        assertThat(MathLanguage.format(new Value.VectorValue(new double[] {1, 2}))).isEqualTo("[1.0, 2.0]");
        assertThat(MathLanguage.format(new Value.MatrixValue(new double[][] {{1, 2}, {3, 4}}))).isEqualTo("[[1.0, 2.0], [3.0, 4.0]]");
        assertThat(MathLanguage.format(new Value.ComplexValue(1, 2))).isEqualTo("1.0+2.0i");
        assertThat(MathLanguage.format(new Value.ComplexValue(1, -2))).isEqualTo("1.0-2.0i");
        assertThat(MathLanguage.format(new Value.Text("left"))).isEqualTo("left");
        assertThat(eval("\"left\"")).isEqualTo("left");
        assertThat(MathLanguage.format(new Value.Bool(true))).isEqualTo("true");
        double third = MathLanguage.evaluateScalar("1/3");
        assertThat(MathLanguage.evaluateScalar(eval("1/3"))).isEqualTo(third);   // round-trips exactly
        assertThat(MathLanguage.evaluateScalar("1.0E-4")).isCloseTo(1e-4, within(0.0));
    }
}
