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
 * @param notes             what a user should know about the load, for its summary ("37 rows ... were summed"),
 *                          as messages the {@code text} package words
 * @param details           what the opened files say about themselves beyond the credit, one line a file
 *                          ("population.csv: End year stock population totals, last updated 13 June 2024")
 * @param sourceParts       the source as messages, one a part (bundled release, each opened file), for the
 *                          {@code text} package to word and join in the reader's language; empty: {@code source}
 *                          is one name, shown as it is
 */
public record DatasetMetadata(String source, String licence, String release, SortedSet<Integer> preliminaryYears,
                              String preliminaryNote, List<String> files, List<DataMessage> notes,
                              List<DataMessage> details, List<DataMessage> sourceParts) {
    public static final String UNHCR_SOURCE = "UNHCR Refugee Population Statistics Database";
    public static final String UNHCR_LICENCE = "CC BY 4.0";
    /** The note of files a user opened, in English; {@code Messages.preliminaryNote} words it in the reader's. */
    public static final String USER_FILES_NOTE =
            "The newest year in the file is treated as preliminary: UNHCR revises it in later releases.";

    public DatasetMetadata {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(release, "release");
        preliminaryYears = new TreeSet<>(preliminaryYears);
        preliminaryNote = preliminaryNote == null ? "" : preliminaryNote;
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        details = List.copyOf(details);
        sourceParts = List.copyOf(sourceParts);
    }

    public DatasetMetadata(String source, String licence, String release, SortedSet<Integer> preliminaryYears,
                           String preliminaryNote, List<String> files, List<DataMessage> notes,
                           List<DataMessage> details) {
        this(source, licence, release, preliminaryYears, preliminaryNote, files, notes, details, List.of());
    }

    public DatasetMetadata(String source, String licence, String release, SortedSet<Integer> preliminaryYears,
                           String preliminaryNote, List<String> files) {
        this(source, licence, release, preliminaryYears, preliminaryNote, files, List.of(), List.of());
    }

    public boolean isPreliminary(int year) {
        return preliminaryYears.contains(year);
    }

    /**
     * Shown with every figure: "UNHCR Refugee Population Statistics Database (release 2025.12.1), CC BY 4.0" for
     * the bundled data, "UNHCR Refugee Data Finder, extracted 21 Jul 2024, CC BY 4.0" for a download that says
     * so. A file that does not state its release gets no release: never its local name in place of one. In English:
     * a reader sees {@code Messages.credit}, its words in the application's language.
     */
    public String credit() {
        return release.isBlank() ? source + ", " + licence : source + " (release " + release + "), " + licence;
    }

    /** The release as a label, in English: "release 2025.12.1", or what the opened files say they are. */
    public String releaseLabel() {
        return release.isBlank() ? source : "release " + release;
    }

    /** Metadata for files a user opened: the newest year in them is treated as preliminary. */
    static DatasetMetadata forUserFiles(List<String> files, Set<Integer> years) {
        return forUserTables(files.stream().map(f -> new ParsedTable(f, java.util.Map.of(), java.util.Map.of(),
                Set.of(), 0, 0, 0, SourceFacts.ofLayout(UNHCR_SOURCE))).toList(), years);
    }

    /**
     * Metadata for files a user opened, from what each says about itself (preamble or layout); the newest
     * year in them is treated as preliminary.
     */
    static DatasetMetadata forUserTables(List<ParsedTable> tables, Set<Integer> years) {
        SortedSet<Integer> newest = new TreeSet<>();
        years.stream().max(Integer::compare).ifPresent(newest::add);
        java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
        java.util.LinkedHashSet<String> licences = new java.util.LinkedHashSet<>();
        List<DataMessage> notes = new java.util.ArrayList<>();
        List<DataMessage> details = new java.util.ArrayList<>();
        java.util.LinkedHashSet<DataMessage> parts = new java.util.LinkedHashSet<>();
        for (ParsedTable t : tables) {
            sources.add(t.facts().describe());
            parts.add(t.facts().describeMessage());
            if (!t.facts().licence().isEmpty()) {
                licences.add(t.facts().licence());
            }
            String content = t.facts().contentType();
            String updated = t.facts().lastUpdated();
            if (!content.isEmpty() && !updated.isEmpty()) {
                details.add(DataMessage.of("input.detail.contentAndUpdate", t.fileName(), content, updated));
            } else if (!content.isEmpty()) {
                details.add(DataMessage.of("input.detail.content", t.fileName(), content));
            } else if (!updated.isEmpty()) {
                details.add(DataMessage.of("input.detail.updated", t.fileName(), updated));
            }
            if (t.repeatedRows() > 0) {
                notes.add(DataMessage.of("input.note.summedRows", t.fileName(), t.repeatedRows()));
            }
        }
        String licence = licences.isEmpty() ? UNHCR_LICENCE : String.join(" / ", licences);
        return new DatasetMetadata(String.join("; ", sources), licence, "", newest, USER_FILES_NOTE,
                tables.stream().map(ParsedTable::fileName).toList(), notes, details, List.copyOf(parts));
    }
}
