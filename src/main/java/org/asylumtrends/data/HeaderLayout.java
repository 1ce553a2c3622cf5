package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which column holds which {@link Field} in one file, and how a row's cells become checked values. */
final class HeaderLayout {
    private static final Set<Field> KEYS = EnumSet.of(Field.YEAR, Field.ORIGIN_ISO, Field.ASYLUM_ISO);
    /** Figures of which a file has one row per year, origin and country of asylum: stocks and the app's own sums. */
    private static final Set<Count> ONE_ROW_PER_KEY = EnumSet.of(Count.ASYLUM_SEEKERS,
            Count.REFUGEES, Count.APPLICATIONS_NEW, Count.APPLICATIONS_ALL);
    private static final long LARGEST_TOTAL = Long.MAX_VALUE;

    private final String fileName;
    private final String[] header;
    private final EnumMap<Field, Integer> index;
    private final UnhcrCountryList countries = UnhcrCountryList.bundled();

    // Column numbers, -1 when the file has no such column; the figure columns in Field order (applied first).
    private final int yearColumn;
    private final int originIsoColumn;
    private final int asylumIsoColumn;
    private final int originNameColumn;
    private final int asylumNameColumn;
    private final int appTypeColumn;
    /** The split columns (authority, type, stage, unit) the file has, part of a row's key. */
    private final int[] splitColumns;
    private final boolean sumsRepeatedKeys;
    private final boolean hdx;
    private final Map<String, Integer> splitIds = new HashMap<>();
    private final StringBuilder splitText = new StringBuilder(32);
    /** The file's total of each figure so far, so that no sum the app makes of them can overflow. */
    private final long[] grandTotals = new long[Count.values().length];
    private final int[] valueColumns;
    /** The figure each value column adds to; null for the applied column. */
    private final Count[] valueCounts;
    // Per-row scratch space: a layout reads one file on one thread.
    private final long[] values;
    private final boolean[] present;
    private long parsed;
    /** Cells already checked as codes ("CHN", " chn"), mapped to the one shared code string. */
    private final Map<String, String> checkedCodes = new HashMap<>();

    private HeaderLayout(String fileName, String[] header, EnumMap<Field, Integer> index) {
        this.fileName = fileName;
        this.header = header;
        this.index = index;
        yearColumn = index.get(Field.YEAR);
        originIsoColumn = index.get(Field.ORIGIN_ISO);
        asylumIsoColumn = index.get(Field.ASYLUM_ISO);
        originNameColumn = index.getOrDefault(Field.ORIGIN_NAME, -1);
        asylumNameColumn = index.getOrDefault(Field.ASYLUM_NAME, -1);
        appTypeColumn = index.getOrDefault(Field.APPLICATION_TYPE, -1);
        List<Map.Entry<Field, Integer>> figures = index.entrySet().stream()
                .filter(e -> e.getKey().count() != null || e.getKey() == Field.APPLIED).toList();
        valueColumns = figures.stream().mapToInt(Map.Entry::getValue).toArray();
        valueCounts = figures.stream().map(e -> e.getKey().count()).toArray(Count[]::new);
        values = new long[valueColumns.length];
        present = new boolean[valueColumns.length];
        List<Field> splits = new ArrayList<>(List.of(Field.AUTHORITY, Field.STAGE, Field.UNIT));
        if (index.containsKey(Field.APPLIED)) {
            splits.add(0, Field.APPLICATION_TYPE);
        }
        splitColumns = splits.stream().filter(index::containsKey).mapToInt(index::get).toArray();
        boolean oneRowPerKey = index.keySet().stream().map(Field::count).anyMatch(ONE_ROW_PER_KEY::contains);
        sumsRepeatedKeys = !oneRowPerKey && splitColumns.length < splits.size();
        hdx = header[index.get(Field.ORIGIN_ISO)].toLowerCase(Locale.ROOT).contains("code");
    }

    /**
     * Whether rows with the same key are separate figures to be summed: a flow table (applications, decisions)
     * from which some of UNHCR's split columns were removed holds several rows per remaining key, identical lines
     * included. A table with every split column, and a stock table, has one row per key: a repeat is an error.
     */
    boolean sumsRepeatedKeys() {
        return sumsRepeatedKeys;
    }

    /** Whether the file has any of UNHCR's split columns, which are then part of a row's key. */
    boolean hasSplitColumns() {
        return splitColumns.length > 0;
    }

    /**
     * A small number for the row's split values (authority, type, stage, unit: "G N IN P"), normalised (trimmed,
     * upper case), the same for the same values; 0 for a file without split columns. A file has a few hundred.
     */
    int splitCombination(String[] row) {
        if (splitColumns.length == 0) {
            return 0;
        }
        splitText.setLength(0);
        for (int column : splitColumns) {
            splitText.append(row[column].strip().toUpperCase(Locale.ROOT)).append('\u001F');
        }
        String text = splitText.toString();
        Integer id = splitIds.get(text);
        if (id == null) {
            id = splitIds.size();
            splitIds.put(text, id);
        }
        return id;
    }

