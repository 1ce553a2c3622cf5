package org.asylumtrends.data;

import java.util.Optional;

/**
 * Which UNHCR release a figure comes from. Every release revises earlier years, and the newest year of a
 * mid-year release is a 30 June figure. The article checked by this app used release 2024.6.0, whose 2024
 * asylum-seeker figure (176,239) is a mid-2024 value; the latest release has 180,960 for end-2024.
 */
public enum Vintage {
    /** The release the dataset was built from (see {@link DatasetMetadata#release()}). */
    LATEST("latest"),
    /** Release 2024.6.0 (Mid-Year Trends 2024): only asylum-seekers are kept from it. */
    RELEASE_2024_06("2024.6.0");

    private final String release;

    Vintage(String release) {
        this.release = release;
    }

    public String release() {
        return release;
    }

    /** The stored figure that holds {@code measure} in this release, if this release keeps it. */
    Optional<Count> countFor(Measure measure) {
        if (this == RELEASE_2024_06) {
            return measure == Measure.ASYLUM_SEEKERS
                    ? Optional.of(Count.ASYLUM_SEEKERS_RELEASE_2024_06) : Optional.empty();
        }
        return Optional.empty();
    }

    public static Optional<Vintage> byRelease(String release) {
        for (Vintage v : values()) {
            if (v.release.equalsIgnoreCase(release.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
