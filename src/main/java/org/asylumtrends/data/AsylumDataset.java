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

/**
 * An immutable set of UNHCR observations (year × origin × country of asylum) with its {@link DatasetMetadata}.
 * Figures are kept per {@link Release}: the observations here are the dataset's own release; earlier releases
 * (the bundled data keep release 2024.6.0, which the article used) have figures of their own, reached with
 * {@link #figuresIn(Vintage)}. Queries go through {@link YearSeries}, {@link DestinationRanking} and {@link EraTotals}.
 * The figures are held column-wise ({@link FigureTable}), indexed by origin and by country of asylum, so that every
 * origin and every country of asylum UNHCR publishes fit beside the window at little cost.
 */
public final class AsylumDataset {
    private final DatasetMetadata metadata;
    private final FigureTable figures;
    private final List<Country> origins;
    private final List<Country> asylums;
    private final Set<Count> provided;
    /** The own release first (when the data state one), then the earlier ones, newest first. */
    private final List<Release> releases;
    private final Map<Release, AsylumDataset> earlier;
    private final Population population;

    public AsylumDataset(DatasetMetadata metadata, List<Observation> observations, Set<Count> provided) {
        this(metadata, columnsOf(observations), provided);
    }

    /** Figures already in columns, from the loader: no observation is ever made an object on the way. */
    AsylumDataset(DatasetMetadata metadata, FigureTable figures, Set<Count> provided) {
        this.metadata = metadata;
        this.provided = provided.isEmpty() ? EnumSet.noneOf(Count.class) : EnumSet.copyOf(provided);
        this.figures = figures;
        this.origins = sortedByName(figures.origins());
        this.asylums = sortedByName(figures.asylums());
        this.releases = List.of();
        this.earlier = Map.of();
        this.population = Population.NONE;
    }

    private AsylumDataset(AsylumDataset figures, Release own, Map<Release, AsylumDataset> earlier,
                          Population population) {
        this.metadata = figures.metadata;
        this.figures = figures.figures;
        this.origins = figures.origins;
        this.asylums = figures.asylums;
        this.provided = figures.provided;
        List<Release> all = new ArrayList<>();
        if (own != null) {
            all.add(own);
        }
        earlier.keySet().stream().sorted(Comparator.comparing(Release::published).reversed()).forEach(all::add);
        this.releases = List.copyOf(all);
        this.earlier = Map.copyOf(earlier);
        this.population = population;
    }

    private static FigureTable columnsOf(List<Observation> observations) {
        FigureTable.Builder b = new FigureTable.Builder(observations.size());
        Map<String, String> names = new HashMap<>();
        for (Observation o : observations) {
            b.add(o);
            names.putIfAbsent(o.origin().iso3(), o.origin().name());
            names.putIfAbsent(o.asylum().iso3(), o.asylum().name());
        }
        return b.build(names);
    }

    private static List<Country> sortedByName(List<Country> countries) {
        List<Country> sorted = new ArrayList<>(countries);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    /**
     * These figures as release {@code own} (null for files that state no release), with the figures of earlier
     * releases beside them.
     */
    public AsylumDataset withReleases(Release own, Map<Release, AsylumDataset> earlierReleases) {
        return new AsylumDataset(this, own, earlierReleases, population);
    }

    /**
     * These figures with a population table beside them, the denominator of "per 100,000" (the bundled World Bank
     * table for any UNHCR data, since both join on ISO3 codes); the earlier releases' figures get it too.
     */
    public AsylumDataset withPopulation(Population table) {
        Map<Release, AsylumDataset> withIt = new HashMap<>();
        earlier.forEach((r, d) -> withIt.put(r, d.withPopulation(table)));
        Release own = releases.isEmpty() || earlier.containsKey(releases.get(0)) ? null : releases.get(0);
        return new AsylumDataset(this, own, withIt, table);
    }

    /** Population by ISO3 code and year for per-capita figures; {@link Population#NONE} when none was given. */
    public Population population() {
        return population;
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
                    : new AsylumDataset(metadata, FigureTable.EMPTY, Set.of()).withPopulation(population);
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
        return figures.rows(iso3, false).size() == 0 ? Optional.empty()
                : Optional.of(figures.country(figures.code(iso3)));
    }

    /** Countries of asylum in the data (the hosts an "in" view can show), sorted by name. */
    public List<Country> asylums() {
        return asylums;
    }

    /** A country of asylum in the data, or empty when no row has it as the country of asylum. */
    public Optional<Country> asylum(String iso3) {
        return figures.rows(iso3, true).size() == 0 ? Optional.empty()
                : Optional.of(figures.country(figures.code(iso3)));
    }

    /**
     * The observations for one origin, sorted by year then country of asylum; empty for an unknown origin. Made
     * on each call from the columns (a few thousand objects for one origin), for the detail table and its export.
     */
    public List<Observation> observations(String originIso3) {
        return observationsOf(originIso3, false);
    }

    /**
     * The observations in one country of asylum, from every origin, sorted by year then origin; empty for a
     * country that is no country of asylum here. Made on each call from the index by country of asylum.
     */
    public List<Observation> observationsIn(String asylumIso3) {
        return observationsOf(asylumIso3, true);
    }

    private List<Observation> observationsOf(String iso3, boolean ofAsylum) {
        FigureTable.Rows rows = figures.rows(iso3, ofAsylum);
        List<Observation> list = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            list.add(figures.observation(rows.row(i)));
        }
        return Collections.unmodifiableList(list);
    }

    /** The rows of one origin ({@code ofAsylum} false) or of one country of asylum, for the queries. */
    FigureTable.Rows rows(String iso3, boolean ofAsylum) {
        return figures.rows(iso3, ofAsylum);
    }

    FigureTable figures() {
        return figures;
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
        return figures.size();
    }

    /** The years with any observation for the origin, or empty if there are none. */
    public Optional<YearRange> years(String originIso3) {
        return yearsOf(figures.rows(originIso3, false));
    }

    /** The years with any observation in a country of asylum, or empty if there are none. */
    public Optional<YearRange> yearsIn(String asylumIso3) {
        return yearsOf(figures.rows(asylumIso3, true));
    }

    private Optional<YearRange> yearsOf(FigureTable.Rows rows) {
        if (rows.size() == 0) {
            return Optional.empty();
        }
        return Optional.of(new YearRange(figures.year(rows.row(0)), figures.year(rows.row(rows.size() - 1))));
    }
}
