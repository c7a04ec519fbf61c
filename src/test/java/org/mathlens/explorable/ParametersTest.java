package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {
    private final Parameters parameters = new Parameters();
    private final VectorParameter u = parameters.add(new VectorParameter("u", null, new double[] {3, 1}, 10));
    private final ScalarParameter k = parameters.add(new ScalarParameter("k", null, 1.5, -3, 3, 0.1));
    private final MatrixParameter a = parameters.add(MatrixParameter.square("A", null, new double[][] {{1, 0}, {0, 1}}, 2, 3));
    private final ChoiceParameter side = parameters.add(new ChoiceParameter("side", null, "both", List.of("both", "left", "right")));
    private final FlagParameter grid = parameters.add(new FlagParameter("grid", null, true));

    @Test
    void valuesReadBackFromTheirOwnText() {
        u.setText("[2.5, -1]");
        k.setText("-0.0");
        a.setText("[[2, 1], [1, 2]]");
        side.setText("\"left\"");
        grid.setText("off");
        assertThat(parameters.snapshot()).containsExactly(
                Map.entry("u", "[2.5, -1.0]"), Map.entry("k", "0.0"), Map.entry("A", "[[2.0, 1.0], [1.0, 2.0]]"),
                Map.entry("side", "left"), Map.entry("grid", "false"));
        Map<String, String> texts = parameters.snapshot();
        parameters.resetAll();
        parameters.setAll(texts);
        assertThat(parameters.snapshot()).isEqualTo(texts);
    }

    @Test
    void badValuesAreRefusedWithAReasonAndChangeNothing() {
        assertThatThrownBy(() -> k.setText("7")).isInstanceOf(ParameterException.class).hasMessage("k must be between -3.0 and 3.0");
        assertThatThrownBy(() -> u.setText("[1, 2, 3]")).hasMessage("u needs 2 components, not 3");
        assertThatThrownBy(() -> a.setText("[[1, 2, 3], [4, 5, 6]]")).hasMessage("A must be square, not 2×3")
                .isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> a.setText("[[1]]")).hasMessage("A must be between 2×2 and 3×3, not 1×1");
        assertThatThrownBy(() -> side.setText("up")).hasMessage("side must be one of both, left, right");
        assertThatThrownBy(() -> grid.setText("maybe")).hasMessage("grid must be true or false");
        assertThatThrownBy(() -> k.setText("   ")).hasMessage("k needs a value");
        assertThatThrownBy(() -> parameters.set("q", "1")).hasMessage("unknown parameter 'q'; this pane has u, k, A, side, grid");
        assertThat(k.value()).isEqualTo(1.5);
        assertThat(u.value()).containsExactly(3, 1);
        assertThat(side.get()).isEqualTo("both");
    }

    @Test
    void setAllIsAllOrNothing() {
        Map<String, String> step = new LinkedHashMap<>();
        step.put("u", "[1, 1]");
        step.put("k", "99");
        assertThatThrownBy(() -> parameters.setAll(step)).isInstanceOf(ParameterException.class);
        assertThat(u.value()).containsExactly(3, 1);
    }

    @Test
    void storedValuesCannotBeChangedFromOutside() {
        double[] mine = {1, 2};
        u.set(mine);
        mine[0] = 99;
        u.value()[1] = 42;
        assertThat(u.value()).containsExactly(1, 2);
    }

    @Test
    void undoAndRedoRestoreWholeGestures() {
        UndoHistory history = new UndoHistory(parameters);
        history.begin();
        u.set(new double[] {1, 1});
        u.set(new double[] {2, 2});
        history.end();
        history.record(() -> k.set(-1.0));
        history.record(() -> { });   // no change, no entry
        assertThat(history.undo()).isTrue();
        assertThat(k.value()).isEqualTo(1.5);
        assertThat(history.undo()).isTrue();
        assertThat(u.value()).containsExactly(3, 1);
        assertThat(history.undo()).isFalse();
        assertThat(history.redo()).isTrue();
        assertThat(u.value()).containsExactly(2, 2);
    }

    /** linear-systems keeps b at three entries; a learner with a 2×2 system types two (issue 10). */
    @Test
    void aVectorAcceptingFewerComponentsFillsTheRestWithZerosAndRefusesTooFewOrTooMany() {
        VectorParameter b = new VectorParameter("b", null, new double[] {0, 15, 0}, 1000).acceptingFrom(2);
        b.setText("[3, 2]");
        assertThat(b.value()).containsExactly(3, 2, 0);
        b.setText("[1, 2, 3]");
        assertThat(b.value()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> b.setText("[1]")).isInstanceOf(ParameterException.class)
                .hasMessage("b needs 2 to 3 components, not 1");
        assertThatThrownBy(() -> b.setText("[1, 2, 3, 4]")).hasMessage("b needs 2 to 3 components, not 4");
        assertThat(b.value()).containsExactly(1, 2, 3);
        VectorParameter u = new VectorParameter("u", null, new double[] {1, 2}, 10);
        assertThatThrownBy(() -> u.setText("[1]")).hasMessage("u needs 2 components, not 1");
    }
}
