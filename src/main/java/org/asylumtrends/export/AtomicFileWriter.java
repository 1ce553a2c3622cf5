package org.asylumtrends.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.asylumtrends.data.AtomicFile;
import org.asylumtrends.ui.Messages;

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
        try {
            AtomicFile.write(file, content::writeTo);
        } catch (IOException | RuntimeException e) {
            throw explain(e, file, folder);
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