    /** Why this table may not have two rows with one key, for the message that names both lines. */
    DataMessage whyOneRowPerKey() {
        if (counts().stream().anyMatch(c -> c == Count.ASYLUM_SEEKERS || c == Count.REFUGEES)) {
            return DataMessage.of("input.error.repeatedKey.stock");
        }
        if (splitColumns.length > 0) {
            return DataMessage.of("input.error.repeatedKey.breakdown");
        }
        return DataMessage.of("input.error.repeatedKey.oneRow");
    }

    /** Where a file without a preamble comes from, as far as its header tells. */
    String source() {
        if (hdx) {
            return SourceFacts.HDX;
        }
        String origin = header[index.get(Field.ORIGIN_ISO)].strip().toLowerCase(Locale.ROOT);
        return origin.equals("country of origin (iso)") ? SourceFacts.RDF : DatasetMetadata.UNHCR_SOURCE;
    }

    /** A 64-bit fingerprint of the row's whole key: year, both codes and the split columns, normalised. */
    long keyFingerprint(ObservationKey key, String[] row) {
        long h = RowFingerprints.START;
        h = RowFingerprints.add(h, (char) key.year());
        h = addText(h, key.originIso3());
        h = addText(h, key.asylumIso3());
        for (int column : splitColumns) {
            h = addText(h, row[column].strip().toUpperCase(Locale.ROOT));
        }
        return h;
    }

