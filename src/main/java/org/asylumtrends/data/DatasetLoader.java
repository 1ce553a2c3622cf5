package org.asylumtrends.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * Builds an {@link AsylumDataset} from the bundled data (China first, then every origin) or from UNHCR files a
 * user chose. Several files
 * (e.g. applications, population and decisions) merge on year, origin ISO3 and country-of-asylum ISO3.
 */
public final class DatasetLoader {
    /** Classpath folder of the bundled dataset (copied from {@code assets/data/} at build time). */
    public static final String BUNDLED_FOLDER = "/assets/data/";
    /** Which releases the bundled data hold and what each is: the only place a release is named. */
    public static final String RELEASES = "releases.csv";
    /** Source and licence of the bundled data. */
    public static final String BUNDLED_METADATA = "china_asylum.properties";

    private DatasetLoader() {
    }

    /**
     * The dataset that ships with the app: every origin and every country of asylum UNHCR publishes (the file that
     * {@code china_asylum.properties} names as {@code all_origins}), with every release in releases.csv and the
     * bundled population table. About a second's work: the window shows {@link #loadBundledOpening()} first.
     */
    public static AsylumDataset loadBundled() throws DataFormatException {
        try {
            return readCatalogue(DatasetLoader::resource, " (bundled)", true).newest();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled dataset cannot be read; the installation is damaged", e);
        }
    }

    /**
     * The part of the bundled data the window opens with: China as origin, 2000–2025, every release in
     * releases.csv, read in a tenth of the time of {@link #loadBundled()}, which replaces it once read.
     */
    public static AsylumDataset loadBundledOpening() throws DataFormatException {
        try {
            return readCatalogue(DatasetLoader::resource, " (bundled)", false).newest();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled dataset cannot be read; the installation is damaged", e);
        }
    }

    /**
     * The bundled population table (World Bank SP.POP.TOTL, 1960–2024, countries only), read once: the
     * denominator of per-100,000 figures for any data, bundled or opened, since both join on ISO3 codes.
     */
    public static Population bundledPopulation() {
        return BundledPopulation.TABLE;
    }

    /** Read on first use, on whichever (background) thread loads data first. */
    private static final class BundledPopulation {
        static final Population TABLE = read();

        private static Population read() {
            try (InputStream in = resource(PopulationTable.BUNDLED)) {
                return PopulationTable.read(in, PopulationTable.BUNDLED + " (bundled)",
                        PopulationTable.WORLD_BANK_SOURCE);
            } catch (IOException | DataFormatException e) {
                throw new IllegalStateException("the bundled " + PopulationTable.BUNDLED
                        + " cannot be read; the installation is damaged", e);
            }
        }
    }

    /** The releases the bundled data hold, newest first, as releases.csv lists them. */
    public static List<Release> bundledReleases() {
        try (InputStream in = resource(RELEASES)) {
            return ReleaseTable.read(in, RELEASES + " (bundled)");
        } catch (IOException | DataFormatException e) {
            throw new IllegalStateException("the bundled " + RELEASES + " cannot be read; the installation is damaged",
                    e);
        }
    }

    /**
     * A folder laid out like the bundled data: {@code releases.csv}, {@code china_asylum.properties} (source and
     * licence, and the {@code all_origins} file when it names one) and one file per release. Lets a release be added
     * without a new build, and tests use their own.
     */
    public static AsylumDataset loadReleases(Path folder) throws IOException, DataFormatException {
        return readCatalogue(name -> Files.newInputStream(folder.resolve(name)), "", true).newest();
    }

    /**
     * The bundled China data with the given files merged into it (File > Add files… while the bundled data are
     * shown). Where a file and the bundled data give the same figure for one key, they must agree. The mix is
     * no UNHCR release of its own; the bundled earlier releases stay beside it.
     */
    public static AsylumDataset loadWithBundled(List<Path> files, LoadMonitor monitor)
            throws IOException, DataFormatException {
        // China's bundled file, as before every origin was bundled: a user's download for another origin would
        // overlap the all-origins table, and any figure a later or earlier release revised would stop the load.
        Catalogue bundled = readCatalogue(DatasetLoader::resource, " (bundled)", false);
        List<ParsedTable> tables = new ArrayList<>();
        tables.add(bundled.table());
        for (Path file : files) {
            tables.add(read(file, monitor));
        }
        DatasetMetadata files0 = DatasetMetadata.forUserTables(tables.subList(1, tables.size()),
                Set.of(tables.stream().mapToInt(ParsedTable::newestYear).max().orElseThrow()));
        DatasetMetadata b = bundled.metadata();
        List<String> names = new ArrayList<>(b.files());
        names.addAll(files0.files());
        TreeSet<Integer> preliminary = new TreeSet<>(b.preliminaryYears());
        preliminary.addAll(files0.preliminaryYears());
        DatasetMetadata metadata = new DatasetMetadata(b.source() + " (release " + b.release() + "); "
                + files0.source(), b.licence().equals(files0.licence()) ? b.licence() : b.licence() + " / "
                + files0.licence(), "", preliminary, b.preliminaryNote(), names, files0.notes(), files0.details(),
                java.util.stream.Stream.concat(java.util.stream.Stream.of(
                        DataMessage.of("source.withRelease", b.source(), b.release())),
                        files0.sourceParts().stream()).toList());
        return merge(tables, metadata).withReleases(null, bundled.earlier()).withPopulation(bundledPopulation());
    }

