package org.asylumtrends.bench;

import java.util.ArrayList;
import java.util.List;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Selection;

/**
 * The data side of the all-origins bundle (issue 15): how long the background read of every origin takes, what
 * it keeps on the heap, and how long the data take to switch the view to another origin or country of asylum.
 * <pre>
 *   java -cp … org.asylumtrends.bench.BundleBench [LOADS] [ROUNDS]
 * </pre>
 * Prints {@code key=value} lines: the first load in a fresh JVM (what the app pays in the background), the median
 * of the next LOADS-1, the heap the dataset keeps, and p50/p95/max of {@code ChartData.of} for every origin and
 * every country of asylum, ROUNDS times over, in random order after a warm-up round.
 */
public final class BundleBench {
    private BundleBench() {
    }

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        EraTable eras = EraTable.loadBundled();
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        double[] loadMs = new double[loads];
        AsylumDataset all = null;
        for (int i = 0; i < loads; i++) {
            all = null;
            System.gc();
            long t = System.nanoTime();
            all = DatasetLoader.loadBundled();
            loadMs[i] = (System.nanoTime() - t) / 1e6;
        }
        Measurements.print("bundle-load-first-ms", loadMs[0]);
        Measurements.print("bundle-load-warm-median-ms", Measurements.quantile(
                java.util.Arrays.copyOfRange(loadMs, Math.min(1, loads - 1), loads), 0.5));
        // What the dataset keeps (with the population table and country list it reads once): used heap after a
        // collection, with and before it.
        Measurements.print("bundle-observations", all.size());
        Measurements.print("bundle-retained-heap-mib", (usedAfterGc(rt) - before) / 1048576.0);

        List<Selection> froms = new ArrayList<>();
        for (Country c : all.origins()) {
            froms.add(Selection.DEFAULT.withOrigin(c.iso3()));
        }
        List<Selection> ins = new ArrayList<>();
        for (Country c : all.asylums()) {
            ins.add(Selection.DEFAULT.withAsylums(List.of(c.iso3())));
        }
        for (var e : java.util.Map.of("origin", froms, "asylum", ins).entrySet()) {
            double[] ms = time(all, eras, e.getValue(), rounds);
            Measurements.print("switch-" + e.getKey() + "-views", ms.length);
            Measurements.print("switch-" + e.getKey() + "-p50-ms", Measurements.quantile(ms, 0.5));
            Measurements.print("switch-" + e.getKey() + "-p95-ms", Measurements.quantile(ms, 0.95));
            Measurements.print("switch-" + e.getKey() + "-max-ms", Measurements.quantile(ms, 1.0));
        }
        // The heaviest views: the origins and hosts with most rows.
        Measurements.print("switch-china-ms", once(all, eras, Selection.DEFAULT));
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double[] time(AsylumDataset all, EraTable eras, List<Selection> views, int rounds) {
        java.util.Random random = new java.util.Random(15);
        for (Selection s : views) {
            ChartData.of(all, eras, s); // warm-up: the JIT, not the data
        }
        double[] ms = new double[views.size() * rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            List<Selection> shuffled = new ArrayList<>(views);
            java.util.Collections.shuffle(shuffled, random);
            for (Selection s : shuffled) {
                ms[n++] = once(all, eras, s);
            }
        }
        return ms;
    }

    private static double once(AsylumDataset all, EraTable eras, Selection s) {
        long t = System.nanoTime();
        ChartData data = ChartData.of(all, eras, s);
        double ms = (System.nanoTime() - t) / 1e6;
        if (data.series() == null) {
            throw new AssertionError();
        }
        return ms;
    }
}
