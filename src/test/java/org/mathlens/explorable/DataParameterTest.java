package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataParameterTest {
    @TempDir
    Path dir;

    private final DataParameter data = DataParameter.named("data", "points")
            .preset("line", () -> new double[][] {{0, 1}, {1, 2}})
            .labelledPreset("two-classes", () -> new double[][] {{0, 0, 0}, {1, 1, 1}}, List.of("no", "yes"))
            .rows(2, 5).columns(2, 3).within(100).shape("an n×2 matrix")
            .startingWith("line");

    @Test
    void presetsMatricesAndFilesAllSetIt() throws IOException {
        assertThat(data.text()).isEqualTo("line");
        data.setText("[[0, 0], [2, 4], [3, 1]]");
        assertThat(data.get().rows()).isDeepEqualTo(new double[][] {{0, 0}, {2, 4}, {3, 1}});
        assertThat(data.text()).isEqualTo("[[0.0, 0.0], [2.0, 4.0], [3.0, 1.0]]");
        Path csv = dir.resolve("flowers.csv");
        Files.writeString(csv, "species,length\nsetosa,5.1\nvirginica,6.3\n");
        data.setText("@" + csv);
        assertThat(data.get().rows()).isDeepEqualTo(new double[][] {{5.1, 0}, {6.3, 1}});
        assertThat(data.get().classes()).containsExactly("setosa", "virginica");
        assertThat(data.text()).isEqualTo("@" + csv.toAbsolutePath());
        data.setText("two-classes");
        assertThat(data.get().classes()).containsExactly("no", "yes");
    }

    @Test
    void aBadFileOrShapeIsOneSentenceAndTheDataStays() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "x,y\n1,2\n3,oops\n");
        assertThatThrownBy(() -> data.setText("@" + csv)).isInstanceOf(ParameterException.class)
                .hasMessage("bad.csv:3: column 'y' holds 'oops', not a number");
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "1,2,3,4\n5,6,7,8\n");
        assertThatThrownBy(() -> data.setText("@" + wide)).hasMessage(wide.toAbsolutePath() + ": needs 2 to 3 columns in every row; row 1 has 4");
        assertThatThrownBy(() -> data.setText("[[1, 2]]")).hasMessage("data: needs at least 2 rows");
        assertThatThrownBy(() -> data.setText("[[1, 2], [1, 2], [1, 2], [1, 2], [1, 2], [1, 2]]")).hasMessage("data: has 6 rows; this pane takes at most 5");
        assertThatThrownBy(() -> data.setText("[[1, 2], [1, 200]]")).hasMessageContaining("within ±100.0");
        assertThatThrownBy(() -> data.setText("tiny")).hasMessage("data is a preset (line, two-classes), @file.csv, or an n×2 matrix");
        assertThatThrownBy(() -> data.setText("@" + dir.resolve("missing.csv"))).hasMessage("missing.csv: no such file");
        assertThat(data.text()).isEqualTo("line");
    }
}
