package org.asylumtrends.data.claims;

/**
 * How the figure finder turns a series of yearly figures into one figure over a window of years. Each has a
 * penalty: how far a reading is from the plainest one (a single year's figure), used to rank equally close
 * candidates. The penalties are in the same unit as a candidate's miss (1 = the edge of the tolerance).
 */
public enum FigureAggregation {
    /** The figure of one year. */
    SINGLE_YEAR(0, false),
    /** A stock over a range as the app shows it: the value in the range's last year. */
    LAST_YEAR(0, false),
    /** The yearly figures added up (for a stock this counts a person pending several years more than once). */
    SUM(0.25, false),
    /** The yearly figures' average. */
    MEAN(0.5, false),
    /** The last year's figure divided by the first's ("14 times as many"). */
    RATIO(0.25, false),
    /** The change from the first year to the last as a percentage ((last − first) ÷ first). */
    PERCENT_CHANGE(0, true),
    /** The ratio of the last year to the first written as a percentage: 14.26 as "1,426 %". */
    RATIO_AS_PERCENT(0.25, true),
    /** A rate (the recognition rate) in one year, as a percentage. */
    RATE(0, true),
    /** A rate over a range of years, from the decisions summed over it. */
    POOLED_RATE(0.25, true);

    private final double penalty;
    private final boolean percent;

    FigureAggregation(double penalty, boolean percent) {
        this.penalty = penalty;
        this.percent = percent;
    }

    public double penalty() {
        return penalty;
    }

    /** Whether the figure is a fraction compared with a percentage (1,426 % is 14.26). */
    public boolean isPercent() {
        return percent;
    }
}
