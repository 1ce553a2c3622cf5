package org.asylumtrends.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.LoadMonitor;
import org.asylumtrends.data.ParsedTable;
import org.asylumtrends.data.UnhcrCsvReader;
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
 * Loading UNHCR's three full raw tables (asylum applications, decisions and population, all origins: 22 MB,
 * 373,419 rows), as File > Open does with all three selected. {@code dir} is the folder that holds them
 * ({@code -p dir=../shared/data/raw}).
 *
 * <ul>
 *   <li>{@link #parseAndAggregate}: each file read and summed per year, origin and country of asylum - the same
 *   work as pandas' read_csv + groupby(...).sum() in bench/pandas_peer.py;</li>
 *   <li>{@link #openThreeFiles}: that plus merging the three into one dataset indexed by origin, i.e. everything
 *   between choosing the files and the charts having their data.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LoadBenchmark {
    static final List<String> TABLES = List.of("unhcr_asylum_applications_all_origins_2000-2025.csv",
            "unhcr_asylum_decisions_all_origins_2000-2025.csv", "unhcr_population_all_origins_1951-2025.csv");

    @Param("../shared/data/raw")
    public String dir;

    private List<Path> files;

    @Setup
    public void findTables() {
        files = TABLES.stream().map(name -> Path.of(dir, name)).toList();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("no raw table " + f + "; pass -p dir=<folder with the raw tables>");
            }
        }
    }

    @Benchmark
    public long parseAndAggregate() throws IOException, DataFormatException {
        long keys = 0;
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                ParsedTable table = new UnhcrCsvReader(f.getFileName().toString(), LoadMonitor.NONE).read(in, Files.size(f));
                keys += table.totals().size();
            }
        }
        return keys;
    }

    @Benchmark
    public AsylumDataset openThreeFiles() throws IOException, DataFormatException {
        return DatasetLoader.load(files, LoadMonitor.NONE);
    }
}
