package org.asylumtrends.data;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a chart or a summary shows. Each measure is either a stock (people at a date: not summed over years
 * unless asked), a flow (events during a year: sums) or a rate computed from flows.
 */
public enum Measure {
    ASYLUM_SEEKERS("asylum-seekers", Kind.STOCK, Count.ASYLUM_SEEKERS),
    APPLICATIONS_NEW("applications-new", Kind.FLOW, Count.APPLICATIONS_NEW),
    APPLICATIONS_ALL("applications-all", Kind.FLOW, Count.APPLICATIONS_ALL),
    REFUGEES("refugees", Kind.STOCK, Count.REFUGEES),
    DECISIONS_TOTAL("decisions-total", Kind.FLOW, Count.DECISIONS_TOTAL),
    RECOGNIZED("recognized", Kind.FLOW, Count.DECISIONS_RECOGNIZED),
    COMPLEMENTARY_PROTECTION("complementary-protection", Kind.FLOW, Count.DECISIONS_COMPLEMENTARY_PROTECTION),
    REJECTED("rejected", Kind.FLOW, Count.DECISIONS_REJECTED),
    OTHERWISE_CLOSED("otherwise-closed", Kind.FLOW, Count.DECISIONS_OTHERWISE_CLOSED),
    /**
     * UNHCR's total recognition rate: (recognized + complementary protection) / (recognized + complementary
     * protection + rejected). Otherwise-closed cases are left out; undefined when the denominator is 0.
     */
    RECOGNITION_RATE("recognition-rate", Kind.RATE, null);

    /** How a measure behaves over several years. */
    public enum Kind {
        /** People at a date (end of year): the value over a range is the last year's unless summed explicitly. */
        STOCK,
        /** Events during a year: sums over years and countries. */
        FLOW,
        /** A ratio of flows: computed from the summed flows, never averaged. */
        RATE
    }

    private static final Set<Count> RATE_INPUTS = EnumSet.of(
            Count.DECISIONS_RECOGNIZED, Count.DECISIONS_COMPLEMENTARY_PROTECTION, Count.DECISIONS_REJECTED);

    private final String id;
    private final Kind kind;
    private final Count count;

    Measure(String id, Kind kind, Count count) {
        this.id = id;
        this.kind = kind;
        this.count = count;
    }

    /** The name used on the command line and in preferences, e.g. {@code asylum-seekers}. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isStock() {
        return kind == Kind.STOCK;
    }

    /**
     * The first year of UNHCR's series of this stock, when its tables carry zeros for earlier years: asylum-seekers
     * are recorded from 2000 on. Empty for flows and rates, whose zeros are always figures.
     */
    public OptionalInt seriesBegins() {
        return this == ASYLUM_SEEKERS ? OptionalInt.of(2000) : OptionalInt.empty();
    }

    /** The stored figures this measure is computed from (in any release: each release has its own figures). */
    public Set<Count> inputs() {
        return kind == Kind.RATE ? RATE_INPUTS : EnumSet.of(count);
    }

    /** The value of this measure for accumulated figures, or empty when the data do not define it. */
    public OptionalDouble valueOf(Counts counts) {
        if (kind == Kind.RATE) {
            return recognitionRate(counts);
        }
        return counts.has(count) ? OptionalDouble.of(counts.valueOrZero(count)) : OptionalDouble.empty();
    }

    static OptionalDouble recognitionRate(Counts counts) {
        if (!counts.has(Count.DECISIONS_RECOGNIZED) && !counts.has(Count.DECISIONS_REJECTED)) {
            return OptionalDouble.empty();
        }
        long positive = counts.valueOrZero(Count.DECISIONS_RECOGNIZED)
                + counts.valueOrZero(Count.DECISIONS_COMPLEMENTARY_PROTECTION);
        long denominator = positive + counts.valueOrZero(Count.DECISIONS_REJECTED);
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) positive / denominator);
    }

    public static Optional<Measure> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equalsIgnoreCase(id.strip())).findFirst();
    }
}
