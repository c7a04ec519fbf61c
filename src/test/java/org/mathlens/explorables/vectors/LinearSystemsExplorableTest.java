package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mathlens.explorable.ParameterException;

class LinearSystemsExplorableTest {
    @Test
    void theSheriffPresetReadsOutWhereTheLinesCross() {
        LinearSystemsExplorable pane = new LinearSystemsExplorable();
        assertThat(pane.readouts().read("solution").text()).isEqualTo("[30.0, 75.0]");
        assertThat(pane.readouts().read("rank").text()).isEqualTo("2.0");
        assertThat(pane.readouts().read("det").text()).isEqualTo("0.5");
    }

    @Test
    void presetsSetTheSystemAndEditingMakesItCustom() {
        LinearSystemsExplorable pane = new LinearSystemsExplorable();
        pane.parameters().set("preset", "parallel");
        assertThat(pane.parameters().get("A").text()).isEqualTo("[[1.0, 2.0], [2.0, 4.0]]");
        assertThat(pane.readouts().read("solution").text()).isEqualTo("none");
        assertThat(pane.readouts().read("det").text()).isEqualTo("0.0");
        pane.parameters().set("b", "[4, 8, 0]");
        assertThat(pane.parameters().get("preset").text()).isEqualTo("custom");
        assertThat(pane.readouts().read("solution").text()).isEqualTo("infinite");
        assertThat(pane.readouts().read("rank").text()).isEqualTo("1.0");
    }

    @Test
    void aThreeByThreeSystemUsesAllOfB() {
        LinearSystemsExplorable pane = new LinearSystemsExplorable();
        pane.parameters().set("A", "[[1, 1, 1], [2, -1, 1], [1, 2, -1]]");
        pane.parameters().set("b", "[6, 3, 2]");
        assertThat(pane.readouts().read("solution").text()).isEqualTo("[1.0, 2.0, 3.0]");
        assertThat(pane.readouts().read("rank").text()).isEqualTo("3.0");
        pane.parameters().set("preset", "planes-share-a-line");
        assertThat(pane.readouts().read("solution").text()).isEqualTo("infinite");
        assertThat(pane.readouts().read("rank").text()).isEqualTo("2.0");
    }

    @Test
    void steppingWalksThroughEveryRowOperationAndBackToTheStart() {
        LinearSystemsExplorable pane = new LinearSystemsExplorable();
        var anim = pane.animation().orElseThrow();
        int steps = pane.model().steps();
        for (int k = 0; k < steps; k++) {
            assertThat(anim.isFinished()).isFalse();
            anim.step();
        }
        assertThat(anim.isFinished()).isTrue();
        assertThat(pane.shownSystem()).isDeepEqualTo(new double[][] {{1, 0, 30}, {0, 1, 75}});
        anim.step();
        assertThat(pane.done()).isZero();
        // playing moves through the operations on its own
        for (int i = 0; i < 60 * LinearSystemsExplorable.SECONDS_PER_OP * steps + 10; i++) {
            anim.advance(1.0 / 60);
        }
        assertThat(anim.isFinished()).isTrue();
    }

    @Test
    void aBadMatrixIsRefusedAndChangesNothing() {
        LinearSystemsExplorable pane = new LinearSystemsExplorable();
        assertThatThrownBy(() -> pane.parameters().set("A", "[[1, 2, 3], [4, 5, 6]]")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("b", "[1, 2, 3, 4]")).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> pane.parameters().set("b", "[1]")).isInstanceOf(ParameterException.class);
        assertThat(pane.readouts().read("solution").text()).isEqualTo("[30.0, 75.0]");
    }

    /** Issue 10: a 2×2 system's b is typed with two components (the third, for 3×3, stays 0). */
    @Test
    void aTwoByTwoSystemTakesATwoComponentB() {
        LinearSystemsExplorable pane = new LinearSystemsExplorable();
        pane.parameters().set("b", "[1, 4]");
        pane.parameters().set("A", "[[1, 1], [1, -1]]");
        assertThat(pane.readouts().read("solution").text()).isEqualTo("[2.5, -1.5]");
    }
}
