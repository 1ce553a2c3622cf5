package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which column holds which {@link Field} in one file, and how a row's cells become checked values. */
final class HeaderLayout {
    private static final Set<Field> KEYS = EnumSet.of(Field.YEAR, Field.ORIGIN_ISO, Field.ASYLUM_ISO);

    private final String fileName;
    private final String[] header;
    private final EnumMap<Field, Integer> index;

    private HeaderLayout(String fileName, String[] header, EnumMap<Field, Integer> index) {
        this.fileName = fileName;
        this.header = header;
        this.index = index;
    }

    static HeaderLayout of(String fileName, String[] header) throws DataFormatException {
        EnumMap<Field, Integer> index = new EnumMap<>(Field.class);
        for (int i = 0; i < header.length; i++) {
            String h = Field.normalize(header[i]);
            for (Field f : Field.values()) {
                if (f.matches(h)) {
                    Integer previous = index.put(f, i);
                    if (previous != null) {
                        throw DataFormatException.inFile(fileName, "the header has two columns for "
                                + f.displayName() + ": '" + header[previous].strip() + "' and '" + header[i].strip() + "'");
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Field key : KEYS) {
            if (!index.containsKey(key)) {
                missing.add(String.join(" or ", quoted(key.aliases().subList(0, Math.min(2, key.aliases().size())))));
            }
        }
        boolean hasValues = index.containsKey(Field.APPLIED)
                || index.keySet().stream().anyMatch(f -> f.count() != null);
        if (!hasValues) {
            missing.add("at least one figure column such as 'applied', 'asylum_seekers', 'refugees' or 'dec_total'");
        }
        if (!missing.isEmpty()) {
            throw DataFormatException.inFile(fileName, "the header lacks required columns. Expected "
                    + String.join("; ", missing) + ". Found: " + found(header) + hint(header));
        }
        return new HeaderLayout(fileName, header, index);
    }

    /** The figures this file's columns provide. */
    Set<Count> counts() {
        EnumSet<Count> counts = EnumSet.noneOf(Count.class);
        index.keySet().stream().map(Field::count).filter(c -> c != null).forEach(counts::add);
        if (index.containsKey(Field.APPLIED)) {
            counts.add(Count.APPLICATIONS_ALL);
            if (index.containsKey(Field.APPLICATION_TYPE)) {
                counts.add(Count.APPLICATIONS_NEW);
            }
        }
        return counts;
    }

    UnhcrCsvReader.RowValues parse(String[] row, long line) throws DataFormatException {
        int year = parseYear(row, line);
        String originName = text(row, Field.ORIGIN_NAME);
        String asylumName = text(row, Field.ASYLUM_NAME);
        String originIso = iso3(row, Field.ORIGIN_ISO, originName, line);
        String asylumIso = iso3(row, Field.ASYLUM_ISO, asylumName, line);
        EnumMap<Count, Long> counts = new EnumMap<>(Count.class);
        Long applied = null;
        for (Map.Entry<Field, Integer> e : index.entrySet()) {
            Field f = e.getKey();
            if (f.count() != null || f == Field.APPLIED) {
                Long v = parseCount(row[e.getValue()], header[e.getValue()], line);
                if (v != null) {
                    if (f == Field.APPLIED) {
                        applied = v;
                    } else {
                        counts.put(f.count(), v);
                    }
                }
            }
        }
        String appType = text(row, Field.APPLICATION_TYPE);
        return new UnhcrCsvReader.RowValues(year, originIso, originName, asylumIso, asylumName, counts, applied,
                "N".equalsIgnoreCase(appType), index.containsKey(Field.APPLICATION_TYPE));
    }

    private String text(String[] row, Field f) {
        Integer i = index.get(f);
        return i == null ? "" : row[i].strip();
    }

    private int parseYear(String[] row, long line) throws DataFormatException {
        int i = index.get(Field.YEAR);
        String raw = row[i].strip();
        if (!raw.matches("\\d{4}")) {
            throw DataFormatException.atCell(fileName, line, header[i].strip(), row[i], "is not a year");
        }
        int year = Integer.parseInt(raw);
        if (year < UnhcrCsvReader.MIN_YEAR || year > UnhcrCsvReader.MAX_YEAR) {
            throw DataFormatException.atCell(fileName, line, header[i].strip(), row[i],
                    "is outside the years UNHCR reports (" + UnhcrCsvReader.MIN_YEAR + "–" + UnhcrCsvReader.MAX_YEAR + ")");
        }
        return year;
    }

    /**
     * An ISO3 code. Refugee Data Finder exports leave the code empty for "Unknown " origin; that is UNHCR's UNK.
     * Any other empty or malformed code is an error, since rows are joined on these codes.
     */
    private String iso3(String[] row, Field f, String name, long line) throws DataFormatException {
        int i = index.get(f);
        String code = row[i].strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() && name.equalsIgnoreCase("unknown")) {
            return "UNK";
        }
        if (!Country.isIso3(code)) {
            throw DataFormatException.atCell(fileName, line, header[i].strip(), row[i],
                    code.isEmpty() ? "is empty: every row needs an ISO3 country code" : "is not an ISO3 country code");
        }
        return code;
    }

    /** A count: a whole number of people or claims. Empty, "-" and "NA" mean not reported. */
    private Long parseCount(String cell, String column, long line) throws DataFormatException {
        String raw = cell.strip();
        if (raw.isEmpty() || raw.equals("-") || raw.equals("NA")) {
            return null;
        }
        if (raw.startsWith("-") && raw.substring(1).chars().allMatch(Character::isDigit) && raw.length() > 1) {
            throw DataFormatException.atCell(fileName, line, column.strip(), cell, "is negative: counts cannot be below zero");
        }
        if (!raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String problem = raw.matches("\\d+[.,]\\d*")
                    ? "is not a whole number: counts of people have no decimals or separators"
                    : raw.equals("*") ? "is a redacted small number ('*'): this legacy format is not supported"
                    : "is not a count (expected a whole number)";
            throw DataFormatException.atCell(fileName, line, column.strip(), cell, problem);
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException tooLarge) {
            throw DataFormatException.atCell(fileName, line, column.strip(), cell, "is too large to be a count");
        }
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.toList());
    }

    private static String found(String[] header) {
        String list = Arrays.stream(header).map(h -> "'" + DataFormatException.abbreviate(h.replace("\uFEFF", "").strip()) + "'")
                .limit(20).collect(Collectors.joining(", "));
        return list.isEmpty() ? "nothing" : list;
    }

    private static String hint(String[] header) {
        String joined = Arrays.stream(header).map(Field::normalize).collect(Collectors.joining("|"));
        if (joined.contains("country of origin code") || joined.matches("(^|.*\\|)coo(\\|.*|$)")) {
            return ". This file identifies countries by UNHCR codes only; Asylum Trends joins on ISO3 codes"
                    + " (UNHCR codes collide with ISO codes: UNHCR 'AUS' is Austria). Export with ISO codes instead.";
        }
        if (header.length == 1 && (header[0].contains(";") || header[0].contains("\t"))) {
            return ". The header is one column: the file seems to be separated by "
                    + (header[0].contains(";") ? "semicolons" : "tabs") + "; save it as comma-separated CSV.";
        }
        if (joined.contains("extracted from the unhcr")) {
            return ". This looks like a legacy popstats export (preamble, names only, '*' for small numbers),"
                    + " which has no ISO3 codes; download a current Refugee Data Finder export instead.";
        }
        return "";
    }
}
