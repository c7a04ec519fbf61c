package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresetsTest {
    private final Parameters parameters = new Parameters();
    private final MatrixParameter a = parameters.add(MatrixParameter.square("A", null, new double[][] {{1, 0}, {0, 1}}, 2, 3));
    private final ScalarParameter k = parameters.add(new ScalarParameter("k", null, 1, -3, 3, 0.1));
    private final ChoiceParameter preset = Presets.of("identity", "A = [[1, 0], [0, 1]]", "k = 1")
            .and("shear", "A = [[1, 1], [0, 1]]")
            .and("double shear", "A = [[1, 1], [0, 1]]", "k = 2")
            .install(parameters, "preset", "a named example");

    @Test
    void theInitialChoiceIsThePresetTheStartingValuesMatch() {
        assertThat(preset.get()).isEqualTo("identity");
        assertThat(preset.choices()).containsExactly("custom", "identity", "shear", "double shear");
    }

    @Test
    void choosingAPresetSetsItsValues() {
        preset.set("double shear");
        assertThat(a.text()).isEqualTo("[[1.0, 1.0], [0.0, 1.0]]");
        assertThat(k.value()).isEqualTo(2);
        assertThat(preset.get()).isEqualTo("shear"); // the first preset the values match
    }

    @Test
    void editingAValueShowsCustomAndMatchingValuesShowTheirPreset() {
        a.setText("[[2, 0], [0, 1]]");
        assertThat(preset.get()).isEqualTo("custom");
        a.setText("[[1, 1], [0, 1]]");
        assertThat(preset.get()).isEqualTo("shear");
        a.setText("[[1, 0], [0, 1]]");
        assertThat(preset.get()).isEqualTo("identity");
    }

    @Test
    void aPresetAppliesAsOneChangeThroughSetAllAndUndoRestoresIt() {
        UndoHistory history = new UndoHistory(parameters);
        List<String> seen = new ArrayList<>();
        a.property().addListener((o, was, now) -> seen.add(a.text()));
        history.record(() -> parameters.set("preset", "shear"));
        assertThat(seen).containsExactly("[[1.0, 1.0], [0.0, 1.0]]");
        history.undo();
        assertThat(preset.get()).isEqualTo("identity");
        assertThat(a.text()).isEqualTo("[[1.0, 0.0], [0.0, 1.0]]");
    }

    @Test
    void restoringASnapshotInAnyOrderEndsConsistent() {
        Map<String, String> custom = Map.of("preset", "custom", "A", "[[3.0, 0.0], [0.0, 1.0]]", "k", "0.5");
        parameters.setAll(custom);
        assertThat(preset.get()).isEqualTo("custom");
        assertThat(a.text()).isEqualTo("[[3.0, 0.0], [0.0, 1.0]]");
        parameters.resetAll();
        assertThat(preset.get()).isEqualTo("identity");
    }

    @Test
    void aPresetNamingAnUnknownParameterFailsAtInstall() {
        Parameters ps = new Parameters();
        ps.add(new ScalarParameter("k", null, 1, -3, 3, 0.1));
        assertThatThrownBy(() -> Presets.of("bad", "q = 2").install(ps, "preset", null))
                .isInstanceOf(ParameterException.class).hasMessageContaining("unknown parameter 'q'");
        assertThatThrownBy(() -> Presets.of("custom", "k = 2")).isInstanceOf(IllegalArgumentException.class);
    }
}
