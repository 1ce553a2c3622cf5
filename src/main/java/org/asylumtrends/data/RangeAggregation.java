package org.asylumtrends.data;

/**
 * How a measure is aggregated over a range of years. Flows always sum. A stock (people with claims pending at
 * year end) is not summed by default, since a person pending for three years would count three times; its
 * value over a range is the last year's. Summing a stock over years is what Safeguard Defenders did to reach
 * "over a million", so it is available, under its own name.
 */
public enum RangeAggregation {
    /** The value in the last selected year (for stocks); flows still sum. */
    LAST_YEAR("last-year"),
    /** The sum of the yearly values, also for stocks. */
    SUM_OVER_YEARS("sum");

    private final String id;

    RangeAggregation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** What actually happens for this measure: only stocks can use the last year. */
    public RangeAggregation effectiveFor(Measure measure) {
        return measure.isStock() ? this : SUM_OVER_YEARS;
    }

    public static java.util.Optional<RangeAggregation> byId(String id) {
        for (RangeAggregation a : values()) {
            if (a.id.equalsIgnoreCase(id.strip())) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
