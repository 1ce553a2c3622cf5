package org.asylumtrends.data;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either complete or absent: the content goes to a temporary file in the same folder,
 * flushed to disk, which then replaces the target. A full disk, an encoder error or a crash never leaves a
 * half-written file behind, nor the temporary file. A new file gets the user's usual permissions (not the
 * owner-only ones of {@code Files.createTempFile}); a replaced file keeps its own.
 */
public final class AtomicFile {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes text into a writer; may throw I/O errors. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes bytes into a stream; may throw I/O errors. */
    @FunctionalInterface
    public interface ByteContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** UTF-8 text. */
    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Bytes, e.g. an encoded image. Exceptions from {@code content}, checked or not, pass through unchanged. */
    public static void write(Path target, ByteContent content) throws IOException {
        Path file = target.toAbsolutePath();
        Path temp = createTemporary(file.getParent(), file.getFileName().toString());
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The original error is the one to report.
                }
            }
        }
    }

    /** A new hidden file next to the target, with the permissions a plain new file gets. */
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong() & 0xffffffffL) + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps its permissions, as it would if written in place. */
    private static void keepPermissions(Path file, Path temp) {
        try {
            if (Files.exists(file) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
            // Keep the new file's default permissions.
        }
    }
}
