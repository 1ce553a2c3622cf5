package org.asylumtrends.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import org.asylumtrends.data.AtomicFile;
import org.asylumtrends.data.InputFiles;
import org.asylumtrends.text.Messages;

/**
 * Saves a figure all at once or not at all, with {@link AtomicFile}, and turns what went wrong (a missing or
 * unwritable folder, a full disk, an encoder error) into an {@link ExportException} whose message is a sentence
 * for the user naming the path.
 */
public final class AtomicFileWriter {
    /** Writes the content to a stream; may throw at any point. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Whether saving to {@code target} would replace an existing file, so the user should be asked first. */
    public static boolean wouldReplace(Path target) {
        return Files.exists(target);
    }

    /**
     * Writes {@code target} through a temporary file in its own folder and an atomic move. Refuses, without touching
     * it, a target that is not a regular file: a folder, a named pipe, a device (replacing {@code /dev/null} as root
     * would leave a regular file in its place), a symbolic link (the move would replace the link itself, not the
     * file it points to), or a read-only file (the move would replace that too, as a folder may be writable when
     * its files are not).
     */
    public static void write(Path target, Content content) throws ExportException {
        write(target, false, content);
    }

    /** As {@link #write(Path, Content)}; with {@code followLinks}, a symbolic link's target file is written instead. */
    public static void write(Path target, boolean followLinks, Content content) throws ExportException {
        Path file = checkTarget(target.toAbsolutePath().normalize(), followLinks);
        Path folder = file.getParent();
        try {
            AtomicFile.write(file, content::writeTo);
        } catch (IOException | RuntimeException e) {
            throw explain(e, file, folder);
        }
    }

    /** The file to write, or why not: every check is made before anything is written. */
    public static Path checkTarget(Path file, boolean followLinks) throws ExportException {
        for (int hops = 0; followLinks && Files.isSymbolicLink(file); hops++) {
            if (hops > 40) {
                throw new ExportException(Messages.format("export.error.linkLoop", file));
            }
            try {
                file = file.resolveSibling(Files.readSymbolicLink(file)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw explain(e, file, file.getParent());
            }
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(Messages.format("export.error.noFolder", file,
                    folder == null ? file : folder));
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return file;
        } catch (IOException e) {
            throw explain(e, file, folder);
        }
        if (attributes.isSymbolicLink()) {
            throw new ExportException(Messages.format("export.error.symlink", file, linkTarget(file)));
        }
        if (attributes.isDirectory()) {
            throw new ExportException(Messages.format("export.error.isFolder", file));
        }
        if (!attributes.isRegularFile()) {
            throw new ExportException(Messages.format("export.error.special", file, Messages.describe(InputFiles.describe(file))));
        }
        if (isReadOnly(file)) {
            throw new ExportException(Messages.format("export.error.readOnly", file));
        }
        return file;
    }

    /** Read-only by its own permission bits (which even root should respect here) or its DOS attribute. */
    private static boolean isReadOnly(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
            }
            if (Files.getFileStore(file).supportsFileAttributeView("dos")) {
                return Boolean.TRUE.equals(Files.getAttribute(file, "dos:readonly"));
            }
        } catch (IOException | RuntimeException e) {
            // Unknown: let the write itself tell.
        }
        return !Files.isWritable(file);
    }

    private static String linkTarget(Path link) {
        try {
            return link.resolveSibling(Files.readSymbolicLink(link)).normalize().toString();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** A sentence naming the path and what to do, instead of a Java exception's text. */
    static ExportException explain(Exception e, Path file, Path folder) {
        if (e instanceof ExportException already) {
            return already;
        }
        // Encoders wrap the system's words ("I/O error writing PNG file!" around "No space left on device"): all
        // the causes are read.
        StringBuilder words = new StringBuilder();
        for (Throwable t = e; t != null && words.length() < 10_000; t = t.getCause()) {
            words.append(t.getMessage()).append(' ').append(t.getClass().getSimpleName()).append(' ');
        }
        String text = words.toString().toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                || text.contains("quota")) {
            return new ExportException(Messages.format("export.error.diskFull", file, folder), e);
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("read-only")
                || text.contains("access is denied")) {
            return new ExportException(Messages.format("export.error.notWritable", file, folder), e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(root.getMessage());
        return new ExportException(Messages.format("export.error.write", file, reason), e);
    }
}
