package org.mathlens.explorable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way the app writes and reads its files. A save goes to a temporary file in the same
 * folder and is renamed over the target only when complete, so a full disk or a crash leaves
 * the old file whole and no half-written one. A read takes at most a stated number of bytes,
 * so a huge file or a link to {@code /dev/zero} is refused instead of filling memory.
 * Failures are {@link IOException}s whose message is one sentence for a person.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** Writes the bytes a writer produces to a file, all or nothing. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeAtomically(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new IOException(file + " is a folder, not a file");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // a device such as /dev/full: renaming a file over it would replace the device itself
            throw new IOException(file + " is not an ordinary file");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + file + " (" + folder
                    + (folder != null && Files.exists(folder) ? " is not a folder" : " does not exist") + ")");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        } catch (IOException | SecurityException e) {
            throw new IOException("cannot write " + file + ": the folder does not take new files (" + reason(e) + ")");
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.writeTo(out);
            }
            keepPermissions(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot write " + file + " (" + reason(e) + ")");
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A temporary file is created owner-only; the saved file keeps the permissions of the one it
     * replaces, or gets the usual rw-r--r-- of a new file.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    public static void writeStringAtomically(Path file, String text) throws IOException {
        writeAtomically(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The file's text, refused when it is larger than {@code maxBytes} (checked while reading,
     * not by its stated size: a device or a growing file has none) or is not UTF-8.
     */
    public static String readUtf8(Path file, int maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot be read (" + reason(e) + ")");
        }
        if (bytes.length > maxBytes) {
            throw new IOException("is larger than " + (maxBytes >= 1 << 20 ? (maxBytes >> 20) + " MB" : (maxBytes >> 10) + " KB")
                    + ", more than this app reads");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("is not UTF-8 text (save it as UTF-8 in your editor)");
        }
    }

    /**
     * What went wrong, in words: the JDK's exceptions name only the path, or the reason as "Is a
     * directory"; a library's wrapper ("I/O error writing PNG file!") hides the system's reason
     * in its cause, so the innermost cause that has words speaks.
     */
    static String reason(Throwable e) {
        Throwable inner = e;
        for (int depth = 0; inner.getCause() != null && inner.getCause() != inner && depth < 8; depth++) {
            inner = inner.getCause();
        }
        return inner != e && inner.getMessage() != null ? ownReason(inner) : ownReason(e);
    }

    private static String ownReason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.toLowerCase(java.util.Locale.ROOT).contains("no space")
                ? "the disk is full" : m;
    }
}