    /** Opens a file of a release folder by its name. */
    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    /** The newest release's table and metadata, and the earlier releases' figures. */
    private record Catalogue(ParsedTable table, DatasetMetadata metadata, Release own,
                             Map<Release, AsylumDataset> earlier, AsylumDataset everyOrigin) {
        /** The newest release's figures: every origin when the folder has them, else its own file's. */
        AsylumDataset newest() throws DataFormatException {
            AsylumDataset figures = everyOrigin != null ? everyOrigin : merge(List.of(table), metadata);
            return figures.withReleases(own, earlier).withPopulation(bundledPopulation());
        }
    }

    /** Names the file with every origin's figures of the newest release, in {@link #BUNDLED_METADATA}. */
    static final String ALL_ORIGINS = "all_origins";

    /**
     * {@code allOrigins}: the newest release is read from the file the metadata name as {@link #ALL_ORIGINS} (when
     * they name one) rather than from releases.csv's file, which holds China alone for a fast first view.
     */
    private static Catalogue readCatalogue(Opener folder, String suffix, boolean allOrigins)
            throws IOException, DataFormatException {
        List<Release> releases;
        try (InputStream in = folder.open(RELEASES)) {
            releases = ReleaseTable.read(in, RELEASES + suffix);
        }
        Properties p = new Properties();
        try (InputStream props = folder.open(BUNDLED_METADATA)) {
            p.load(new java.io.InputStreamReader(props, java.nio.charset.StandardCharsets.UTF_8));
        }
        String source = p.getProperty("source", DatasetMetadata.UNHCR_SOURCE);
        String licence = p.getProperty("licence", DatasetMetadata.UNHCR_LICENCE);
        Release own = releases.get(0);
        String everyOrigin = p.getProperty(ALL_ORIGINS, "").strip();
        boolean fromEveryOrigin = allOrigins && !everyOrigin.isEmpty();
        ParsedTable table = fromEveryOrigin ? null : readRelease(folder, own, suffix);
        Map<Release, AsylumDataset> earlier = new HashMap<>();
        for (Release r : releases.subList(1, releases.size())) {
            earlier.put(r, merge(List.of(readRelease(folder, r, suffix)), metadataOf(r, source, licence, suffix)));
        }
        DatasetMetadata metadata = metadataOf(own, source, licence, suffix);
        if (!fromEveryOrigin) {
            return new Catalogue(table, metadata, own, earlier, null);
        }
        metadata = new DatasetMetadata(source, licence, own.id(), own.preliminaryYears(), own.note(),
                List.of(everyOrigin + suffix));
        try (InputStream raw = folder.open(everyOrigin);
             InputStream csv = everyOrigin.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return new Catalogue(null, metadata, own, earlier, AllOriginsTable.read(csv, everyOrigin + suffix,
                    metadata));
        }
    }

    private static DatasetMetadata metadataOf(Release r, String source, String licence, String suffix) {
        return new DatasetMetadata(source, licence, r.id(), r.preliminaryYears(), r.note(), List.of(r.file() + suffix));
    }

    private static ParsedTable readRelease(Opener folder, Release r, String suffix)
            throws IOException, DataFormatException {
        return readFile(folder, r.file(), suffix);
    }

    /** One file of a release folder; a name ending in .gz is gunzipped on the way (the all-origins table). */
    private static ParsedTable readFile(Opener folder, String name, String suffix)
            throws IOException, DataFormatException {
        try (InputStream raw = folder.open(name);
             InputStream csv = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return new UnhcrCsvReader(name + suffix, LoadMonitor.NONE).read(csv, -1);
        }
    }

