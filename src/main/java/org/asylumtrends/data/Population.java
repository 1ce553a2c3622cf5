package org.asylumtrends.data;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Mid-year population by ISO3 code and year (World Bank SP.POP.TOTL, CC BY 4.0), the denominator of
 * "per 100,000". A code or year without a figure has none: territories, UNHCR's pseudo-codes (Stateless,
 * Unknown, Tibetan) and years after the newest World Bank year are undefined, never 0 and never extrapolated.
 * Immutable.
 */
public final class Population {
    /** No population figures at all: every per-capita value is undefined. */
    public static final Population NONE = new Population(Map.of(), "");

    private final Map<String, Map<Integer, Long>> byCode;
    private final String source;

    /**
     * @param figures population by ISO3 code, then year; copied
     * @param source  the credit line a figure using these numbers carries
     */
    public Population(Map<String, Map<Integer, Long>> figures, String source) {
        Map<String, Map<Integer, Long>> copy = new HashMap<>();
        figures.forEach((code, years) -> copy.put(code, Map.copyOf(years)));
        this.byCode = Map.copyOf(copy);
        this.source = source;
    }

    /** The population of a country in a year, or empty where there is no figure. */
    public OptionalLong of(String iso3, int year) {
        Long v = byCode.getOrDefault(iso3, Map.of()).get(year);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** The credit line for figures that use this population, e.g. "World Bank, World Development Indicators". */
    public String source() {
        return source;
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }
}
