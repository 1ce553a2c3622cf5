package org.asylumtrends.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Says what a path chosen as input is before anything opens it. Opening a named pipe blocks until someone writes
 * to it, and a device can be read for ever, so only a readable regular file (or a link to one) is opened; each
 * other kind of path gets a sentence of its own naming it. Used by the window and the command line alike.
 */
public final class InputFiles {
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private InputFiles() {
    }

    /** Throws, with a message naming the path, unless it is a regular file this process may read. */
    public static void checkReadable(Path file) throws DataFormatException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw DataFormatException.inFile(file.toString(), DataMessage.of("input.error.noSuchFile"));
        } catch (AccessDeniedException e) {
            throw DataFormatException.inFile(file.toString(), DataMessage.of("input.error.permissionDenied"));
        } catch (IOException e) {
            throw DataFormatException.inFile(file.toString(), DataMessage.of("input.error.cannotRead", String.valueOf(e.getMessage())));
        }
        if (attributes.isDirectory()) {
            throw DataFormatException.inFile(file.toString(), DataMessage.of("input.error.isFolder"));
        }
        if (!attributes.isRegularFile()) {
            throw DataFormatException.inFile(file.toString(), DataMessage.of("input.error.notRegularFile",
                    describe(file)));
        }
        if (!Files.isReadable(file)) {
            throw DataFormatException.inFile(file.toString(), DataMessage.of("input.error.permissionDenied"));
        }
    }

    /** The wording for an opening that failed: a denied permission is said as such, not just the path. */
    public static DataFormatException unreadable(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return DataFormatException.inFile(file.toString(), DataMessage.of("input.error.permissionDenied"));
        }
        if (e instanceof NoSuchFileException) {
            return DataFormatException.inFile(file.toString(), DataMessage.of("input.error.noSuchFile"));
        }
        return DataFormatException.inFile(file.toString(), DataMessage.of("input.error.cannotRead", String.valueOf(e.getMessage())));
    }

    /** DataMessage.of("input.file.fifo"), DataMessage.of("input.file.device"), …: what a path that is not a regular file or a folder is. */
    public static DataMessage describe(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            if (Files.isSymbolicLink(path)) {
                mode = Files.getAttribute(path, "unix:mode");
            }
            if (mode instanceof Integer m) {
                return switch (m & TYPE_MASK) {
                    case FIFO -> DataMessage.of("input.file.fifo");
                    case CHARACTER_DEVICE, BLOCK_DEVICE -> DataMessage.of("input.file.device");
                    case SOCKET -> DataMessage.of("input.file.socket");
                    default -> DataMessage.of("input.file.special");
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // No unix view (Windows): the generic wording below.
        }
        return DataMessage.of("input.file.special");
    }
}
