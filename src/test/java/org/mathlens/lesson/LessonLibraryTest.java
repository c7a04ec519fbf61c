package org.mathlens.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLibraryTest {

    private static String lesson(String id, String title) {
        return "---\nid: " + id + "\ntitle: " + title + "\nexplorable: vectors\n---\nAbout " + title + ".\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void loadsTheGoodFilesAndReportsTheBrokenOne(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("lessons");
        write(root.resolve("02-gradients/01-slopes.md"), lesson("slopes", "Slopes"));
        write(root.resolve("01-vectors-and-matrices/02-scaling.md"), lesson("scaling", "Scaling"));
        write(root.resolve("01-vectors-and-matrices/01-adding.md"), lesson("adding", "Adding"));
        write(root.resolve("01-vectors-and-matrices/03-broken.md"),
                "---\nid: broken\ntitle: Broken\nexplorable: nowhere\n---\n");
        write(root.resolve("02-gradients/section.md"), "title: Gradients, slowly\n");
        write(root.resolve("FORMAT.md"), "# not a lesson\n");

        LessonLibrary lib = LessonLibrary.load(root, new FakeContext());

        assertThat(lib.problems()).extracting(LessonProblem::toString).containsExactly(
                "lessons/01-vectors-and-matrices/03-broken.md:4: unknown explorable 'nowhere'");
        assertThat(lib.sections()).extracting(Section::id).containsExactly("01-vectors-and-matrices", "02-gradients");
        assertThat(lib.sections()).extracting(Section::title).containsExactly("Vectors and matrices", "Gradients, slowly");
        assertThat(lib.all()).extracting(Lesson::id).containsExactly("adding", "scaling", "slopes");
        assertThat(lib.byId("scaling").orElseThrow().source()).isEqualTo("lessons/01-vectors-and-matrices/02-scaling.md");
        assertThat(lib.byId("slopes").orElseThrow().sectionTitle()).isEqualTo("Gradients, slowly");
        assertThat(lib.byId("nope")).isEmpty();
        assertThat(lib.forExplorable("vectors").orElseThrow().id()).isEqualTo("adding");
        assertThat(lib.forExplorable("eigen")).isEmpty();
    }

    @Test
    void duplicateIdKeepsTheFirstAndReportsTheSecond(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("lessons");
        write(root.resolve("01-a/01-one.md"), lesson("same", "One"));
        write(root.resolve("02-b/01-two.md"), lesson("same", "Two"));

        LessonLibrary lib = LessonLibrary.load(root, new FakeContext());

        assertThat(lib.all()).extracting(Lesson::title).containsExactly("One");
        assertThat(lib.problems()).extracting(LessonProblem::toString).containsExactly(
                "lessons/02-b/01-two.md:2: duplicate id 'same' (already used by lessons/01-a/01-one.md)");
    }

    @Test
    void aMissingFolderIsAProblemNotAnException(@TempDir Path tmp) {
        LessonLibrary lib = LessonLibrary.load(tmp.resolve("lessons"), new FakeContext());
        assertThat(lib.all()).isEmpty();
        assertThat(lib.problems()).hasSize(1);
        assertThat(lib.problems().get(0).toString()).startsWith("lessons:1: cannot list the folder");
    }

    @Test
    void loadsBuiltInLessonsFromAJar(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("mathlens.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("lessons/"));
            zip.putNextEntry(new ZipEntry("lessons/01-vectors-and-matrices/"));
            entry(zip, "lessons/01-vectors-and-matrices/01-adding.md", lesson("adding", "Adding"));
            entry(zip, "lessons/01-vectors-and-matrices/02-bad.md", "no front matter\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            LessonLibrary lib = LessonLibrary.loadBuiltIn(loader, new FakeContext());

            assertThat(lib.all()).extracting(Lesson::id).containsExactly("adding");
            assertThat(lib.sections().get(0).title()).isEqualTo("Vectors and matrices");
            assertThat(lib.problems()).extracting(LessonProblem::toString).containsExactly(
                    "lessons/01-vectors-and-matrices/02-bad.md:1: missing front matter: the file must start with a line '---'");
        }
    }

    @Test
    void noBuiltInLessonsIsAProblem() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(LessonLibrary.loadBuiltIn(empty, new FakeContext()).problems()).extracting(LessonProblem::toString)
                    .containsExactly("lessons:1: lessons: no built-in lessons on the class path");
        }
    }

    /** The lessons shipped in the repository parse (pane names are the lead's to check, in the app). */
    @Test
    void shippedLessonsHaveNoSyntaxProblems() {
        LessonLibrary lib = LessonLibrary.loadBuiltIn(LessonContext.SYNTAX_ONLY);
        assertThat(lib.problems()).isEmpty();
        assertThat(lib.all()).isNotEmpty();
    }

    @Test
    void folderNamesBecomeTitles() {
        assertThat(LessonLibrary.titleFromFolderName("01-vectors-and-matrices")).isEqualTo("Vectors and matrices");
        assertThat(LessonLibrary.titleFromFolderName("probability")).isEqualTo("Probability");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Every file the library cannot take as UTF-8 text of a sensible size is reported by name, never read whole. */
    @Test
    void filesThatAreNotUtf8OrAreHugeAreReportedAndTheOthersLoad(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("mine");
        write(root.resolve("01-a/01-good.md"), lesson("good", "Good"));
        Path section = root.resolve("01-a");
        Files.write(section.resolve("02-utf16.md"), lesson("u16", "Caf\u00e9").getBytes(StandardCharsets.UTF_16));
        Files.write(section.resolve("03-latin1.md"), lesson("l1", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(section.resolve("04-huge.md").toFile(), "rw")) {
            huge.setLength(3L << 30); // sparse: 3 GB stated, nothing written
        }
        LessonLibrary lib = LessonLibrary.load(root, new FakeContext());
        assertThat(lib.problems()).extracting(LessonProblem::toString).containsExactly(
                "mine/01-a/02-utf16.md:1: the file is not UTF-8 text (save it as UTF-8 in your editor)",
                "mine/01-a/03-latin1.md:1: the file is not UTF-8 text (save it as UTF-8 in your editor)",
                "mine/01-a/04-huge.md:1: the file is larger than 2 MB, more than this app reads");
        assertThat(lib.all()).extracting(Lesson::id).containsExactly("good");
    }

    /** Lessons straight in the folder opened are a section of their own, not passed over. */
    @Test
    void lessonsAtTheTopOfTheFolderLoadAsTheirOwnSection(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("02-my-lessons");
        write(root.resolve("01-flat.md"), lesson("flat", "Flat"));
        write(root.resolve("02-broken.md"), "---\nid: broken\ntitle: Broken\nexplorable: nowhere\n---\n");
        write(root.resolve("README.md"), "# About these lessons\n");
        write(root.resolve("01-s/01-deep.md"), lesson("deep", "Deep"));
        LessonLibrary lib = LessonLibrary.load(root, new FakeContext());
        assertThat(lib.all()).extracting(Lesson::id).containsExactly("flat", "deep");
        assertThat(lib.sections()).extracting(Section::title).containsExactly("My lessons", "S");
        assertThat(lib.problems()).extracting(LessonProblem::toString)
                .containsExactly("02-my-lessons/02-broken.md:4: unknown explorable 'nowhere'");
    }
}
