package org.mathlens.explorables.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;

class GradientDescentExplorableTest {
    @Test
    void readoutsFollowTheParameters() {
        GradientDescentExplorable pane = new GradientDescentExplorable();
        pane.parameters().set("data", "clinical-trial");
        pane.parameters().set("m0", "0.9");
        pane.parameters().set("b0", "0.1");
        pane.parameters().set("lr", "0.01");
        pane.parameters().set("steps", "1");
        // m = 0.9 − 0.01·36.305, b = 0.1 − 0.01·6.265 (see the model test)
        assertThat(Double.parseDouble(pane.readouts().read("m").text())).isCloseTo(0.53695, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Double.parseDouble(pane.readouts().read("b").text())).isCloseTo(0.03735, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(pane.readouts().read("step").text()).isEqualTo("1.0");
        pane.parameters().set("lr", "0.5");
        pane.parameters().set("steps", "100");
        assertThat(pane.readouts().read("loss").text()).isEqualTo("diverged");
        assertThat(pane.readouts().read("m").isFinite()).isTrue();
    }

    @Test
    void aThousandStepsAsTheCourseFitsItsLine() {
        GradientDescentExplorable pane = new GradientDescentExplorable();
        pane.parameters().set("data", "[[0, 1], [1, 3], [2, 5]]");
        pane.parameters().set("m0", "0");
        pane.parameters().set("b0", "0");
        pane.parameters().set("lr", "0.01");
        pane.parameters().set("steps", "1000");
        assertThat(Double.parseDouble(pane.readouts().read("step").text())).isEqualTo(1000.0);
        // η = 0.01 is slow: 500 steps leave m about 0.2 away, 1,000 steps bring it within 0.01 of 2
        assertThat(Double.parseDouble(pane.readouts().read("m").text())).isCloseTo(2, org.assertj.core.api.Assertions.within(0.05));
        assertThat(GradientDescentModel.MAX_STEPS).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void dataIsAPresetOrAMatrixOfPoints() {
        GradientDescentExplorable pane = new GradientDescentExplorable();
        pane.parameters().set("data", "[[0, 1], [1, 3], [2, 5]]");
        pane.parameters().set("m0", "0");
        pane.parameters().set("b0", "0");
        pane.parameters().set("lr", "0.1");
        pane.parameters().set("steps", "500");
        assertThat(Double.parseDouble(pane.readouts().read("m").text())).isCloseTo(2, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(Double.parseDouble(pane.readouts().read("b").text())).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
        assertThatThrownBy(() -> pane.parameters().set("data", "[[1, 2, 3], [4, 5, 6]]")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("needs 2 columns in every row");
        assertThatThrownBy(() -> pane.parameters().set("data", "iris")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("clinical-trial");
        assertThat(pane.parameters().get("data").text()).isEqualTo("[[0.0, 1.0], [1.0, 3.0], [2.0, 5.0]]");
    }
}
