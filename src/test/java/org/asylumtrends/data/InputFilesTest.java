package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asylumtrends.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a path chosen as input is, said before anything opens it (a named pipe would block the open). Probes from
 * issue 13: directories, FIFOs and devices were all "no such file", unreadable files gave only the path.
 */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aRegularFilePasses() throws Exception {
        Path csv = Files.writeString(dir.resolve("ok.csv"), "year\n");
        InputFiles.checkReadable(csv);
    }

    @Test
    void eachKindOfPathGetsItsOwnSentence() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        Path fifo = SpecialFiles.fifo(dir.resolve("x.csv"));

        assertThatMessageOf(() -> InputFiles.checkReadable(dir.resolve("gone.csv")))
                .isEqualTo(dir.resolve("gone.csv") + ": no such file");
        assertThatMessageOf(() -> InputFiles.checkReadable(folder))
                .isEqualTo(folder + ": is a folder, not a file; choose a CSV file in it");
        assertThatMessageOf(() -> InputFiles.checkReadable(fifo)).isEqualTo(fifo
                + ": is a named pipe (FIFO), not a regular file; save the data to a file first and open that");
        assertThatMessageOf(() -> InputFiles.checkReadable(Path.of("/dev/zero"))).isEqualTo(
                "/dev/zero: is a device, not a regular file; save the data to a file first and open that");
    }

    @Test
    void anUnreadableFileSaysSoNotJustThePath() {
        Path file = dir.resolve("secret.csv");
        // Root reads files whatever their mode bits, so the refusal the system gives is handed in as it comes.
        assertThat(Messages.describe(InputFiles.unreadable(file, new AccessDeniedException(file.toString()))))
                .isEqualTo(file + ": cannot be read: permission denied");
    }
}
