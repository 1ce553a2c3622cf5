package org.asylumtrends.data.claims;

import java.util.Optional;

/** How an article's claim compares with the data. The rule behind each is {@link ClaimsCheck#COUNT_TOLERANCE}. */
public enum Verdict {
    /** The data give the article's figure, within the tolerance. */
    MATCHES("matches"),
    /** The data give a different figure for what the article describes. */
    DIFFERS("differs"),
    /** No measure or convention in the data yields the claim, or the loaded data lack the figures needed. */
    CANNOT_BE_REPRODUCED("cannot-be-reproduced");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    /** The name in CSV output and in resource keys, e.g. {@code cannot-be-reproduced}. */
    public String id() {
        return id;
    }

    public static Optional<Verdict> byId(String id) {
        for (Verdict v : values()) {
            if (v.id.equalsIgnoreCase(id.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
