package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.expr.MathLanguage;

class AutodiffExplorableTest {
    private static double[] vector(String text) {
        return MathLanguage.evaluateVector(text);
    }

    @Test
    void presetsGiveTheWorkedExamples() {
        AutodiffExplorable pane = new AutodiffExplorable();
        pane.parameters().set("preset", "square");
        assertThat(pane.readouts().read("value").text()).isEqualTo("25.0");
        assertThat(pane.readouts().read("grad").text()).isEqualTo("[10.0]");
        pane.parameters().set("preset", "cylinder");
        double[] g = vector(pane.readouts().read("grad").text());
        // variables in alphabetical order: (∂v/∂l, ∂v/∂r) = (9π, 30π)
        assertThat(g[0]).isCloseTo(9 * Math.PI, within(1e-12));
        assertThat(g[1]).isCloseTo(30 * Math.PI, within(1e-12));
        pane.parameters().set("preset", "regression");
        assertThat(pane.readouts().read("value").text()).isEqualTo("1.0");
        assertThat(pane.readouts().read("grad").text()).isEqualTo("[-2.0, -4.0, -1.0, 2.0]");
    }

    @Test
    void theTableAgreesWithSymbolicAndFiniteDifferences() {
        AutodiffExplorable pane = new AutodiffExplorable();
        pane.parameters().set("f", "sin(x*y) + x/y");
        pane.parameters().set("at", "[1.5, 0.7]");
        AutodiffModel m = pane.model();
        for (int i = 0; i < 2; i++) {
            assertThat(m.grad()[i]).isCloseTo(m.symbolic()[i], within(1e-12));
            assertThat(m.grad()[i]).isCloseTo(m.numeric()[i], within(1e-6));
        }
    }

    @Test
    void aPointOfTheWrongLengthIsExplainedNotThrown() {
        AutodiffExplorable pane = new AutodiffExplorable();
        pane.parameters().set("f", "x*y");
        pane.parameters().set("at", "[1, 2, 3]");
        assertThat(pane.readouts().read("value").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("grad").text()).isEqualTo("undefined");
        assertThat(pane.model().problem()).contains("2 variables").contains("[x, y]").contains("3 values");
        pane.parameters().set("at", "[2, 3]");
        assertThat(pane.readouts().read("grad").text()).isEqualTo("[3.0, 2.0]");
        assertThatThrownBy(() -> pane.parameters().set("f", "x < y")).isInstanceOf(ParameterException.class);
        assertThat(pane.parameters().get("f").text()).isEqualTo("x*y");
    }

    @Test
    void stepsReplayForwardThenBackward() {
        AutodiffExplorable pane = new AutodiffExplorable();
        pane.parameters().set("preset", "square");
        pane.animation().orElseThrow().rewind();
        assertThat(pane.model().shown()).isZero();
        // x = 5, n1 = x² = 25, seed adjoint 1, then x's adjoint += 1·2x = 10
        assertThat(pane.model().total()).isEqualTo(4);
        pane.animation().orElseThrow().step();
        pane.animation().orElseThrow().step();
        assertThat(pane.model().events().get(1).text()).isEqualTo("n1 = x² = 5² = 25");
        pane.animation().orElseThrow().step();
        pane.animation().orElseThrow().step();
        assertThat(pane.model().events().get(3).text()).contains("∂(x²)/∂x = 2·x = 10");
        assertThat(pane.animation().orElseThrow().isFinished()).isTrue();
    }
}
