package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.PaneAnimation;

class MatrixPropertiesExplorableTest {
    @Test
    void readsOutNormTraceTransposeAndBadges() {
        MatrixPropertiesExplorable pane = new MatrixPropertiesExplorable();
        pane.parameters().set("A", "[[1, 2], [3, 4]]");
        assertThat(pane.readouts().read("frobenius").text()).isEqualTo(Double.toString(Math.sqrt(30)));
        assertThat(pane.readouts().read("trace").text()).isEqualTo("5.0");
        assertThat(pane.readouts().read("transpose").text()).isEqualTo("[[1.0, 3.0], [2.0, 4.0]]");
        assertThat(pane.readouts().read("symmetric").text()).isEqualTo("false");
        pane.parameters().set("A", "[[0, -1], [1, 0]]");
        assertThat(pane.readouts().read("orthogonal").text()).isEqualTo("true");
        assertThat(pane.readouts().read("symmetric").text()).isEqualTo("false");
        pane.parameters().set("A", "[[1, 2, 3], [0, 4, 5]]");
        assertThat(pane.readouts().read("trace").text()).isEqualTo("undefined");
        assertThat(pane.readouts().read("upper").text()).isEqualTo("true");
        assertThat(pane.readouts().read("lower").text()).isEqualTo("false");
        assertThat(pane.readouts().read("identity").text()).isEqualTo("false");
        pane.parameters().set("A", "[[1, 0], [0, 1]]");
        assertThat(pane.readouts().read("identity").text()).isEqualTo("true");
        assertThat(pane.readouts().read("diagonal").text()).isEqualTo("true");
    }

    @Test
    void playFliesToTheTransposeAndBackAndStepToggles() {
        // the flight is the flip parameter, read back through its text
        MatrixPropertiesExplorable pane = new MatrixPropertiesExplorable();
        PaneAnimation flight = pane.animation().orElseThrow();
        assertThat(flip(pane)).as("at rest A stands beside its transpose").isEqualTo(1.0);
        pane.parameters().set("flip", "0");
        flight = pane.animation().orElseThrow();
        assertThat(flight.isFinished()).isTrue();
        flight.rewind();
        flight.advance(0.7);
        assertThat(flip(pane)).isStrictlyBetween(0.0, 1.0);
        flight.advance(5);
        assertThat(flip(pane)).isEqualTo(1.0);
        assertThat(flight.isFinished()).isTrue();
        flight.rewind();
        flight.advance(5);
        assertThat(flip(pane)).isEqualTo(0.0);
        flight.step();
        assertThat(flip(pane)).isEqualTo(1.0);
        flight.step();
        assertThat(flip(pane)).isEqualTo(0.0);
    }

    private static double flip(MatrixPropertiesExplorable pane) {
        return Double.parseDouble(pane.parameters().get("flip").text());
    }
}
