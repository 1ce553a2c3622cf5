package org.asylumtrends.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.asylumtrends.data.LoadMonitor;
import org.asylumtrends.data.UnhcrCsvReader;

/**
 * The work of {@link LoadBenchmark#parseAndAggregate} timed in thread CPU time, not wall time: on a machine
 * shared with other builds (load average 10 on 2 cores) JMH's wall-clock figures move by 2x between runs of the
 * same code, CPU time by about 10 %. {@code java -cp <bench class path> org.asylumtrends.bench.LoadCpuTime DIR RUNS}
 * prints the median and minimum of the second half of the runs (after the JIT has compiled the reader).
 */
public class LoadCpuTime {
    public static void main(String[] args) throws Exception {
        List<Path> files = List.of("unhcr_asylum_applications_all_origins_2000-2025.csv",
                "unhcr_asylum_decisions_all_origins_2000-2025.csv", "unhcr_population_all_origins_1951-2025.csv")
                .stream().map(n -> Path.of(args[0], n)).toList();
        int runs = Integer.parseInt(args[1]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[runs];
        long keys = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (Path f : files) {
                try (InputStream in = Files.newInputStream(f)) {
                    keys += new UnhcrCsvReader(f.getFileName().toString(), LoadMonitor.NONE).read(in, Files.size(f)).totals().size();
                }
            }
            cpu[r] = mx.getCurrentThreadCpuTime() - t0;
        }
        long[] last = Arrays.copyOfRange(cpu, runs / 2, runs); // second half: after JIT warm-up
        Arrays.sort(last);
        System.out.printf("cpu-ms median %.1f min %.1f (second half of %d runs) keys %d%n",
                last[last.length / 2] / 1e6, last[0] / 1e6, runs, keys);
    }
}
