package org.mathlens.explorable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    /** A write that fails part-way (as on a full disk) leaves the old file whole and no temporary file. */
    @Test
    void aFailedSaveLeavesTheOldFileWholeAndNothingElse() throws Exception {
        Path file = dir.resolve("scene.json");
        Files.writeString(file, "the good old content");
        assertThatThrownBy(() -> SafeFiles.writeAtomically(file, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("cannot write " + file + " (the disk is full)");
        assertThat(Files.readString(file)).isEqualTo("the good old content");
        assertThat(filesIn(dir)).isEqualTo(1);

        Path fresh = dir.resolve("new.png");
        assertThatThrownBy(() -> SafeFiles.writeAtomically(fresh, out -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class);
        assertThat(fresh).as("no 0-byte file left behind").doesNotExist();
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    /** ImageIO wraps the system's reason ("I/O error writing PNG file!"); the learner reads the reason. */
    @Test
    void aLibrarysWrapperDoesNotHideTheSystemsReason() throws Exception {
        Path file = dir.resolve("picture.png");
        Files.writeString(file, "old picture");
        assertThatThrownBy(() -> SafeFiles.writeAtomically(file, out -> {
            out.write(new byte[100]);
            throw new javax.imageio.IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        })).hasMessage("cannot write " + file + " (the disk is full)");
        assertThat(Files.readString(file)).isEqualTo("old picture");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aCompleteSaveReplacesTheFile() throws Exception {
        Path file = dir.resolve("scene.json");
        Files.writeString(file, "old");
        SafeFiles.writeStringAtomically(file, "new ü");
        assertThat(Files.readString(file)).isEqualTo("new ü");
        assertThat(filesIn(dir)).isEqualTo(1);
        Path fresh = dir.resolve("fresh.png");
        SafeFiles.writeStringAtomically(fresh, "x");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .as("a new file is readable by others as usual, not owner-only like a temporary file").isEqualTo("rw-r--r--");
    }

    @Test
    void aFolderOrAMissingFolderIsOneSentence() {
        assertThatThrownBy(() -> SafeFiles.writeStringAtomically(dir, "x")).hasMessage(dir + " is a folder, not a file");
        Path nowhere = dir.resolve("no/such/x.json");
        assertThatThrownBy(() -> SafeFiles.writeStringAtomically(nowhere, "x"))
                .hasMessage("cannot write " + nowhere + " (" + nowhere.getParent() + " does not exist)");
    }
}
