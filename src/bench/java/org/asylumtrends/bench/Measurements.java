package org.asylumtrends.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the benchmark harnesses print, one {@code key=value} per line, for bench/run.sh to collect. */
public final class Measurements {
    private Measurements() {
    }

    /** Milliseconds since this JVM started, as the app's --smoke-test prints it. */
    public static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Peak resident set size of this process (VmHWM), in KiB; -1 where /proc is not available. */
    public static long peakRssKib() {
        return procStatus("VmHWM:");
    }

    public static long rssKib() {
        return procStatus("VmRSS:");
    }

    private static long procStatus(String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : lines) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }

    /** The q-quantile (0..1) of the values, by the nearest-rank method. */
    public static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** p50, p95 and max of the first {@code n} latencies ("cold") and of the next n ("warm"). */
    /** The FX thread's CPU time per change, as {@code filter-cpu-cold-p50-ms} and so on. */
    public static void printCpu(double[] ms, int n) {
        printCpu(ms, n, "filter");
    }

    /** As {@link #printCpu(double[], int)}, the keys starting with {@code what} ("switch-cpu-warm-p95-ms"). */
    public static void printCpu(double[] ms, int n, String what) {
        double[] cold = java.util.Arrays.copyOfRange(ms, 0, n);
        double[] warm = java.util.Arrays.copyOfRange(ms, n, ms.length);
        for (var e : java.util.Map.of("cold", cold, "warm", warm).entrySet()) {
            print(what + "-cpu-" + e.getKey() + "-p50-ms", quantile(e.getValue(), 0.50));
            print(what + "-cpu-" + e.getKey() + "-p95-ms", quantile(e.getValue(), 0.95));
        }
    }

    /**
     * What the warm changes allocated and how many of them waited for a collection: {@code filter-alloc-warm-p50-kib},
     * {@code filter-gc-warm-changes} and the wall p95 of the warm changes that had none, to tell the collector's share
     * of the p95 from the work's.
     */
    public static void printGc(double[] ms, PulseTimedChanges timed, int n, String what) {
        double[] warmAlloc = Arrays.copyOfRange(timed.allocatedKib(), n, ms.length);
        print(what + "-alloc-warm-p50-kib", quantile(warmAlloc, 0.50));
        boolean[] collected = timed.collected();
        int withGc = 0;
        double[] without = new double[ms.length - n];
        int k = 0;
        for (int i = n; i < ms.length; i++) {
            if (collected[i]) {
                withGc++;
            } else {
                without[k++] = ms[i];
            }
        }
        print(what + "-gc-warm-changes", withGc);
        print(what + "-warm-p95-without-gc-ms", k == 0 ? "n/a" : quantile(Arrays.copyOf(without, k), 0.95));
        print(what + "-unrendered-changes", timed.unrendered());
    }

    public static void printLatencies(double[] ms, int n) {
        printLatencies(ms, n, "filter");
    }

    /** As {@link #printLatencies(double[], int)}, the keys starting with {@code what}. */
    public static void printLatencies(double[] ms, int n, String what) {
        print("changes", ms.length);
        double[] cold = java.util.Arrays.copyOfRange(ms, 0, n);
        double[] warm = java.util.Arrays.copyOfRange(ms, n, ms.length);
        for (var e : java.util.Map.of("cold", cold, "warm", warm).entrySet()) {
            print(what + "-" + e.getKey() + "-p50-ms", quantile(e.getValue(), 0.50));
            print(what + "-" + e.getKey() + "-p95-ms", quantile(e.getValue(), 0.95));
            print(what + "-" + e.getKey() + "-max-ms", quantile(e.getValue(), 1.0));
        }
    }

    public static void print(String key, Object value) {
        System.out.println(key + "=" + (value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : value));
        System.out.flush();
    }
}
