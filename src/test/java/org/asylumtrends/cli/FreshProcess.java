package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands of the command line in a JVM of its own, one after the other, as a user's process would: nothing
 * drawn before in the test JVM reaches it, and what it draws first is its first figure. Commands are separated by
 * {@code "+"}. {@link #main} is the child's entry point.
 */
public final class FreshProcess {
    private static final String THEN = "+";

    private FreshProcess() {
    }

    /** Runs {@code commands} in a new JVM without a display; fails the test with its output if any fails. */
    public static void run(Path log, String... commands) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The test JVM's language, so that the figures' words are the same; nothing of its rendering settings.
                "-Duser.language=" + System.getProperty("user.language"),
                "-Duser.country=" + System.getProperty("user.country"),
                "-cp", System.getProperty("java.class.path"), FreshProcess.class.getName()));
        line.addAll(Arrays.asList(commands));
        ProcessBuilder pb = new ProcessBuilder(line);
        pb.environment().remove("DISPLAY");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = pb.start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended).as("the process ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }

    /** The child: each command through {@link AsylumTrendsCommand#run}, as the jar's launcher runs one. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        List<String> command = new ArrayList<>();
        int code = 0;
        for (int i = 0; i <= args.length && code == 0; i++) {
            if (i == args.length || args[i].equals(THEN)) {
                code = AsylumTrendsCommand.run(command.toArray(String[]::new), out, err);
                command.clear();
            } else {
                command.add(args[i]);
            }
        }
        System.exit(code);
    }
}
