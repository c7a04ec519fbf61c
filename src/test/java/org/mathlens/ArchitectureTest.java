package org.mathlens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The mathematics stays a library: nothing under math/ may depend on JavaFX. */
class ArchitectureTest {
    @Test
    void mathImportsNoJavafx() throws IOException {
        Path math = Path.of("src/main/java/org/mathlens/math");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(math)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("javafx."))
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("files under math/ that mention javafx").isEmpty();
        try (Stream<Path> files = Files.walk(math)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isPositive();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
