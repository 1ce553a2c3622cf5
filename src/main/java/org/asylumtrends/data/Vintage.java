package org.asylumtrends.data;

import java.util.Locale;
import java.util.Objects;

/**
 * Which release a figure is asked for: {@link #LATEST}, the dataset's own release, or an earlier one by its
 * UNHCR id ("2024.6.0"). Which releases exist is data ({@code assets/data/releases.csv}), not code: a
 * dataset answers whether it holds a vintage ({@link AsylumDataset#release(Vintage)}).
 *
 * @param release "latest" or a release id
 */
public record Vintage(String release) {
    /** The release the dataset was built from (see {@link DatasetMetadata#release()}). */
    public static final Vintage LATEST = new Vintage("latest");

    public Vintage {
        Objects.requireNonNull(release, "release");
        release = release.strip();
        if (release.isEmpty()) {
            throw new IllegalArgumentException("a release needs a name");
        }
        if (release.equalsIgnoreCase("latest")) {
            release = "latest";
        }
    }

    /** "latest" or a release id, as written on the command line or in the claims table. */
    public static Vintage of(String release) {
        return new Vintage(release);
    }

    public boolean isLatest() {
        return release.equals("latest");
    }

    /** Whether this names {@code r} (ids compare without case: "2024.6.0"). */
    boolean names(Release r) {
        return r.id().toLowerCase(Locale.ROOT).equals(release.toLowerCase(Locale.ROOT));
    }
}
