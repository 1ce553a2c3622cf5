package org.asylumtrends.data;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    /** The longest file name, in bytes, of ext4, XFS, APFS and (in UTF-16 units) NTFS. */
    private static final int MAX_NAME_BYTES = 255;

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
        String stem = temporaryStem(file.getFileName().toString());
        removeStale(file.getParent(), stem);
        Path temp = createTemporary(file.getParent(), stem);
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                // Held while writing, so that another export of the same name does not take it for a leftover.
                FileLock lock = tryLock(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
                if (lock != null) {
                    lock.release();
                }
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

    /**
     * The temporary files of a target are "." + stem + "." + 8 hex digits + ".part". The stem is the file's name,
     * shortened where needed so that the temporary name stays within the 255 bytes most file systems allow: a
     * valid 250-byte name must not be refused because of the temporary file.
     */
    static String temporaryStem(String name) {
        int budget = MAX_NAME_BYTES - ".".length() - ".12345678.part".length();
        if (name.getBytes(StandardCharsets.UTF_8).length <= budget) {
            return name;
        }
        StringBuilder stem = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > budget) {
                break;
            }
            stem.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return stem.toString();
    }

    /**
     * Deletes the temporary files an earlier save of the same name left behind when it was killed (kill -9, a power
     * cut): those nobody holds a lock on. One being written now, by this or another process, is locked and stays.
     */
    static void removeStale(Path folder, String stem) {
        String prefix = "." + stem + ".";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, entry -> {
            String n = entry.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".part")
                    && n.substring(prefix.length(), n.length() - ".part".length()).matches("[0-9a-f]{1,8}");
        })) {
            for (Path part : parts) {
                removeIfUnlocked(part);
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers are untidy, not harmful: never fail a save over them.
        }
    }

    private static void removeIfUnlocked(Path part) {
        if (!Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean free;
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock = channel.tryLock();
            free = lock != null;
            if (lock != null) {
                lock.release();
            }
        } catch (OverlappingFileLockException inUseHere) {
            free = false;
        } catch (IOException | RuntimeException e) {
            free = false;
        }
        if (free) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // As above.
            }
        }
    }

    /** A lock where the file system has them; none is no reason not to save. */
    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A new hidden file next to the target, with the permissions a plain new file gets. */
    private static Path createTemporary(Path folder, String stem) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + stem + "." + String.format(java.util.Locale.ROOT, "%08x", RANDOM.nextInt()) + ".part");
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
