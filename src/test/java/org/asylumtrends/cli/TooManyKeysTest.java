package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * A file whose distinct keys do not fit in the heap: one line naming the file and what to do, exit 2, never a
 * stack trace. Run in its own JVM with a small heap (the default heap of a 4 GB machine is 1 GB; 48 MB here).
 */
@Tag("slow") // a separate JVM: left out of the quick run (-Pquick)
class TooManyKeysTest {
    @TempDir
    Path dir;

    @Test
    void aFileWhoseKeysDoNotFitGetsAMessageNotAStackTrace() throws Exception {
        // One row per key, as a population table has: 1 M keys of 75 years × UNHCR's countries, past a 48 MB heap.
        List<String> codes = Files.readAllLines(Path.of(TooManyKeysTest.class.getResource(
                "/assets/data/unhcr_countries.csv").toURI())).stream().skip(1).map(l -> l.split(",")[0])
                .filter(c -> c.length() == 3).toList();
        Path big = dir.resolve("many-keys.csv");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("year,coo_iso,coa_iso,asylum_seekers\n");
            outer:
            for (int year = 1951, n = 0; year <= 2025; year++) {
                for (String o : codes) {
                    for (String a : codes) {
                        w.write(year + "," + o + "," + a + ",5\n");
                        if (++n >= 1_000_000) {
                            break outer;
                        }
                    }
                }
            }
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-Djava.awt.headless=true", "-cp", classPath, "org.asylumtrends.Launcher",
                "summary", "--file", big.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).singleElement().asString()
                .startsWith("asylum-trends summary: many-keys.csv: has more distinct years, origins and countries of"
                        + " asylum than fit in the memory Java was given (")
                .endsWith("MiB): download it for fewer origins or years, or start Asylum Trends with more memory"
                        + " (java -Xmx4g -jar asylum-trends.jar)");
    }
}
