package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;

/** {@code export} on the command line: renders with no display at all, and rejects bad arguments in one line. */
@Tag("slow") // a separate JVM: left out of the quick run (-Pquick)
class ExportCommandTest {
    @TempDir
    Path dir;

    /**
     * A separate JVM with DISPLAY removed and none of the test run's headless settings: the command must set up
     * headless rendering itself, as on a server.
     */
    @Test
    void exportsAPngWithNoDisplay() throws Exception {
        Path out = dir.resolve("figure.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.asylumtrends.Launcher", "export", "--chart", "figure", "--format", "png", "--pixel-scale", "2",
                "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        pb.redirectOutput(dir.resolve("stdout.txt").toFile());
        Process process = pb.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("export finished").isTrue();
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(process.exitValue()).as("exit code; stderr: %s", stderr).isZero();
        assertThat(Files.readString(dir.resolve("stdout.txt"))).contains("2400\u00d71350 px");
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(2400);
        assertThat(png.getHeight()).isEqualTo(1350);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--chart pie --out x.png",
            "--format gif --out x.gif",
            "--out x.tiff",
            "--pixel-scale 4 --out x.png",
            "--pixel-scale 2 --format svg --out x.svg",
            "--scale 2 --out x.png",
            "--scale cubic --out x.png",
            "--origin CHN --asylum KOR --out x.png",
            "--size 100x100 --out x.png",
            "--size big --out x.png",
            "--measure arrivals --out x.png",
            "--from 2020 --to 2010 --out x.png",
            "--from 1950 --to 1960 --out x.png",
            "--aggregation mean --out x.png",
            "--origin XXX --out x.png",
            "--out /no/such/folder/x.png",
            "--pixel-scale two --out x.png",
            "--chart trend"})
    void badArgumentsExitWith2AndOneLine(String args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> argv = new ArrayList<>(List.of("export"));
        for (String a : args.split(" ")) {
            argv.add(a.startsWith("x.") ? dir.resolve(a).toString() : a);
        }
        int code = AsylumTrendsCommand.run(argv.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(AsylumTrendsCommand.BAD_INPUT);
        assertThat(err.toString().strip()).startsWith("asylum-trends").doesNotContain("\n").doesNotContain("Exception");
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(out.toString()).isEmpty();
    }
}
