package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.asylumtrends.data.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;

/**
 * Issue 13's probes of the command line: formulas and escape sequences in names, localised CSV numbers, lost
 * output, and export targets and input files that are not regular files.
 */
@Tag("slow") // a separate JVM: left out of the quick run (-Pquick)
class HostileCommandLineTest {
    @TempDir
    Path dir;

    private Path hostileFile() throws IOException {
        return Files.writeString(dir.resolve("hostile.csv"), "year,coo_iso,coa_iso,coa_name,asylum_seekers\n"
                + "2024,CHN,USA,\"=1+1\",5\n"
                + "2024,CHN,DEU,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",9\n"
                + "2024,CHN,FRA,\"Red\u001B[31mAlert\u202E\",7\n", StandardCharsets.UTF_8);
    }

    @Test
    void formulasInNamesStayTextInTheSummaryCsv() throws Exception {
        CommandRun run = CommandRun.of("summary", "--file", hostileFile().toString(), "--by", "destination");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("USA,'=1+1,5",
                "DEU,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",9");
    }

    @Test
    void escapeSequencesInNamesDoNotReachTheTerminal() throws Exception {
        CommandRun run = CommandRun.of("summary", "--file", hostileFile().toString(), "--by", "destination");
        assertThat(run.out()).doesNotContain("\u001B").doesNotContain("\u202E");
        assertThat(run.outLines()).anyMatch(line -> line.startsWith("FRA,Red"));
    }

    @Test
    void theTerminalWriterShowsControlsAsEscapes() {
        assertThat(TerminalWriter.escape("a\u001B[2Jb\u0007c\u202Ed\u0085e\tf\ng"))
                .isEqualTo("a\\x1B[2Jb\\x07c\\u202Ed\\x85e\tf\ng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "ar-EG"})
    void claimsCsvNumbersAreNeverLocalised(String locale) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(locale));
            CommandRun run = CommandRun.of("claims", "--format", "csv");
            assertThat(run.exitCode()).isZero();
            assertThat(run.outLines().get(1)).startsWith("2012,").contains(",12362,15362,");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void outputLostToAFullDiskExitsNonZeroAndSaysSo() {
        Writer full = new Writer() {
            @Override
            public void write(char[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int code = AsylumTrendsCommand.run(new String[] {"summary"}, new PrintWriter(full), new PrintWriter(err));
        assertThat(code).isEqualTo(1);
        // A PrintWriter keeps only that it failed, not why; straight from the launcher the reason is said too (below).
        assertThat(err.toString().strip()).isEqualTo("asylum-trends: the output could not be written in full");
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary", "claims --format csv"})
    void redirectedToDevFullTheProcessExitsNonZero(String command) throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "no /dev/full here");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "org.asylumtrends.Launcher"));
        args.addAll(java.util.List.of(command.split(" ")));
        Process p = new ProcessBuilder(args).redirectOutput(devFull.toFile()).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(err).contains("asylum-trends: the output could not be written in full: No space left on device"
                + " (the disk is full)");
    }

    @Test
    void exportRefusesASymbolicLinkAFifoAReadOnlyFileAndADevice() throws Exception {
        Path real = Files.writeString(dir.resolve("real.png"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), real.getFileName());
        Path readOnly = Files.writeString(dir.resolve("ro.png"), "keep too");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.png"));

        CommandRun toLink = CommandRun.of("export", "--out", link.toString());
        assertThat(toLink.exitCode()).isEqualTo(1);
        assertThat(toLink.err()).startsWith("asylum-trends export: Cannot save " + link + ": it is a symbolic link to "
                + real);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("keep");

        CommandRun toReadOnly = CommandRun.of("export", "--out", readOnly.toString());
        assertThat(toReadOnly.exitCode()).isEqualTo(1);
        assertThat(toReadOnly.err()).contains("the file is read-only and is left as it is");
        assertThat(readOnly).hasContent("keep too");

        CommandRun toFifo = CommandRun.of("export", "--format", "png", "--out", fifo.toString());
        assertThat(toFifo.exitCode()).isEqualTo(1);
        assertThat(toFifo.err()).contains("it is a named pipe (FIFO), not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();

        Path device = SpecialFiles.nullDevice(dir.resolve("null"));
        CommandRun toDevice = CommandRun.of("export", "--format", "png", "--out", device.toString());
        assertThat(toDevice.exitCode()).isEqualTo(1);
        assertThat(toDevice.err().strip()).isEqualTo("asylum-trends export: Cannot save " + device
                + ": it is a device, not a regular file, and is left as it is. Choose a file name.");
        assertThat(((Integer) Files.getAttribute(device, "unix:mode")) & 0170000).isEqualTo(0020000);
    }

    @Test
    void inputThatIsNotARegularFileIsNamedForWhatItIs() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("data.csv"));
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.csv"));
        assertThat(CommandRun.of("summary", "--file", folder.toString()).err().strip()).isEqualTo(
                "asylum-trends summary: " + folder + ": is a folder, not a file; choose a CSV file in it");
        CommandRun pipe = CommandRun.of("summary", "--file", fifo.toString());
        assertThat(pipe.exitCode()).isEqualTo(2);
        assertThat(pipe.err().strip()).isEqualTo("asylum-trends summary: " + fifo
                + ": is a named pipe (FIFO), not a regular file; save the data to a file first and open that");
    }
}
