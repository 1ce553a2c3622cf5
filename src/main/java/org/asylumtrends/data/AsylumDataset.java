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
 * Queries go through {@link YearSeries}, {@link DestinationRanking} and {@link EraTotals}.
 */
public final class AsylumDataset {
    private final DatasetMetadata metadata;
    private final Map<String, List<Observation>> byOrigin;
    private final List<Country> origins;
    private final Set<Count> provided;
    private final int size;

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
        return measure.availableIn(vintage) && provided.containsAll(measure.inputs(vintage));
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
