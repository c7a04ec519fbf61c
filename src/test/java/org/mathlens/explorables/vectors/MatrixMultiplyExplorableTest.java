package org.mathlens.explorables.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatrixMultiplyExplorableTest {
    @Test
    void readsOutTheProductOrUndefined() {
        MatrixMultiplyExplorable pane = new MatrixMultiplyExplorable();
        assertThat(pane.readouts().read("product").text()).isEqualTo("[[1.0, -1.0], [1.0, 0.0]]");
        assertThat(pane.readouts().read("reversed").text()).isEqualTo("[[0.0, -1.0], [1.0, 1.0]]");
        pane.parameters().set("A", "[[1, 2, 3], [4, 5, 6]]");
        pane.parameters().set("B", "[[7, 8], [9, 10], [11, 12]]");
        assertThat(pane.readouts().read("product").text()).isEqualTo("[[58.0, 64.0], [139.0, 154.0]]");
        pane.select(1, 1);
        assertThat(pane.selected()).containsExactly(1, 1);
        pane.parameters().set("B", "[[1, 0], [0, 1]]");
        assertThat(pane.readouts().read("product").text()).isEqualTo("undefined");
        assertThat(pane.model().mismatch()).isEqualTo("cannot multiply 2×3 by 2×2: A has 3 columns but B has 2 rows");
        pane.parameters().set("A", "[[2]]");
        pane.parameters().set("B", "[[3, 4]]");
        assertThat(pane.readouts().read("product").text()).isEqualTo("[[6.0, 8.0]]");
        assertThat(pane.selected()).as("the lit entry stays inside C").containsExactly(0, 1);
    }
}
