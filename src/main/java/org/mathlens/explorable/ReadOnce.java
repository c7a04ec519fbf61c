package org.mathlens.explorable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A learner's file read once per version. Undo, redo, scenes and lesson steps re-parse an
 * {@code @file} text every time they set it; without this each one decoded the picture or
 * re-read the CSV again. A file counts as changed when its size or modification time does,
 * so saving a new version over it is read afresh. The few newest files are kept.
 */
final class ReadOnce<T> {
    private record Version(FileTime modified, long size) {
    }

    private record Kept<T>(Version version, T value) {
    }

    private static final int KEPT = 8;

    private final Function<Path, T> reader;
    private final Map<Path, Kept<T>> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Kept<T>> eldest) {
            return size() > KEPT;
        }
    };
    private int reads;

    ReadOnce(Function<Path, T> reader) {
        this.reader = reader;
    }

    /** The file's value, read now only if this version of it was not read before. */
    synchronized T read(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        Version version = versionOf(path);
        Kept<T> hit = kept.get(path);
        if (hit != null && Objects.equals(hit.version(), version)) {
            return hit.value();
        }
        T value = reader.apply(path);
        reads++;
        kept.put(path, new Kept<>(version, value));
        return value;
    }

    /** How many times a file was actually read: for tests. */
    synchronized int reads() {
        return reads;
    }

    private static Version versionOf(Path path) throws IOException {
        if (!Files.exists(path)) {
            return null; // the reader says what is wrong with a missing file
        }
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        return new Version(a.lastModifiedTime(), a.size());
    }
}
