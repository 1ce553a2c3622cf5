package org.asylumtrends.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One UNHCR release of the figures, as {@code assets/data/releases.csv} describes it. UNHCR rows carry no
 * "preliminary" flag: whether a year is preliminary depends on the release alone, so it is recorded here. The
 * newest year of a mid-year release is a 30 June figure and preliminary; every later release revises it.
 *
 * @param id               UNHCR's name for it, e.g. {@code 2024.6.0} (the R package version)
 * @param published        when UNHCR published it
 * @param newestYearAsOf   the reference date of its newest year: 2024-06-30 for a mid-2024 figure
 * @param midYear          whether its newest year is a mid-year figure
 * @param preliminaryYears years it marks as preliminary or incomplete beyond a mid-year newest year
 * @param note             why, in a sentence a reader of a chart can follow (may be empty)
 * @param file             the file next to {@code releases.csv} that holds its figures
 */
public record Release(String id, LocalDate published, LocalDate newestYearAsOf, boolean midYear,
                      SortedSet<Integer> preliminaryYears, String note, String file) {
    public Release {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(newestYearAsOf, "newestYearAsOf");
        Objects.requireNonNull(file, "file");
        if (id.isBlank() || id.equalsIgnoreCase(Vintage.LATEST.release())) {
            throw new IllegalArgumentException("a release needs an id other than '" + id + "'");
        }
        preliminaryYears = new TreeSet<>(preliminaryYears);
        if (midYear) {
            preliminaryYears.add(newestYearAsOf.getYear());
        }
        preliminaryYears = java.util.Collections.unmodifiableSortedSet(preliminaryYears);
        note = note == null ? "" : note;
    }

    /** The year the release reaches. */
    public int newestYear() {
        return newestYearAsOf.getYear();
    }

    public boolean isPreliminary(int year) {
        return preliminaryYears.contains(year);
    }

    /** This release as a choice of vintage, e.g. for {@link YearSeries#of(AsylumDataset, String, Measure, Vintage)}. */
    public Vintage vintage() {
        return Vintage.of(id);
    }
}
