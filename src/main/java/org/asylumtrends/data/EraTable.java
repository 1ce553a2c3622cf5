package org.asylumtrends.data;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Political eras per origin, read from {@code eras.csv} (origin_iso3, name, start, end, note, source). Eras are
 * data, not code: the charts draw whatever the table holds for the origin shown.
 */
public final class EraTable {
    public static final String BUNDLED = "/assets/eras.csv";
    private static final List<String> HEADER = List.of("origin_iso3", "name", "start", "end", "note", "source");
    /** The bundled table's shape: the names in Chinese and Korean after the English columns (issue 18). */
    private static final List<String> HEADER_WITH_NAMES = List.of("origin_iso3", "name", "start", "end", "note",
            "source", "name_zh", "name_ko");

    private final List<Era> eras;

    public EraTable(List<Era> eras) {
        this.eras = eras.stream().sorted(Comparator.comparing(Era::originIso3).thenComparing(Era::start)).toList();
    }

    public static EraTable empty() {
        return new EraTable(List.of());
    }

    public static EraTable loadBundled() throws DataFormatException {
        try (InputStream in = EraTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw DataFormatException.inFile("eras.csv", DataMessage.of("input.error.missingFromApp"));
            }
            return read(in, "eras.csv");
        } catch (IOException e) {
            throw DataFormatException.inFile("eras.csv", DataMessage.of("input.error.cannotRead", String.valueOf(e.getMessage())));
        }
    }

    public static EraTable read(InputStream in, String fileName) throws IOException, DataFormatException {
        List<Era> eras = new ArrayList<>();
        byte[] bytes = in.readAllBytes(); // a few lines: read twice if it has the shorter, English-only header
        List<SmallTable.Row> rows;
        try {
            rows = SmallTable.read(new java.io.ByteArrayInputStream(bytes), fileName, HEADER_WITH_NAMES);
        } catch (DataFormatException withoutNames) {
            rows = SmallTable.read(new java.io.ByteArrayInputStream(bytes), fileName, HEADER);
        }
        for (SmallTable.Row row : rows) {
            String[] r = row.cells();
            long line = row.line();
            String iso = r[0].strip().toUpperCase(Locale.ROOT);
            if (!Country.isIso3(iso)) {
                throw DataFormatException.atCell(fileName, line, "origin_iso3", r[0], DataMessage.of("input.error.notIso3"));
            }
            LocalDate start = date(fileName, line, "start", r[2]);
            LocalDate end = r[3].isBlank() ? null : date(fileName, line, "end", r[3]);
            try {
                java.util.Map<String, String> names = new java.util.HashMap<>();
                if (r.length > HEADER.size()) {
                    putIfGiven(names, "zh", r[6]);
                    putIfGiven(names, "ko", r[7]);
                }
                eras.add(new Era(iso, r[1].strip(), start, end, r[4].strip(), r[5].strip(), names));
            } catch (InvalidValueException e) {
                throw DataFormatException.atLine(fileName, line, e.problem());
            } catch (IllegalArgumentException e) {
                throw DataFormatException.atLine(fileName, line, DataMessage.of("input.error.asGiven",
                        String.valueOf(e.getMessage())));
            }
        }
        return new EraTable(eras);
    }

    private static void putIfGiven(java.util.Map<String, String> names, String language, String name) {
        if (!name.isBlank()) {
            names.put(language, name.strip());
        }
    }

    private static LocalDate date(String file, long line, String column, String value) throws DataFormatException {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DataFormatException.atCell(file, line, column, value, DataMessage.of("input.error.notDateExpected"));
        }
    }

    /** The eras of one origin, oldest first; empty when the table has none for it. */
    public List<Era> forOrigin(String originIso3) {
        return eras.stream().filter(e -> e.originIso3().equals(originIso3)).toList();
    }

    /** The era a calendar year's figure belongs to under the convention, if any era covers that year. */
    public Optional<Era> eraOf(String originIso3, int year, EraConvention convention) {
        List<Era> candidates = forOrigin(originIso3);
        if (convention == EraConvention.IN_OFFICE_AT_YEAR_END) {
            return candidates.stream().filter(e -> e.inOfficeAtEndOf(year)).findFirst();
        }
        return candidates.stream().filter(e -> e.daysIn(year) > 0)
                .max(Comparator.comparingLong((Era e) -> e.daysIn(year)));
    }
}
