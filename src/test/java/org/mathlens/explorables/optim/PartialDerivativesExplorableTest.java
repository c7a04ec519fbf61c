package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;
import org.mathlens.math.expr.MathLanguage;

class PartialDerivativesExplorableTest {
    @Test
    void presetsGiveTheWorkedExamples() {
        PartialDerivativesExplorable pane = new PartialDerivativesExplorable();
        assertThat(pane.readouts().read("dfdx").text()).isEqualTo("2.0");
        assertThat(pane.readouts().read("dfdy").text()).isEqualTo("-4.0");
        assertThat(pane.readouts().read("grad").text()).isEqualTo("[2.0, -4.0]");
        pane.parameters().set("preset", "cylinder");
        double[] g = MathLanguage.evaluateVector(pane.readouts().read("grad").text());
        assertThat(g[0]).isCloseTo(30 * Math.PI, within(1e-12));
        assertThat(g[1]).isCloseTo(9 * Math.PI, within(1e-12));
        pane.parameters().set("preset", "bowl");
        assertThat(pane.readouts().read("grad").text()).isEqualTo("[2.0, 2.0]");
    }

    @Test
    void typingAFormulaMakesItCustomAndMovingThePointChangesTheSlopes() {
        PartialDerivativesExplorable pane = new PartialDerivativesExplorable();
        pane.parameters().set("f", "x*y");
        assertThat(pane.parameters().get("preset").text()).isEqualTo("custom");
        pane.parameters().set("x0", "3");
        pane.parameters().set("y0", "-1");
        assertThat(pane.readouts().read("dfdx").text()).isEqualTo("-1.0");
        assertThat(pane.readouts().read("dfdy").text()).isEqualTo("3.0");
        assertThatThrownBy(() -> pane.parameters().set("f", "x + z")).isInstanceOf(ParameterException.class);
        assertThat(pane.parameters().get("f").text()).isEqualTo("x*y");
        pane.parameters().set("f", "sqrt(x)");
        pane.parameters().set("x0", "-2");
        assertThat(pane.readouts().read("dfdx").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("grad").text()).isEqualTo("undefined");
    }
}
