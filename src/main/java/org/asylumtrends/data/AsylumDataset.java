package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An immutable set of UNHCR observations (year × origin × country of asylum) with its {@link DatasetMetadata}.
 * Figures are kept per {@link Release}: the observations here are the dataset's own release; earlier releases
 * (the bundled data keep release 2024.6.0, which the article used) have figures of their own, reached with
 * {@link #figuresIn(Vintage)}. Queries go through {@link YearSeries}, {@link DestinationRanking} and {@link EraTotals}.
 */
public final class AsylumDataset {
    private final DatasetMetadata metadata;
    private final Map<String, List<Observation>> byOrigin;
    private final List<Country> origins;
    private final Set<Count> provided;
    private final int size;
    /** The own release first (when the data state one), then the earlier ones, newest first. */
    private final List<Release> releases;
    private final Map<Release, AsylumDataset> earlier;

    public AsylumDataset(DatasetMetadata metadata, List<Observation> observations, Set<Count> provided) {
        this.metadata = metadata;
        this.provided = provided.isEmpty() ? EnumSet.noneOf(Count.class) : EnumSet.copyOf(provided);
        Map<String, List<Observation>> grouped = new HashMap<>();
        Map<String, Country> originNames = new TreeMap<>();
        for (Observation o : observations) {
            List<Observation> list = grouped.get(o.origin().iso3());
            if (list == null) {
                list = new ArrayList<>();
                grouped.put(o.origin().iso3(), list);
                originNames.put(o.origin().iso3(), o.origin());
            }
            list.add(o);
        }
        // By year, then country of asylum; written out because it runs about two million times for the raw tables.
        Comparator<Observation> order = (a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
                : a.asylum().iso3().compareTo(b.asylum().iso3());
        grouped.replaceAll((k, list) -> {
            list.sort(order);
            return Collections.unmodifiableList(list);
        });
        this.byOrigin = Collections.unmodifiableMap(grouped);
        List<Country> sortedOrigins = new ArrayList<>(originNames.values());
        Collections.sort(sortedOrigins);
        this.origins = List.copyOf(sortedOrigins);
        this.size = observations.size();
        this.releases = List.of();
        this.earlier = Map.of();
    }

    private AsylumDataset(AsylumDataset figures, Release own, Map<Release, AsylumDataset> earlier) {
        this.metadata = figures.metadata;
        this.byOrigin = figures.byOrigin;
        this.origins = figures.origins;
        this.provided = figures.provided;
        this.size = figures.size;
        List<Release> all = new ArrayList<>();
        if (own != null) {
            all.add(own);
        }
        earlier.keySet().stream().sorted(Comparator.comparing(Release::published).reversed()).forEach(all::add);
        this.releases = List.copyOf(all);
        this.earlier = Map.copyOf(earlier);
    }

    /**
     * These figures as release {@code own} (null for files that state no release), with the figures of earlier
     * releases beside them.
     */
    public AsylumDataset withReleases(Release own, Map<Release, AsylumDataset> earlierReleases) {
        return new AsylumDataset(this, own, earlierReleases);
    }

    /** The releases these data hold: the own release first when the data state one, then earlier ones. */
    public List<Release> releases() {
        return releases;
    }

    /** The release a vintage stands for here; empty for the latest of files that state no release. */
    public Optional<Release> release(Vintage vintage) {
        if (vintage.isLatest()) {
            return releases.isEmpty() || earlier.containsKey(releases.get(0)) ? Optional.empty()
                    : Optional.of(releases.get(0));
        }
        return releases.stream().filter(vintage::names).findFirst();
    }

    /** Whether these data have figures of that vintage: always for the latest, for others when they are kept. */
    public boolean holds(Vintage vintage) {
        return vintage.isLatest() || release(vintage).isPresent();
    }

    /**
     * The figures of one release: these data for the latest or their own release's id, the kept figures of an
     * earlier release, or no figures at all for a release these data do not hold.
     */
    public AsylumDataset figuresIn(Vintage vintage) {
        Optional<Release> r = release(vintage);
        if (vintage.isLatest() || r.isEmpty() || !earlier.containsKey(r.get())) {
            return vintage.isLatest() || r.isPresent() ? this
                    : new AsylumDataset(metadata, List.of(), Set.of());
        }
        return earlier.get(r.get());
    }

    public DatasetMetadata metadata() {
        return metadata;
    }

    /** Countries of origin in the data, sorted by name. */
    public List<Country> origins() {
        return origins;
    }

    public Optional<Country> origin(String iso3) {
        List<Observation> list = byOrigin.get(iso3);
        return list == null ? Optional.empty() : Optional.of(list.get(0).origin());
    }

    /** The observations for one origin, sorted by year then country of asylum; empty for an unknown origin. */
    public List<Observation> observations(String originIso3) {
        return byOrigin.getOrDefault(originIso3, List.of());
    }

    /** Whether the loaded files have the figures the measure needs in the given release. */
    public boolean has(Measure measure, Vintage vintage) {
        return figuresIn(vintage).provided.containsAll(measure.inputs());
    }

    /** Measures that can be shown for this data in the latest release, in their natural order. */
    public List<Measure> measures() {
        return java.util.Arrays.stream(Measure.values()).filter(m -> has(m, Vintage.LATEST)).toList();
    }

    public Set<Count> provided() {
        return Collections.unmodifiableSet(provided);
    }

    /** Number of observations. */
    public int size() {
        return size;
    }

    /** The years with any observation for the origin, or empty if there are none. */
    public Optional<YearRange> years(String originIso3) {
        List<Observation> list = observations(originIso3);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new YearRange(list.get(0).year(), list.get(list.size() - 1).year()));
    }
}
