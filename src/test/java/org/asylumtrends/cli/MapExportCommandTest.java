package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --chart map}: the map as an SVG from the command line, with no display. */
@Tag("slow") // a separate JVM: left out of the quick run (-Pquick)
class MapExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportsTheMapAsAnSvgWithEveryCountry() throws Exception {
        Path out = dir.resolve("map.svg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.asylumtrends.Launcher", "export", "--chart", "map", "--measure", "applications-new", "--from", "2015",
                "--to", "2020", "--out", out.toString()));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        pb.redirectOutput(dir.resolve("stdout.txt").toFile());
        Process process = pb.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("export finished").isTrue();
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isZero();
        assertThat(stderr).as("no note of skipped nodes or missing glyphs").doesNotContain("asylum-trends export");
        assertThat(Files.readString(dir.resolve("stdout.txt"))).startsWith("Wrote ").contains("(SVG, 1200\u00d7675)");
        String svg = Files.readString(out);
        Matcher m = Pattern.compile("id=['\"]map-([A-Z]{2})['\"]").matcher(svg);
        long countries = m.results().map(r -> r.group(1)).distinct().count();
        assertThat(countries).isEqualTo(176);
        assertThat(svg).contains("New asylum applications by people from China");
    }
}
