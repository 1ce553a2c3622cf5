package org.asylumtrends.data.claims;

import java.util.List;
import java.util.Objects;

/**
 * Whose figure a candidate is: which countries of origin and which countries of asylum are added up. Either side is
 * every country in the data, one country, or the top N by the measure over the query's years. With one origin
 * bundled the origin side is that origin; with every origin bundled the same finder also tries them all.
 *
 * @param origin  the origin side
 * @param asylum  the asylum side
 * @param members for a top N, the countries it holds (ISO3, largest first), for the explanation; empty otherwise
 * @param penalty how far this is from what the query named (0: what it named, or everything when it named none)
 */
public record FinderScope(Side origin, Side asylum, List<String> members, double penalty) {
    /** One side of a scope. */
    public record Side(Kind kind, String iso3, int n) {
        public Side {
            Objects.requireNonNull(kind, "kind");
        }

        public static Side all() {
            return new Side(Kind.ALL, "", 0);
        }

        public static Side one(String iso3) {
            return new Side(Kind.ONE, iso3, 1);
        }

        public static Side top(int n) {
            return new Side(Kind.TOP, "", n);
        }
    }

    /** Every country, one country, or the N with most. */
    public enum Kind {
        ALL, ONE, TOP
    }

    public FinderScope {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(asylum, "asylum");
        members = List.copyOf(members);
    }
}
