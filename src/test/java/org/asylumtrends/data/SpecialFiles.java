package org.asylumtrends.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Named pipes and device nodes for tests, made with the system's own tools (Linux and macOS). */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A named pipe at {@code path}; the test is skipped where mkfifo is missing. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        run("mkfifo", path.toString());
        Assumptions.assumeTrue(Files.exists(path), "mkfifo is not available");
        return path;
    }

    /** A character device like /dev/null at {@code path}; skipped unless the test may make device nodes (root). */
    public static Path nullDevice(Path path) throws IOException, InterruptedException {
        run("mknod", path.toString(), "c", "1", "3");
        Assumptions.assumeTrue(Files.exists(path), "cannot make device nodes here");
        return path;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException missing) {
            // The assumption in the caller skips the test.
        }
    }
}
