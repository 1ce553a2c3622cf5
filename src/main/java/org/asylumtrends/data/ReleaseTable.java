package org.asylumtrends.data;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code releases.csv}: one row per UNHCR release the bundled data hold (release, published,
 * newest_year_as_of, mid_year, preliminary_years, file, note). A new UNHCR release is a new row and its file;
 * the newest {@code published} is the dataset's own release, the others are kept for the figures made from them.
 */
final class ReleaseTable {
    static final List<String> HEADER = List.of("release", "published", "newest_year_as_of", "mid_year",
            "preliminary_years", "file", "note");

    private ReleaseTable() {
    }

    /** The releases, newest published first. */
    static List<Release> read(InputStream in, String fileName) throws IOException, DataFormatException {
        List<Release> releases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (SmallTable.Row row : SmallTable.read(in, fileName, HEADER)) {
            String[] r = row.cells();
            long line = row.line();
            LocalDate published = date(fileName, line, "published", r[1]);
            LocalDate asOf = date(fileName, line, "newest_year_as_of", r[2]);
            boolean midYear = switch (r[3].strip().toLowerCase(java.util.Locale.ROOT)) {
                case "yes" -> true;
                case "no" -> false;
                default -> throw DataFormatException.atCell(fileName, line, "mid_year", r[3], DataMessage.of("input.error.notYesOrNo"));
            };
            TreeSet<Integer> preliminary = new TreeSet<>();
            for (String y : r[4].split("[;\\s]+")) {
                if (!y.isBlank()) {
                    try {
                        preliminary.add(Integer.parseInt(y.strip()));
                    } catch (NumberFormatException e) {
                        throw DataFormatException.atCell(fileName, line, "preliminary_years", r[4],
                                DataMessage.of("input.error.notYearList"));
                    }
                }
            }
            String file = r[5].strip();
            // Only a plain name next to releases.csv: the table must not reach elsewhere on the disk.
            if (!file.matches("[A-Za-z0-9._-]+\\.csv") || file.startsWith(".")) {
                throw DataFormatException.atCell(fileName, line, "file", r[5], DataMessage.of("input.error.notCsvName",
                        fileName));
            }
            Release release;
            try {
                release = new Release(r[0].strip(), published, asOf, midYear, preliminary, r[6].strip(), file);
            } catch (IllegalArgumentException e) {
                throw DataFormatException.atCell(fileName, line, "release", r[0], DataMessage.of("input.error.notReleaseName"));
            }
            if (!ids.add(release.id().toLowerCase(java.util.Locale.ROOT))) {
                throw DataFormatException.atCell(fileName, line, "release", r[0], DataMessage.of("input.error.listedTwice"));
            }
            if (!files.add(file)) {
                throw DataFormatException.atCell(fileName, line, "file", r[5], DataMessage.of("input.error.fileHoldsRelease"));
            }
            releases.add(release);
        }
        releases.sort(Comparator.comparing(Release::published).reversed());
        return List.copyOf(releases);
    }

    private static LocalDate date(String fileName, long line, String column, String value) throws DataFormatException {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DataFormatException.atCell(fileName, line, column, value, DataMessage.of("input.error.notDate"));
        }
    }
}
