package org.asylumtrends.data;

import java.util.Optional;

/**
 * How the yearly figures are drawn and tabled. The figure is the same; what changes is the axis (linear or
 * logarithmic) or the number itself (an index of the first selected year, or people per 100,000 of a population).
 * Every scale is named wherever a number is shown, so a reader never mistakes an index for a count.
 */
public enum Scale {
    /** The counts as UNHCR gives them, on a linear axis. The default. */
    LINEAR("linear"),
    /** The counts on a logarithmic axis: equal steps are equal ratios, so lines of very different size compare. */
    LOG("log"),
    /** Each line divided by its value in the first selected year, times 100; undefined when that base is 0. */
    INDEXED("indexed"),
    /**
     * Per 100,000 of the origin's population (of the host's in an "in" view), World Bank SP.POP.TOTL; undefined
     * where there is no population figure for the year or the code.
     */
    PER_100K("per-100k");

    private final String id;

    Scale(String id) {
        this.id = id;
    }

    /** The name on the command line and in saved preferences. */
    public String id() {
        return id;
    }

    /** Whether the numbers are the counts themselves (linear and log) rather than derived from them. */
    public boolean isCount() {
        return this == LINEAR || this == LOG;
    }

    /**
     * Whether the window offers this scale for {@code m}: per 100,000 divides counts of people, and a rate (a share of
     * decisions) is none. The command line may still ask, and gets "not a count" for every year.
     */
    public boolean appliesTo(Measure m) {
        return this != PER_100K || m.kind() != Measure.Kind.RATE;
    }

    public static Optional<Scale> byId(String id) {
        for (Scale s : values()) {
            if (s.id.equalsIgnoreCase(id.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
