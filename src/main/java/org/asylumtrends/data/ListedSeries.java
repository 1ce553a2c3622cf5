package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The one place the comparison gets a listed country's figures from: its {@link YearSeries} and, for the first,
 * the ranking of the bars. For an origin ("from" view) these are the dataset's per-origin queries. For a country of
 * asylum ("in" view) this is an interim: the observations with that country of asylum, from every origin, turned
 * round (origin and asylum swapped) so the per-origin queries answer for it; the column storage of issue 15's data
 * part replaces the body of {@link #inView} with its own index, and nothing else needs to change.
 */
public final class ListedSeries {
    private static final Map<AsylumDataset, AsylumDataset> TURNED = Collections.synchronizedMap(new WeakHashMap<>());

    private ListedSeries() {
    }

    /** The series of a listed country: an origin's in a "from" view, a country of asylum's in an "in" view. */
    public static YearSeries of(AsylumDataset data, Selection selection, String iso3) {
        if (!selection.isAsylumView()) {
            return YearSeries.of(data, iso3, selection.measure(), Vintage.LATEST);
        }
        return YearSeries.of(inView(data), iso3, selection.measure(), Vintage.LATEST);
    }

    /** The bars of the first listed country: countries of asylum of an origin, or origins in a country of asylum. */
    public static DestinationRanking ranking(AsylumDataset data, Selection selection, String iso3, YearRange years,
                                             RangeAggregation aggregation, int top) {
        AsylumDataset source = selection.isAsylumView() ? inView(data) : data;
        return DestinationRanking.of(source, iso3, selection.measure(), Vintage.LATEST, years, aggregation, top);
    }

    /** The countries listable on a side: origins in a "from" view, countries of asylum in an "in" view, by name. */
    public static List<Country> listable(AsylumDataset data, boolean asylumView) {
        return asylumView ? inView(data).origins() : data.origins();
    }

    /** Whether a country can be listed on a side of these data. */
    public static boolean isListable(AsylumDataset data, boolean asylumView, String iso3) {
        return (asylumView ? inView(data) : data).origin(iso3).isPresent();
    }

    /** The figures seen from the countries of asylum: each observation with origin and asylum swapped. Cached. */
    private static AsylumDataset inView(AsylumDataset data) {
        AsylumDataset cached = TURNED.get(data);
        if (cached != null) {
            return cached;
        }
        List<Observation> turned = new ArrayList<>(data.size());
        for (Country origin : data.origins()) {
            for (Observation o : data.observations(origin.iso3())) {
                turned.add(new Observation(o.year(), o.asylum(), o.origin(), o.counts()));
            }
        }
        AsylumDataset in = new AsylumDataset(data.metadata(), turned, data.provided());
        TURNED.put(data, in);
        return in;
    }
}