    private static long addText(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h = RowFingerprints.add(h, text.charAt(i));
        }
        return RowFingerprints.endCell(h);
    }

    /** "2012 CHN→USA" and, for a table with split columns, their values: "(app_type N, dec_level IN)". */
    String describeKey(ObservationKey key, String[] row) {
        if (splitColumns.length == 0) {
            return key.toString();
        }
        List<String> parts = new ArrayList<>();
        for (int column : splitColumns) {
            parts.add(header[column].strip() + " " + row[column].strip());
        }
        return key + " (" + String.join(", ", parts) + ")";
    }

    static HeaderLayout of(String fileName, String[] header) throws DataFormatException {
        EnumMap<Field, Integer> index = new EnumMap<>(Field.class);
        for (int i = 0; i < header.length; i++) {
            String h = Field.normalize(header[i]);
            for (Field f : Field.values()) {
                if (f.matches(h)) {
                    Integer previous = index.put(f, i);
                    if (previous != null) {
                        throw DataFormatException.inFile(fileName, DataMessage.of("input.error.twoColumns",
                                f.displayName(), header[previous].strip(), header[i].strip()));
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
        if (!missing.isEmpty() || !hasValues) {
            DataMessage figures = hasValues ? DataMessage.of("input.text.empty")
                    : missing.isEmpty() ? DataMessage.of("input.error.headerLacks.figure")
                    : DataMessage.of("input.error.headerLacks.alsoFigure", DataMessage.of("input.error.headerLacks.figure"));
            throw DataFormatException.inFile(fileName, DataMessage.of("input.error.headerLacks",
                    String.join("; ", missing), figures, found(header), hint(header)));
        }
        return new HeaderLayout(fileName, header, index);
    }

    /** How the reader should hand over each column's cells (see {@link CsvRecords#setColumns}). */
    byte[] columnKinds() {
        byte[] kinds = new byte[header.length];
        index.forEach((field, column) -> kinds[column] = switch (field) {
            case YEAR -> CsvRecords.NUMBER;
            case ORIGIN_ISO, ASYLUM_ISO -> CsvRecords.CODE;
            case ORIGIN_NAME, ASYLUM_NAME, APPLICATION_TYPE, AUTHORITY, STAGE, UNIT -> CsvRecords.SHARED;
            default -> CsvRecords.NUMBER; // the figures
        });
        return kinds;
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

    /**
     * The checked key of a row (year, origin, country of asylum), in the order a user reads the row's errors: year
     * first, then the codes. Codes are shared between rows, so that a million rows hold a few hundred strings.
     */
    ObservationKey key(String[] row, CsvRecords csv, long line) throws DataFormatException {
        int year = parseYear(row, csv, line);
        String originIso = iso3(row, originIsoColumn, originNameColumn, line);
        String asylumIso = iso3(row, asylumIsoColumn, asylumNameColumn, line);
        return new ObservationKey(year, originIso, asylumIso);
    }

    String originName(String[] row) {
        return text(row, originNameColumn);
    }

    String asylumName(String[] row) {
        return text(row, asylumNameColumn);
    }

    /**
     * Adds the row's figures to {@code counts}: each figure column to its figure, and an applications row's
     * {@code applied} to all applications and, if its type is N, to new applications. Every cell is checked
     * before anything is added; a figure that would take the file's total of that figure past the largest long is
     * an error naming its cell, so that no sum the app makes later (over countries, years, files) can overflow.
     */
    void addFigures(String[] row, CsvRecords csv, long line, Counts.Builder counts) throws DataFormatException {
        for (int k = 0; k < valueColumns.length; k++) {
            int i = valueColumns[k];
            if (row[i] == null) {
                present[k] = true; // plain digits, already parsed by the reader
                values[k] = csv.number(i);
            } else {
                present[k] = parseCount(row[i], i, line);
                values[k] = parsed;
            }
        }
        for (int k = 0; k < valueColumns.length; k++) {
            if (present[k]) {
                Count total = valueCounts[k] != null ? valueCounts[k] : Count.APPLICATIONS_ALL;
                long before = grandTotals[total.ordinal()];
                if (values[k] > LARGEST_TOTAL - before) {
                    int i = valueColumns[k];
                    throw DataFormatException.atCell(fileName, line, header[i].strip(),
                            row[i] != null ? row[i] : csv.numberText(i), DataMessage.of("input.error.totalTooLarge",
                            header[i].strip(), LARGEST_TOTAL));
                }
                grandTotals[total.ordinal()] = before + values[k];
            }
        }
        for (int k = 0; k < valueColumns.length; k++) {
            if (!present[k]) {
                continue;
            }
            Count c = valueCounts[k];
            if (c != null) {
                counts.add(c, values[k]);
                continue;
            }
            // The applied column of an applications table.
            counts.add(Count.APPLICATIONS_ALL, values[k]);
            if (appTypeColumn >= 0) {
                if ("N".equalsIgnoreCase(row[appTypeColumn].strip())) {
                    counts.add(Count.APPLICATIONS_NEW, values[k]);
                } else {
                    counts.touch(Count.APPLICATIONS_NEW);
                }
            }
        }
    }

    private static String text(String[] row, int column) {
        return column < 0 ? "" : row[column].strip();
    }

    private int parseYear(String[] row, CsvRecords csv, long line) throws DataFormatException {
        int i = yearColumn;
        if (row[i] == null && csv.digits(i) == 4) {
            return checkYearRange((int) csv.number(i), row, csv, line);
        }
        String cell = row[i] != null ? row[i] : csv.numberText(i);
        String raw = cell.strip();
        if (raw.length() != 4 || !isAsciiDigits(raw)) {
            throw DataFormatException.atCell(fileName, line, header[i].strip(), cell, DataMessage.of("input.error.notAYear"));
        }
        return checkYearRange(Integer.parseInt(raw), row, csv, line);
    }

    private int checkYearRange(int year, String[] row, CsvRecords csv, long line) throws DataFormatException {
        if (year < UnhcrCsvReader.MIN_YEAR || year > UnhcrCsvReader.MAX_YEAR) {
            int i = yearColumn;
            throw DataFormatException.atCell(fileName, line, header[i].strip(), row[i] != null ? row[i] : csv.numberText(i),
                    DataMessage.of("input.error.yearOutside", UnhcrCsvReader.MIN_YEAR, UnhcrCsvReader.MAX_YEAR));
        }
        return year;
    }

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * An ISO3 code. Refugee Data Finder exports leave the code empty for "Unknown " origin; that is UNHCR's UNK.
     * Any other empty or malformed code is an error, since rows are joined on these codes.
     */
    private String iso3(String[] row, int i, int nameColumn, long line) throws DataFormatException {
        String cell = row[i];
        String known = checkedCodes.get(cell);
        if (known != null) {
            return known;
        }
        String code = cell.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() && text(row, nameColumn).equalsIgnoreCase("unknown")) {
            return UnhcrCountryList.UNKNOWN;
        }
        if (hdx) {
            // HDX writes UNHCR's pseudo-codes where the other tables have UNK (unknown) and XXA (stateless).
            code = switch (code) {
                case "UKN" -> UnhcrCountryList.UNKNOWN;
                case "STA" -> UnhcrCountryList.STATELESS;
                default -> code;
            };
        }
        if (code.equals("-")) {
            DataMessage side = DataMessage.of(i == originIsoColumn ? "input.error.noBreakdown.origin"
                    : "input.error.noBreakdown.asylum");
            throw DataFormatException.atCell(fileName, line, header[i].strip(), cell,
                    DataMessage.of("input.error.noBreakdown", side));
        }
        if (!Country.isIso3(code)) {
            throw DataFormatException.atCell(fileName, line, header[i].strip(), cell,
                    DataMessage.of(code.isEmpty() ? "input.error.emptyCode" : "input.error.notIso3"));
        }
        if (!countries.isKnown(code)) {
            throw DataFormatException.atCell(fileName, line, header[i].strip(), cell, countries.withUnhcrCode(code)
                    .map(c -> DataMessage.of("input.error.unhcrCode", c.name(), c.iso3()))
                    .orElse(DataMessage.of("input.error.unknownCode")));
        }
        String shared = checkedCodes.computeIfAbsent(code, c -> c);
        checkedCodes.put(cell, shared);
        return shared;
    }

    /**
     * A count: a whole number of people or claims. Empty, "-" and "NA" mean not reported (returns false). The
     * value is left in {@link #parsed}, so that a row's figures need no boxing.
     */
    private boolean parseCount(String cell, int column, long line) throws DataFormatException {
        int n = cell.length();
        long value = 0;
        int i = 0;
        for (; i < n; i++) {
            int d = cell.charAt(i) - '0';
            if (d < 0 || d > 9 || value > (Long.MAX_VALUE - d) / 10) {
                break;
            }
            value = value * 10 + d;
        }
        if (i == n && n > 0) {
            parsed = value;
            return true;
        }
        // Not plain digits: padded, missing, or wrong; the slow path says which.
        String raw = cell.strip();
        if (raw.isEmpty() || raw.equals("-") || raw.equals("NA")) {
            return false;
        }
        String name = header[column].strip();
        if (raw.startsWith("-") && raw.substring(1).chars().allMatch(Character::isDigit) && raw.length() > 1) {
            throw DataFormatException.atCell(fileName, line, name, cell, DataMessage.of("input.error.negative"));
        }
        if (!isAsciiDigits(raw)) {
            DataMessage problem = raw.matches("\\d+[.,]\\d*") ? DataMessage.of("input.error.decimals")
                    : raw.matches("\\d+(\\.\\d*)?[eE][+-]?\\d+") ? DataMessage.of("input.error.scientific")
                    : raw.equals("*") ? DataMessage.of("input.error.redacted")
                    : DataMessage.of("input.error.notACount");
            throw DataFormatException.atCell(fileName, line, name, cell, problem);
        }
        try {
            parsed = Long.parseLong(raw);
            return true;
        } catch (NumberFormatException tooLarge) {
            throw DataFormatException.atCell(fileName, line, name, cell, DataMessage.of("input.error.countTooLarge"));
        }
    }

    static final DataMessage LEGACY_POPSTATS = DataMessage.of("input.error.legacyPopstats");

    /** The popstats header ("Country / territory of asylum/residence", "Origin") or its preamble's first line. */
    static boolean isLegacyPopstats(String[] header) {
        for (String h : header) {
            String n = Field.normalize(h);
            if (n.startsWith("extracted from the unhcr population statistics")
                    || n.startsWith("country/territory of asylum")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.toList());
    }

    private static Object found(String[] header) {
        String list = Arrays.stream(header).map(h -> "'" + DataFormatException.abbreviate(
                        showInvisible(h.replace("\uFEFF", "").strip())) + "'")
                .limit(20).collect(Collectors.joining(", "));
        return list.isEmpty() ? DataMessage.of("input.error.headerLacks.nothing") : list;
    }

    /**
     * Names characters that look like nothing or like a plain space (zero-width space, no-break space, bidi
     * marks), so that "Expected 'year'" and "Found: 'year<U+200B>'" do not read the same.
     */
    static String showInvisible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT || (Character.isSpaceChar(c) && c != ' ')
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
            if (invisible) {
                sb.append(String.format(Locale.ROOT, "<U+%04X>", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static DataMessage hint(String[] header) {
        String joined = Arrays.stream(header).map(Field::normalize).collect(Collectors.joining("|"));
        if (joined.matches("(^|.*\\|)coo(\\|.*|$)")) {
            return DataMessage.of("input.hint.unhcrCodes");
        }
        if (header.length == 1 && (header[0].contains(";") || header[0].contains("\t"))) {
            boolean semicolons = header[0].contains(";");
            return DataMessage.of("input.hint.oneColumn",
                    DataMessage.of(semicolons ? "input.hint.oneColumn.semicolons" : "input.hint.oneColumn.tabs"));
        }
        if (isLegacyPopstats(header)) {
            return DataMessage.of("input.hint.legacy", LEGACY_POPSTATS);
        }
        if (joined.startsWith("<!doctype html") || joined.startsWith("<html")) {
            return DataMessage.of("input.hint.webPage");
        }
        if (header.length > 0 && header[0].strip().matches("\\d{4}")) {
            return DataMessage.of("input.hint.looksLikeData");
        }
        return DataMessage.of("input.text.empty");
    }
}
