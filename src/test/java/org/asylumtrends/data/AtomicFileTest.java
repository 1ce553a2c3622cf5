package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving the table as CSV (and every export, through export.AtomicFileWriter): the file is complete or
 * untouched, never half-written, and no temporary file is left behind, whatever fails. AtomicFile passes the
 * failure on unchanged; the words a user reads come from AtomicFileWriter (see AtomicFileWriterTest and
 * TableExportFailureTest). Tests run as root in CI, where permission bits stop nothing, so "unwritable" is a
 * folder that is a file or does not exist, and a write that fails midway.
 */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndLeavesNothingElse() throws Exception {
        Path target = dir.resolve("table.csv");
        AtomicFile.writeText(target, out -> out.write("year,asylum_seekers\n2024,180960\n"));

        assertThat(read(target)).isEqualTo("year,asylum_seekers\n2024,180960\n");
        assertThat(filesIn(dir)).containsExactly("table.csv");
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path target = dir.resolve("table.csv");
        Files.writeString(target, "old");
        AtomicFile.writeText(target, out -> out.write("new"));

        assertThat(read(target)).isEqualTo("new");
        assertThat(filesIn(dir)).containsExactly("table.csv");
    }

    @Test
    void aFolderThatDoesNotExistFailsAndCreatesNothing() {
        Path target = dir.resolve("no-such-folder").resolve("table.csv");

        assertThatThrownBy(() -> AtomicFile.writeText(target, out -> out.write("x"))).isInstanceOf(IOException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aFolderThatIsAFileFailsAndTheFileIsUntouched() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("report.txt"), "keep me");

        assertThatThrownBy(() -> AtomicFile.writeText(notAFolder.resolve("table.csv"), out -> out.write("x")))
                .isInstanceOf(IOException.class);
        assertThat(read(notAFolder)).isEqualTo("keep me");
        assertThat(filesIn(dir)).containsExactly("report.txt");
    }

    @Test
    void aTargetThatIsAFolderIsLeftAlone() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("table.csv"));

        assertThatThrownBy(() -> AtomicFile.writeText(folder, out -> out.write("x"))).isInstanceOf(IOException.class);
        assertThat(folder).isEmptyDirectory();
        assertThat(filesIn(dir)).containsExactly("table.csv");
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("table.csv");
        Files.writeString(target, "year,asylum_seekers\n2024,180960\n");
        IOException diskFull = new IOException("No space left on device");

        assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
            out.write("year,asylum_seekers\n" + "2024,1\n".repeat(100_000));
            throw diskFull;
        })).isSameAs(diskFull);
        assertThat(read(target)).isEqualTo("year,asylum_seekers\n2024,180960\n");
        assertThat(filesIn(dir)).containsExactly("table.csv");
    }

    @Test
    void aFailedFirstWriteLeavesNoFileAtAll() {
        Path target = dir.resolve("table.csv");

        assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
            out.write("year,asylum_seekers\n");
            throw new IOException("Input/output error");
        })).hasMessage("Input/output error");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void anUnexpectedErrorMidwayAlsoLeavesNoTemporaryFile() {
        Path target = dir.resolve("table.csv");

        assertThatThrownBy(() -> AtomicFile.writeText(target, out -> {
            out.write("year");
            throw new UncheckedIOException(new IOException("encoder broke"));
        })).isInstanceOf(UncheckedIOException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    private static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
