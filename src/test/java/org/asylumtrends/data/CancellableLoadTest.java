package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancel that really stops: a load blocked in a read ends when cancelled, as cancelled, not as a short file. */
class CancellableLoadTest {
    @TempDir
    Path dir;

    @Test
    void cancellingALoadBlockedInAReadEndsIt() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("stalled.csv"));
        // A writer that sends the header and then nothing, holding the pipe open: the reader blocks in read().
        // The shell opens the pipe, not this JVM: an open for writing blocks until the reader opens it.
        Process writer = new ProcessBuilder("sh", "-c",
                "{ printf 'year,coo_iso,coa_iso,asylum_seekers\\n2020,CHN,USA,5\\n'; sleep 60; } > \"$0\"",
                fifo.toString()).start();
        try {
            CancellableLoad load = new CancellableLoad(LoadMonitor.NONE);
            CompletableFuture<Throwable> ended = CompletableFuture.supplyAsync(() -> {
                try {
                    DatasetLoader.load(List.of(fifo), load);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            Thread.sleep(700);
            assertThat(ended).as("blocked in read before the cancel").isNotDone();

            load.cancel();

            assertThat(ended.get(10, TimeUnit.SECONDS)).isInstanceOf(LoadCancelledException.class)
                    .hasMessage("loading stalled.csv was cancelled");
        } finally {
            writer.destroyForcibly();
        }
    }
}
