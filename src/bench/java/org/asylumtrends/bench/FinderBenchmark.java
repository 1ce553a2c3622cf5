package org.asylumtrends.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.claims.FigureFinder;
import org.asylumtrends.data.claims.FigureText;
import org.asylumtrends.data.claims.FinderResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The figure finder's whole search on the bundled data, as View > Find a figure and {@code find} run it: a query
 * with years (the article's total), and one with nothing but the number, which searches every window of years.
 * Each run builds its series afresh, as a search in the app does. The goal (BENCHMARKS.md): well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2)
public class FinderBenchmark {
    @Param({"1,158,739 Chinese nationals 2012-2024", "987,654,321"})
    public String query;

    private FigureFinder finder;
    private List<Country> countries;

    @Setup
    public void load() throws Exception {
        AsylumDataset data = DatasetLoader.loadBundled();
        finder = new FigureFinder(data, EraTable.loadBundled());
        countries = new ArrayList<>(data.origins());
    }

    @Benchmark
    public FinderResult find() {
        return finder.find(FigureText.parse(query, countries));
    }

    /**
     * Prints the size of each search and, after 30 warm-up searches, the median CPU time of 30 more on this thread:
     * on a machine shared with other jobs the CPU time says what a search costs, the JMH wall time what it took.
     */
    public static void main(String[] args) throws Exception {
        FinderBenchmark b = new FinderBenchmark();
        b.load();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String q : List.of("1,158,739 Chinese nationals 2012-2024", "987,654,321")) {
            b.query = q;
            FinderResult r = b.find();
            Measurements.print("finder-series[" + q + "]", r.series());
            Measurements.print("finder-figures[" + q + "]", r.figuresSearched());
            for (int i = 0; i < 30; i++) {
                b.find();
            }
            double[] cpu = new double[30];
            for (int i = 0; i < cpu.length; i++) {
                long t0 = threads.getCurrentThreadCpuTime();
                b.find();
                cpu[i] = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
            }
            Measurements.print("finder-cpu-p50-ms[" + q + "]", String.format(java.util.Locale.ROOT, "%.1f",
                    Measurements.quantile(cpu, 0.5)));
            Measurements.print("finder-cpu-max-ms[" + q + "]", String.format(java.util.Locale.ROOT, "%.1f",
                    Measurements.quantile(cpu, 1.0)));
        }
    }
}