    /** Reads and merges the given files; throws on the first bad file, returning nothing half-loaded. */
    public static AsylumDataset load(List<Path> files, LoadMonitor monitor) throws IOException, DataFormatException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to load");
        }
        List<ParsedTable> tables = new ArrayList<>();
        for (Path file : files) {
            tables.add(read(file, monitor));
        }
        int newest = tables.stream().mapToInt(ParsedTable::newestYear).max().orElseThrow();
        return merge(tables, DatasetMetadata.forUserTables(tables, Set.of(newest))).withPopulation(bundledPopulation());
    }

    /**
     * Reads one file. A file whose distinct keys do not fit in memory is refused with a message, not a stack
     * trace: the reader keeps one entry per key (year, origin, country of asylum), however long the file.
     */
    static ParsedTable read(Path file, LoadMonitor monitor) throws IOException, DataFormatException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        UnhcrCsvReader reader = new UnhcrCsvReader(name, monitor);
        // The caller may close the stream to cancel: a blocked read (a FIFO) wakes on close, not on interrupt.
        try (InputStream in = monitor.opened(name, Files.newInputStream(file))) {
            return reader.read(in, size);
        } catch (DataFormatException e) {
            if (e.repeatedKeyFingerprint() == 0) {
                throw e;
            }
            // The reader keeps no line per row; read the file again for the line that had the key first.
            long earlier;
            try (InputStream again = monitor.opened(name, Files.newInputStream(file))) {
                earlier = reader.firstLineWithKey(again, e.repeatedKeyFingerprint());
            }
            throw earlier > 0 && earlier < e.line() ? e.withEarlierLine(earlier) : e;
        } catch (OutOfMemoryError tooManyKeys) {
            // What was read is garbage once this frame is left; the message needs no memory to speak of.
            throw DataFormatException.inFile(name, DataMessage.of("input.error.outOfMemory",
                    Runtime.getRuntime().maxMemory() / (1 << 20)));
        }
    }

    /**
     * Merges tables. Two files giving the same figure for the same key must agree (the same file opened twice
     * is harmless); if they disagree, the data would be ambiguous, so that is an error naming both files.
     */
    static AsylumDataset merge(List<ParsedTable> tables, DatasetMetadata metadata) throws DataFormatException {
        Map<ObservationKey, Counts.Builder> merged;
        if (tables.size() == 1) {
            merged = tables.get(0).totals();
        } else {
            merged = new HashMap<>(tables.stream().mapToInt(t -> t.totals().size()).max().orElse(16) * 2);
            for (int t = 0; t < tables.size(); t++) {
                ParsedTable table = tables.get(t);
                for (Map.Entry<ObservationKey, Counts.Builder> e : table.totals().entrySet()) {
                    Counts.Builder target = merged.computeIfAbsent(e.getKey(), k -> Counts.builder());
                    Count c = target.mergeAbsent(e.getValue());
                    if (c != null) {
                        String other = firstToGive(tables.subList(0, t), e.getKey(), c);
                        throw DataFormatException.inFile(table.fileName(), DataMessage.of("input.error.overlap",
                                c.name().toLowerCase(Locale.ROOT), e.getValue().value(c), e.getKey().toString(), other,
                                target.value(c)));
                    }
                }
            }
        }
        requireSumsFit(tables, merged);
        Map<String, String> names = new HashMap<>();
        Set<Count> provided = EnumSet.noneOf(Count.class);
        for (ParsedTable table : tables) {
            provided.addAll(table.provides());
            table.countryNames().forEach(names::putIfAbsent);
        }
        // Straight into columns: an object per observation (150,000 for the raw tables) would outlive the load.
        FigureTable.Builder columns = new FigureTable.Builder(merged.size());
        merged.forEach(columns::add);
        return new AsylumDataset(metadata, columns.build(names), provided);
    }

    /**
     * Each file's figures add up to at most Long.MAX_VALUE (the reader checks); merged files could exceed it
     * together, and then a total over countries or years would overflow. Refused, naming the file that tips it.
     */
    private static void requireSumsFit(List<ParsedTable> tables, Map<ObservationKey, Counts.Builder> merged)
            throws DataFormatException {
        if (tables.size() < 2) {
            return;
        }
        for (Count c : Count.values()) {
            long total = 0;
            for (Counts.Builder counts : merged.values()) {
                long v = counts.value(c);
                if (v > Long.MAX_VALUE - total) {
                    throw DataFormatException.inFile(tables.get(tables.size() - 1).fileName(), DataMessage.of(
                            "input.error.sumTooLarge", tables.get(0).fileName(), c.name().toLowerCase(Locale.ROOT),
                            Long.MAX_VALUE));
                }
                total += v;
            }
        }
    }

    /** The file a figure came from: the first of the earlier tables that gives it. Only needed for a message. */
    private static String firstToGive(List<ParsedTable> earlier, ObservationKey key, Count c) {
        for (ParsedTable t : earlier) {
            Counts.Builder counts = t.totals().get(key);
            if (counts != null && counts.has(c)) {
                return t.fileName();
            }
        }
        throw new IllegalStateException("no earlier table gives " + c + " for " + key);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED_FOLDER + name);
        if (in == null) {
            throw new IOException("missing resource " + BUNDLED_FOLDER + name);
        }
        return in;
    }
}
