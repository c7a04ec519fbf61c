package org.mathlens.math.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    @TempDir
    Path dir;

    @Test
    void aHeaderIsDetectedAndAWordColumnBecomesClasses() {
        Table t = Csv.parse("flowers.csv", "length,width,species\n5.1,3.5,setosa\n7.0,3.2,versicolor\n4.9,3.0,setosa\n");
        assertThat(t.columns()).containsExactly("length", "width", "species");
        assertThat(t.rows()).isDeepEqualTo(new double[][] {{5.1, 3.5, 0}, {7.0, 3.2, 1}, {4.9, 3.0, 0}});
        assertThat(t.labelColumn()).isEqualTo(2);
        assertThat(t.classes()).containsExactly("setosa", "versicolor");
    }

    @Test
    void numbersOnlyHaveNoHeaderAndNoClasses() {
        Table t = Csv.parse("p.csv", "0, 1\r\n1, 3\r\n\r\n2, -2.5e-1\r\n");
        assertThat(t.columns()).containsExactly("column 1", "column 2");
        assertThat(t.rows()).isDeepEqualTo(new double[][] {{0, 1}, {1, 3}, {2, -0.25}});
        assertThat(t.labelColumn()).isEqualTo(-1);
    }

    @Test
    void everyProblemNamesTheFileAndLine() {
        assertThatThrownBy(() -> Csv.parse("a.csv", "x,y\n1,2\n3\n")).isInstanceOf(DataException.class)
                .hasMessage("a.csv:3: this row has 1 values; the first row of data has 2");
        assertThatThrownBy(() -> Csv.parse("a.csv", "x,y\n1,2\n3,abc\n")).hasMessage("a.csv:3: column 'y' holds 'abc', not a number");
        assertThatThrownBy(() -> Csv.parse("a.csv", "x,y\n1,\n")).hasMessage("a.csv:2: column 'y' is empty");
        assertThatThrownBy(() -> Csv.parse("a.csv", "1,2\n2,NaN\n")).hasMessage("a.csv:2: column 'column 2' holds 'NaN', not a number");
        assertThatThrownBy(() -> Csv.parse("a.csv", "1,1e999\n")).hasMessage("a.csv:1: column 'column 2' holds 1e999, not a finite number");
        assertThatThrownBy(() -> Csv.parse("a.csv", "a,b\nc,d\n")).hasMessageContaining("only one label column");
        assertThatThrownBy(() -> Csv.parse("a.csv", "")).hasMessage("a.csv: no rows of data");
    }

    @Test
    void filesThatAreNotUtf8TooLargeOrMissingAreRefusedWithoutReadingThemWhole() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "größe,y\n1,2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Csv.read(latin1)).hasMessage("latin1.csv: not UTF-8 text; save it as UTF-8 CSV");
        Path big = dir.resolve("big.csv");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Csv.MAX_BYTES + 1); // sparse: costs no disk
        }
        assertThatThrownBy(() -> Csv.read(big)).hasMessage("big.csv: larger than 16 MB; Mathlens reads smaller data files");
        assertThatThrownBy(() -> Csv.read(dir.resolve("none.csv"))).hasMessage("none.csv: no such file");
        assertThatThrownBy(() -> Csv.read(dir)).hasMessageContaining("not a file");
    }
}
