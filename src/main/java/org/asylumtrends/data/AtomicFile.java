package org.asylumtrends.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either complete or absent: the text goes to a temporary file in the same folder,
 * which then replaces the target. A full disk or a crash never leaves a half-written file behind.
 *
 * <p>Failures are {@link IOException}s whose message is the reason in words, to follow "Could not save FILE: ":
 * NIO's own messages are often just a path.
 */
public final class AtomicFile {
    /** Writes text into a writer; may throw I/O errors. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void writeText(Path target, TextContent content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(folder != null && Files.exists(folder)
                    ? folder + " is a file, not a folder" : "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + " is a folder");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName(), ".part");
        } catch (AccessDeniedException e) {
            throw new IOException("the folder " + folder + " is not writable", e);
        } catch (IOException e) {
            throw new IOException("no file can be created in " + folder + " (" + reason(e) + ")", e);
        }
        boolean moved = false;
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new IOException("writing failed (" + reason(e) + "); "
                    + (Files.exists(file) ? "the existing file is unchanged" : "no file was written"), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Cleans up after a failure; a second failure must not hide the first. */
    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The temporary file is hidden (leading dot); the failure being reported matters more.
        }
    }
}
