package org.asylumtrends.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fonts are copied to a temporary folder once per run; a run that ends normally leaves nothing behind. Before,
 * every run left one empty "asylum-trends-fonts…" folder (190 of them in this machine's /tmp after a day's work).
 */
class FontFilesCleanUpTest {
    @Test
    void aRunLeavesNoFontFolderBehind(@TempDir Path tmp) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), CopyBoth.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run ended").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).as("left in java.io.tmpdir").isEmpty();
        }
    }

    /** The child: both fonts as files, as an export in Chinese and Korean needs them; then a normal exit. */
    public static final class CopyBoth {
        public static void main(String[] args) {
            List<Path> files = BundledFonts.files();
            if (!files.stream().allMatch(Files::isRegularFile)) {
                System.exit(2);
            }
            System.exit(0);
        }
    }
}
