package org.asylumtrends.data;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a dataset comes from and how far to trust its newest figures. UNHCR rows carry no "preliminary" flag:
 * that depends on the release, so it is recorded here, next to the data.
 *
 * @param source            the credit UNHCR asks for
 * @param licence           the data licence
 * @param release           the UNHCR release (vintage) the figures come from, e.g. "2025.12.1"
 * @param preliminaryYears  years whose figures are preliminary or incomplete in this release
 * @param preliminaryNote   why, in a sentence a reader of a chart can follow
 * @param files             the files the data were read from
 */
public record DatasetMetadata(String source, String licence, String release, SortedSet<Integer> preliminaryYears,
                              String preliminaryNote, List<String> files) {
    public static final String UNHCR_SOURCE = "UNHCR Refugee Population Statistics Database";
    public static final String UNHCR_LICENCE = "CC BY 4.0";

    public DatasetMetadata {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(release, "release");
        preliminaryYears = new TreeSet<>(preliminaryYears);
        preliminaryNote = preliminaryNote == null ? "" : preliminaryNote;
        files = List.copyOf(files);
    }

    public boolean isPreliminary(int year) {
        return preliminaryYears.contains(year);
    }

    /** "UNHCR Refugee Population Statistics Database (release 2025.12.1), CC BY 4.0": shown with every figure. */
    public String credit() {
        return source + " (release " + release + "), " + licence;
    }

    /** Metadata for files a user opened: the newest year in them is treated as preliminary. */
    static DatasetMetadata forUserFiles(List<String> files, Set<Integer> years) {
        SortedSet<Integer> newest = new TreeSet<>();
        years.stream().max(Integer::compare).ifPresent(newest::add);
        return new DatasetMetadata(UNHCR_SOURCE, UNHCR_LICENCE, "as in " + String.join(", ", files), newest,
                "The newest year in the file is treated as preliminary: UNHCR revises it in later releases.", files);
    }
}
