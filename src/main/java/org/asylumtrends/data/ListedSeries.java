package org.asylumtrends.data;

import java.util.List;

/**
 * The one place the comparison gets a listed country's figures from: its {@link YearSeries} and, for the first,
 * the ranking of the bars. For an origin ("from" view) these are the dataset's per-origin queries; for a country of
 * asylum ("in" view) the column store's index by country of asylum ({@link YearSeries#in},
 * {@link DestinationRanking#originsIn}).
 */
public final class ListedSeries {
    private ListedSeries() {
    }

    /** The series of a listed country: an origin's in a "from" view, a country of asylum's in an "in" view. */
    public static YearSeries of(AsylumDataset data, Selection selection, String iso3) {
        return selection.isAsylumView() ? YearSeries.in(data, iso3, selection.measure(), Vintage.LATEST)
                : YearSeries.of(data, iso3, selection.measure(), Vintage.LATEST);
    }

    /** The bars of the first listed country: countries of asylum of an origin, or origins in a country of asylum. */
    public static DestinationRanking ranking(AsylumDataset data, Selection selection, String iso3, YearRange years,
                                             RangeAggregation aggregation, int top) {
        return selection.isAsylumView()
                ? DestinationRanking.originsIn(data, iso3, selection.measure(), Vintage.LATEST, years, aggregation, top)
                : DestinationRanking.of(data, iso3, selection.measure(), Vintage.LATEST, years, aggregation, top);
    }

    /** The countries listable on a side: origins in a "from" view, countries of asylum in an "in" view, by name. */
    public static List<Country> listable(AsylumDataset data, boolean asylumView) {
        return asylumView ? data.asylums() : data.origins();
    }

    /** Whether a country can be listed on a side of these data. */
    public static boolean isListable(AsylumDataset data, boolean asylumView, String iso3) {
        return (asylumView ? data.asylum(iso3) : data.origin(iso3)).isPresent();
    }
}
