package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving never leaves a half-written file, and says which path failed and why. */
class AtomicFileWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFile() throws Exception {
        Path target = dir.resolve("figure.svg");
        AtomicFileWriter.write(target, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("<svg/>");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void failureHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("figure.png");
        Files.writeString(target, "the previous figure");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[200_000]); // past the buffer: part of it reaches the disk
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("disk is full");
        assertThat(target).hasContent("the previous figure");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anEncoderErrorLeavesNoFile() throws Exception {
        Path target = dir.resolve("new.pdf");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("encoder broke");
        })).isInstanceOf(ExportException.class).hasMessageContaining(target.toString());
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFolderThatIsAFileIsNamedInTheMessage() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        Path target = notAFolder.resolve("figure.png");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                .isInstanceOf(ExportException.class)
                .hasMessage("Cannot save " + target + ": the folder " + notAFolder + " does not exist.");
    }

    @Test
    void anUnwritableFolderIsNamedInTheMessage() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path folder = unwritable(locked);
            Path target = folder.resolve("figure.png");
            assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1)))
                    .isInstanceOf(ExportException.class)
                    .hasMessage("Cannot save " + target + ": the folder " + folder
                            + " cannot be written to. Choose another folder.");
            assertThat(target).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A folder this process cannot create files in: a read-only one, or, for root (whom permissions do not stop,
     * as in CI), Linux's /sys, where nobody can create files.
     */
    static Path unwritable(Path readOnly) {
        if (!Files.isWritable(readOnly)) {
            return readOnly;
        }
        Path sys = Path.of("/sys");
        Assumptions.assumeTrue(Files.isDirectory(sys), "no folder that even root cannot write to");
        return sys;
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotOwnerOnly() throws Exception {
        Path target = dir.resolve("shared.png");
        AtomicFileWriter.write(target, out -> out.write(1));
        Path reference = Files.createFile(dir.resolve("reference"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
