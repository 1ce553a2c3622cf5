package org.asylumtrends.data;

import java.util.Objects;

/** The figures for people from {@code origin} in {@code asylum} (their country of asylum) in one year. */
public record Observation(int year, Country origin, Country asylum, Counts counts) {
    public Observation {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(asylum, "asylum");
        Objects.requireNonNull(counts, "counts");
    }
}
