package org.asylumtrends.data;

/**
 * The selection the app opens with and a command-line export uses unless told otherwise: the article's view,
 * China, asylum-seekers, 2012–2024. One place, so the window and the command line cannot drift apart.
 */
public final class DefaultSelection {
    public static final String ORIGIN = "CHN";
    public static final Measure MEASURE = Measure.ASYLUM_SEEKERS;
    public static final YearRange YEARS = new YearRange(2012, 2024);
    public static final RangeAggregation AGGREGATION = RangeAggregation.LAST_YEAR;
    public static final EraConvention CONVENTION = EraConvention.MAJORITY_OF_YEAR;

    private DefaultSelection() {
    }
}
