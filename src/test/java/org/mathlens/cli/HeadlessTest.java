package org.mathlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mathlens.explorable.Catalog;

/** The command-line contract of DESIGN.md: outputs and exit codes, exactly. */
class HeadlessTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Headless headless = new Headless(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsEveryPaneAsIdTabTitle() {
        assertThat(headless.list()).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(Catalog.ids().size());
        assertThat(lines.get(0)).isEqualTo("vectors\tVectors: add, subtract, scale");
        assertThat(lines).allMatch(l -> l.matches("[a-z0-9-]+\t.+"));
    }

    @Test
    void readoutsApplyTheValuesAndPrintNameTabValue() {
        assertThat(headless.readouts("vectors", List.of("u=[1, 2]", "v=[-1,0.5]", "k=2"))).isZero();
        assertThat(out()).isEqualTo(String.join(System.lineSeparator(),
                "u\t[1.0, 2.0]", "v\t[-1.0, 0.5]", "sum\t[0.0, 2.5]", "difference\t[2.0, 1.5]", "scaled\t[2.0, 4.0]", ""));
    }

    @Test
    void unknownPanesAndParametersAndBadValuesExitTwoAndPrintNothing() {
        assertThat(headless.readouts("nope", List.of())).isEqualTo(2);
        assertThat(headless.readouts("vectors", List.of("q=1"))).isEqualTo(2);
        assertThat(headless.readouts("vectors", List.of("k=9"))).isEqualTo(2);
        assertThat(headless.readouts("vectors", List.of("k"))).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown explorable 'nope'", "unknown parameter 'q'",
                "k must be between -3.0 and 3.0", "--set needs NAME=VALUE");
    }

    @Test
    void evalPrintsOneLinePerExpressionAndExitsTwoIfAnyFailed() {
        assertThat(headless.eval(List.of("A = [[2, 1], [1, 2]]", "eig(A)", "det(A"))).isEqualTo(2);
        assertThat(out().lines().toList()).containsExactly("[[2.0, 1.0], [1.0, 2.0]]", "[3.0, 1.0]", "error: expected ')' at column 6");
        out.reset();
        assertThat(headless.eval(List.of("0.1 + 0.2", "-0.0"))).isZero();
        assertThat(out().lines().toList()).containsExactly("0.30000000000000004", "0.0");
    }

    @Test
    void snapshotWritesAPngOfTheAskedSize(@TempDir Path dir) {
        Path png = dir.resolve("v.png");
        assertThat(headless.snapshot("vectors", png, "640x400", List.of("u=[2, 2]"), false)).isZero();
        Image image = new Image(png.toUri().toString());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(headless.snapshot("vectors", dir.resolve("x.png"), "12by7", List.of(), false)).isEqualTo(2);
        assertThat(headless.snapshot("nope", dir.resolve("y.png"), null, List.of(), false)).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("y.png"))).isFalse();
    }

    @Test
    void checkLessonsReportsFileLineMessagesAndExitsTwo(@TempDir Path dir) throws Exception {
        assertThat(headless.checkLessons(null)).as("the built-in lessons are clean").isZero();
        Path section = Files.createDirectories(dir.resolve("01-mine"));
        Files.writeString(section.resolve("01-bad.md"), "---\nid: bad\ntitle: Bad\nexplorable: vectors\n---\n## Step: s\nset: w = 1\n");
        out.reset();
        assertThat(headless.checkLessons(dir.toString())).isEqualTo(2);
        assertThat(out().strip()).endsWith("01-mine/01-bad.md:7: unknown parameter 'w' (this pane has: k, u, v)");
    }

    /** A value with a newline, an escape sequence or another control character is still one escaped line. */
    @Test
    void evalWritesEachValueOnOneLineWithControlCharactersEscaped() {
        assertThat(headless.eval(List.of("\"a\nb\"", "\"\u001b[31mred\"", "\"tab\there\rback\"", "1 + 1"))).isZero();
        assertThat(out().lines().toList()).containsExactly("a\\nb", "\\u001b[31mred", "tab\\there\\rback", "2.0");
        assertThat(out()).doesNotContain("\u001b", "\r");
    }

    /** Wherever a PNG cannot be written, one sentence and exit 2: no trace, no 0-byte file. */
    @Test
    void aSnapshotThatCannotBeWrittenIsOneSentenceAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        List<Path> places = List.of(dir, notAFolder.resolve("x.png"), Path.of("/dev/full"), Path.of("/proc/mathlens-nowhere.png"));
        for (Path place : places) {
            err.reset();
            assertThat(headless.snapshot("vectors", place, "200x200", List.of(), false)).as(place.toString()).isEqualTo(2);
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(said.lines().count()).as(said).isEqualTo(1);
            assertThat(said).contains(place.toString()).doesNotContain("Exception", "\tat ");
        }
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("plain.txt");
        }
        assertThat(out()).isEmpty();
    }

    @Test
    void theLastWordsOfAnUncaughtFailureAreOneSentence() {
        assertThat(org.mathlens.MainAccess.lastWords(new OutOfMemoryError("Java heap space")))
                .isEqualTo("mathlens: out of memory: the values asked for are too large for this computer");
        assertThat(org.mathlens.MainAccess.lastWords(new IllegalStateException("first\n\tat somewhere"))).isEqualTo("mathlens: first");
    }
}
