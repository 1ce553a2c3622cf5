package org.asylumtrends.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.asylumtrends.ui.Messages;

/**
 * Writes a file all at once or not at all: into a hidden temporary file in the same folder, flushed to disk, then
 * moved over the target in one step. A failure (no permission, a full disk, an encoder error) leaves the target as
 * it was and no temporary file behind, and is reported as an {@link ExportException} that names the path.
 */
public final class AtomicFileWriter {
    /** Writes the content to a stream; may throw at any point. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFileWriter() {
    }

    /** Whether saving to {@code target} would replace an existing file, so the user should be asked first. */
    public static boolean wouldReplace(Path target) {
        return Files.exists(target);
    }

    public static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(Messages.format("export.error.noFolder", file,
                    folder == null ? file : folder));
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(Messages.format("export.error.isFolder", file));
        }
        Path temp;
        try {
            temp = createTemporary(folder, file.getFileName().toString());
        } catch (IOException e) {
            throw explain(e, file, folder);
        }
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
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
        } catch (ExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw explain(e, file, folder);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Nothing more can be done; the original error is the one to report.
                }
            }
        }
    }

    /**
     * A new hidden file next to the target. Not {@code Files.createTempFile}: its owner-only permissions would
     * become the saved file's; a plain new file gets the user's usual ones.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong() & 0xffffffffL) + ".part");
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** An overwritten file keeps its permissions, as it would if written in place. */
    private static void keepPermissions(Path file, Path temp) {
        try {
            if (Files.exists(file) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
            // Keep the new file's default permissions.
        }
    }

    /** A sentence naming the path and what to do, instead of a Java exception's text. */
    static ExportException explain(Exception e, Path file, Path folder) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("read-only")
                || text.contains("access is denied")) {
            return new ExportException(Messages.format("export.error.notWritable", file, folder), e);
        }
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota")) {
            return new ExportException(Messages.format("export.error.diskFull", file, folder), e);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        return new ExportException(Messages.format("export.error.write", file, reason), e);
    }
}
