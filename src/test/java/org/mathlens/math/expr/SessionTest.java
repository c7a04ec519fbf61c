package org.mathlens.math.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionTest {
    private final Session session = new Session();

    @Test
    void assignmentsAndFunctionsCarryToLaterLines() {
        assertThat(session.run("A = [[2, 1], [1, 2]]").text()).isEqualTo("[[2.0, 1.0], [1.0, 2.0]]");
        assertThat(session.run("eig(A)").text()).isEqualTo("[3.0, 1.0]");
        Session.Result f = session.run("f(x) = x^3 - x");
        assertThat(f.ok()).isTrue();
        assertThat(f.statement().isFunctionDefinition()).isTrue();
        assertThat(session.run("f(2)").text()).isEqualTo("6.0");
    }

    @Test
    void aBadLineSaysWhyAndForgetsNothing() {
        session.run("k = 2");
        assertThat(session.run("k * (1 + ").text()).startsWith("error: ");
        assertThat(session.run("inv([[1, 2], [2, 4]])").text())
                .isEqualTo("error: matrix is singular (det = 0): it has no inverse; pinv(A) gives the least-squares one");
        assertThat(session.run("k + 1").text()).isEqualTo("3.0");
    }

    @Test
    void goalsMayNameReadoutsThatShareAFunctionsNameAndUseTrueAndFalse() {
        java.util.Map<String, Value> readouts = java.util.Map.of("cos", new Value.Scalar(0.5), "independent", new Value.Bool(false));
        assertThat(MathLanguage.evaluate("abs(cos - 0.5) < 0.01", readouts)).isEqualTo(new Value.Bool(true));
        assertThat(MathLanguage.evaluate("independent == false", readouts)).isEqualTo(new Value.Bool(true));
        assertThat(MathLanguage.evaluate("cos(0) == 1", readouts)).isEqualTo(new Value.Bool(true));
        assertThat(session.run("cos + 1").text()).isEqualTo("error: cos needs its argument in parentheses, like cos(x) at column 1");
    }
}
