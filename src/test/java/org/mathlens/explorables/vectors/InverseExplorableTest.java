package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.PaneAnimation;

class InverseExplorableTest {
    @Test
    void readsOutDetInverseAndSolution() {
        InverseExplorable pane = new InverseExplorable();
        assertThat(pane.readouts().read("det").text()).isEqualTo("1.0");
        assertThat(pane.readouts().read("inverse").text()).isEqualTo("[[1.0, -1.0], [-1.0, 2.0]]");
        assertThat(pane.readouts().read("x").text()).isEqualTo("[1.0, 1.0]");
        pane.parameters().set("A", "[[1, 2], [2, 4]]");
        assertThat(pane.readouts().read("det").text()).isEqualTo("0.0");
        assertThat(pane.readouts().read("inverse").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("x").text()).isEqualTo("none");
        pane.parameters().set("b", "[1, 2, 0]");
        assertThat(pane.readouts().read("x").text()).isEqualTo("infinite");
        pane.parameters().set("A", "[[2, 0, 0], [0, 4, 0], [0, 0, 0.5]]");
        pane.parameters().set("b", "[2, 2, 2]");
        assertThat(pane.readouts().read("det").text()).isEqualTo("4.0");
        assertThat(pane.readouts().read("x").text()).isEqualTo("[1.0, 0.5, 4.0]");
        assertThat(pane.readouts().read("inverse").text()).isEqualTo("[[0.5, 0.0, 0.0], [0.0, 0.25, 0.0], [0.0, 0.0, 2.0]]");
    }

    @Test
    void theStepParameterWalksTheRowOperationsAndPlayGoesThereAndBack() {
        InverseExplorable pane = new InverseExplorable();
        PaneAnimation trip = pane.animation().orElseThrow();
        assertThat(pane.stepIndex()).isZero();
        pane.parameters().set("step", "1");
        assertThat(pane.stepIndex()).isEqualTo(1);
        pane.showStep(99);
        assertThat(pane.stepIndex()).isEqualTo(4);
        assertThat(pane.parameters().get("step").text()).as("a click is the parameter").isEqualTo("4.0");
        pane.parameters().set("step", "13");
        assertThat(pane.stepIndex()).as("past the end shows the last step").isEqualTo(4);
        assertThat(pane.parameters().get("trip").text()).as("at rest the grid is under A").isEqualTo("1.0");
        trip.advance(10);
        assertThat(trip.isFinished()).isTrue();
        assertThat(pane.parameters().get("trip").text()).isEqualTo("2.0");
        trip.rewind();
        assertThat(trip.isFinished()).isFalse();
        assertThat(pane.parameters().get("trip").text()).isEqualTo("0.0");
        trip.step();
        assertThat(pane.parameters().get("trip").text()).as("step: the next stage of the trip").isEqualTo("1.0");
        pane.parameters().set("A", "[[0, 1], [1, 0]]");
        pane.parameters().set("step", "1");
        assertThat(pane.model().gaussJordan().steps().get(pane.stepIndex()).text()).isEqualTo("R1 ↔ R2");
    }
}
