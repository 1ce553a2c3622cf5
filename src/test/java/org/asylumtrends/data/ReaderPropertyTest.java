package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Properties of the reader over thousands of generated files: a damaged file fails only with a
 * {@link DataFormatException} (never a crash, an out-of-memory error or a hang), and a valid file reads to the
 * same totals however its columns are ordered, named, quoted, encoded and ended.
 */
class ReaderPropertyTest {
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reader-under-test");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stopReader() {
        READER.shutdownNow();
    }

    // ---- (a) damaged files ----

    /** Valid files to damage: text, and how it is encoded. */
    private record Seed(String text, Charset charset) {
        byte[] encode(String damaged) {
            return damaged.getBytes(charset);
        }
    }

    private static final String POPULATION_ROWS = rows(
            "year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,refugees,asylum_seekers\n",
            "%d,China,CHI,CHN,\"China, Hong Kong SAR\",HKG,HKG,%d,%d\n",
            "%d,China,CHI,CHN,United States of America,USA,USA,%d,%d\n",
            "%d,Tibetan,TIB,TIB,India,IND,IND,%d,\n");

    private static final List<Seed> SEEDS = List.of(
            new Seed(POPULATION_ROWS, StandardCharsets.UTF_8),
            new Seed(rows("\uFEFFYear,\"Country of origin\",\"Country of asylum\",\"Country of origin (ISO)\","
                    + "\"Country of asylum (ISO)\",Authority,\"Application type\",\"Stage of procedure\",\"Cases / Persons\",applied\r\n",
                    "%d,China,T\u00fcrkiye,CHN,TUR,G,N,FI,P,%d\r\n", "%d,China,Australia,CHN,AUS,G,A,AR,C,%d\r\n"),
                    StandardCharsets.UTF_8),
            new Seed(rows("\uFEFFyear,coo_iso,coa_iso,dec_recognized,dec_total\n", "%d,CHN,USA,%d,%d\n", "%d,VNM,DEU,-,NA\n"),
                    StandardCharsets.UTF_16LE));

    /** A header and eight rows of each template, with years and counts filled in. */
    private static String rows(String header, String... templates) {
        StringBuilder sb = new StringBuilder(header);
        for (int i = 0; i < 8; i++) {
            for (String t : templates) {
                sb.append(String.format(Locale.ROOT, t, 2010 + i, 5 * i + 5, 1000 + 7 * i));
            }
        }
        return sb.toString();
    }

    /**
     * A valid file damaged: edits to its text (then encoded as the seed is) and edits to the encoded bytes, each
     * an overwrite, insertion, deletion, truncation or repeat at some position.
     */
    record Damage(int seed, List<Edit> textEdits, List<Edit> byteEdits) {
        byte[] apply() {
            Seed s = SEEDS.get(seed);
            String text = s.text();
            for (Edit e : textEdits) {
                text = new String(e.apply(text.toCharArray()));
            }
            byte[] file = s.encode(text);
            for (Edit e : byteEdits) {
                char[] asChars = new char[file.length];
                for (int i = 0; i < file.length; i++) {
                    asChars[i] = (char) (file[i] & 0xFF);
                }
                char[] edited = e.apply(asChars);
                file = new byte[edited.length];
                for (int i = 0; i < edited.length; i++) {
                    file[i] = (byte) edited[i];
                }
            }
            return file;
        }
    }

    record Edit(int kind, int position, String chunk) {
        char[] apply(char[] in) {
            int at = Math.floorMod(position, in.length + 1);
            StringBuilder out = new StringBuilder(in.length + chunk.length());
            switch (kind) {
                case 0 -> { // overwrite
                    out.append(in, 0, at).append(chunk);
                    int rest = Math.min(in.length, at + chunk.length());
                    out.append(in, rest, in.length - rest);
                }
                case 1 -> out.append(in, 0, at).append(chunk).append(in, at, in.length - at); // insert
                case 2 -> { // delete
                    int end = Math.min(in.length, at + chunk.length());
                    out.append(in, 0, at).append(in, end, in.length - end);
                }
                case 3 -> out.append(in, 0, at); // truncate
                default -> { // repeat a stretch (a copied line, a doubled separator)
                    int end = Math.min(in.length, at + chunk.length() * 8);
                    out.append(in, 0, end).append(in, at, end - at).append(in, end, in.length - end);
                }
            }
            char[] result = new char[out.length()];
            out.getChars(0, out.length(), result, 0);
            return result;
        }
    }

    @Provide
    Arbitrary<Damage> damagedFiles() {
        // Text edits use characters that matter to CSV, to numbers and to decoding; byte edits use any byte.
        Arbitrary<Character> csvChar = Arbitraries.of(',', '"', '\n', '\r', '-', ' ', '\t', ';', '*', '.', '0', '9', 'A',
                'x', '\0', '\uFEFF', '\uFFFD', '\u00fc', '\u2028', '\uD800');
        Arbitrary<String> textChunk = csvChar.list().ofMinSize(1).ofMaxSize(6)
                .map(l -> l.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
        Arbitrary<String> byteChunk = Arbitraries.chars().range('\u0000', '\u00FF').list().ofMinSize(1).ofMaxSize(4)
                .map(l -> l.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 4000);
        Arbitrary<Edit> textEdit = Combinators.combine(kind, position, textChunk).as(Edit::new);
        Arbitrary<Edit> byteEdit = Combinators.combine(kind, position, byteChunk).as(Edit::new);
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1),
                textEdit.list().ofMaxSize(4), byteEdit.list().ofMaxSize(2))
                .as(Damage::new)
                .filter(d -> !d.textEdits().isEmpty() || !d.byteEdits().isEmpty());
    }

    @Property(tries = 6000)
    void aDamagedFileFailsOnlyWithADataFormatException(@ForAll("damagedFiles") Damage damage) throws Exception {
        byte[] file = damage.apply();
        Future<ParsedTable> read = READER.submit(() -> Fixtures.read("damaged.csv", file));
        try {
            read.get(HANG.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException hang) {
            read.cancel(true);
            throw new AssertionError("reading hung on " + printable(file), hang);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof DataFormatException)) {
                throw new AssertionError("reading " + printable(file) + " threw " + cause, cause);
            }
            assertThat(cause.getMessage()).startsWith("damaged.csv");
        }
    }

    // ---- (b) valid files in any form ----

    private static final List<String> YEAR = List.of("year", "Year", "YEAR");
    private static final List<String> ORIGIN = List.of("coo_iso", "Country of origin (ISO)", "origin_iso3", "Origin (ISO)");
    private static final List<String> ASYLUM = List.of("coa_iso", "Country of asylum (ISO)", "asylum_iso3",
            "country_of_asylum_iso3", "Country of Asylum (ISO3)");
    private static final Map<Count, List<String>> FIGURES = Map.of(
            Count.ASYLUM_SEEKERS, List.of("asylum_seekers", "Asylum-seekers", "asylum seekers"),
            Count.REFUGEES, List.of("refugees", "Refugees under UNHCR's mandate"),
            Count.DECISIONS_RECOGNIZED, List.of("dec_recognized", "Recognized decisions"),
            Count.DECISIONS_TOTAL, List.of("dec_total", "Total decisions"));
    private static final List<String> CODES = List.of("CHN", "chn", "USA", "AUS", "DEU", "HKG", "UNK", "TIB", "XXA", "TUR");
    private static final List<String> NAMES = List.of("China", "\"China, Hong Kong SAR\"", "T\u00fcrkiye",
            "\"Cote d\"\"Ivoire\"", "Rep. of Korea", "");

    /** A valid table in some form; {@code expected} is the independent sum of its figures. */
    record Table(byte[] bytes, Map<ObservationKey, Map<Count, Long>> expected, String form) {
        @Override
        public String toString() {
            return form + "\n" + printable(bytes);
        }
    }

    /** A column of the generated table: how its header reads and what it holds. */
    private record Column(String header, String kind, Count count) {
    }

    @Provide
    Arbitrary<Table> validTables() {
        return Arbitraries.randomValue(random -> {
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(pick(random, YEAR), "year", null));
            columns.add(new Column(pick(random, ORIGIN), "origin", null));
            columns.add(new Column(pick(random, ASYLUM), "asylum", null));
            for (Count c : Count.values()) {
                if (FIGURES.containsKey(c) && random.nextInt(3) == 0) {
                    columns.add(new Column(pick(random, FIGURES.get(c)), "figure", c));
                }
            }
            boolean applied = columns.size() == 3 || random.nextBoolean();
            if (applied) {
                columns.add(new Column(random.nextBoolean() ? "applied" : "Applied", "applied", null));
                if (random.nextBoolean()) {
                    columns.add(new Column(random.nextBoolean() ? "app_type" : "Application type", "type", null));
                }
            }
            if (random.nextBoolean()) {
                columns.add(new Column(random.nextBoolean() ? "coa_name" : "Country of asylum", "name", null));
            }
            if (random.nextInt(3) == 0) {
                columns.add(new Column("note", "name", null));
            }
            java.util.Collections.shuffle(columns, random);
            if (random.nextBoolean()) {
                columns.replaceAll(c -> new Column(randomCase(random, c.header()), c.kind(), c.count()));
            }

            // A stock table has one row per key (a repeat is an error); a flow table without UNHCR's split columns
            // holds several, identical lines included, and they are summed.
            boolean oneRowPerKey = columns.stream().anyMatch(c -> c.count() == Count.ASYLUM_SEEKERS
                    || c.count() == Count.REFUGEES);
            List<List<String>> rows = new ArrayList<>();
            Set<ObservationKey> keys = new java.util.HashSet<>();
            int n = 1 + random.nextInt(12);
            while (rows.size() < n) {
                List<String> cells = new ArrayList<>();
                for (Column c : columns) {
                    cells.add(switch (c.kind()) {
                        case "year" -> Integer.toString(1950 + random.nextInt(151));
                        case "origin", "asylum" -> pick(random, CODES);
                        case "type" -> pick(random, List.of("N", "n", "R", "A", "V", "NA"));
                        case "name" -> pick(random, NAMES);
                        default -> random.nextInt(5) == 0 ? pick(random, List.of("", "-", "NA"))
                                : Long.toString(random.nextInt(4) == 0 ? random.nextInt(10) : random.nextLong(1L << 40));
                    });
                }
                if (!oneRowPerKey) {
                    rows.add(cells);
                    if (random.nextInt(6) == 0 && rows.size() < n) {
                        rows.add(cells); // an identical line: a separate UNHCR row whose split was dropped
                    }
                } else if (keys.add(key(columns, cells))) {
                    rows.add(cells);
                }
            }

            Map<ObservationKey, Map<Count, Long>> expected = new HashMap<>();
            for (List<String> cells : rows) {
                Map<Count, Long> sums = expected.computeIfAbsent(key(columns, cells), k -> new EnumMap<>(Count.class));
                String type = null;
                Long appliedValue = null;
                for (int i = 0; i < columns.size(); i++) {
                    Column c = columns.get(i);
                    Long v = c.kind().equals("figure") || c.kind().equals("applied") ? count(cells.get(i)) : null;
                    if (c.kind().equals("figure") && v != null) {
                        sums.merge(c.count(), v, Long::sum);
                    } else if (c.kind().equals("applied")) {
                        appliedValue = v;
                    } else if (c.kind().equals("type")) {
                        type = cells.get(i);
                    }
                }
                if (appliedValue != null) {
                    sums.merge(Count.APPLICATIONS_ALL, appliedValue, Long::sum);
                    if (type != null) {
                        sums.merge(Count.APPLICATIONS_NEW, type.equalsIgnoreCase("N") ? appliedValue : 0L, Long::sum);
                    }
                }
            }

            List<String> lineEnds = List.of("\n", "\r\n", "\r");
            String lineEnd = pick(random, lineEnds);
            boolean mixed = random.nextInt(4) == 0;
            StringBuilder text = new StringBuilder();
            boolean preamble = random.nextInt(4) == 0;
            if (preamble) {
                // A Refugee Data Finder download's notes before the header, a blank line among them.
                for (String note : List.of("Extracted:,\"United Nations High Commissioner for Refugees\"",
                        "\"Date extracted:\",\"21/07/2024 14:54 UTC\"", "", "\"Usage licence\",https://creativecommons.org/licenses/by/4.0/",
                        "Years:", "Origin:,all")) {
                    text.append(note).append(mixed ? pick(random, lineEnds) : lineEnd);
                }
            }
            text.append(String.join(",", columns.stream().map(c -> format(random, c.header())).toList()));
            for (List<String> cells : rows) {
                text.append(mixed ? pick(random, lineEnds) : lineEnd);
                if (random.nextInt(8) == 0) {
                    text.append(mixed ? pick(random, lineEnds) : lineEnd); // a blank line
                }
                text.append(String.join(",", cells.stream().map(c -> format(random, c)).toList()));
            }
            if (random.nextBoolean()) {
                text.append(lineEnd);
            }
            String encoding = pick(random, List.of("UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM"));
            Charset charset = Charset.forName(encoding.split(" ")[0]);
            String content = (encoding.endsWith("BOM") ? "\uFEFF" : "") + text;
            String form = encoding + ", " + (mixed ? "mixed" : lineEnd.replace("\r", "CR").replace("\n", "LF"))
                    + " line ends" + (preamble ? ", after a preamble" : "");
            return new Table(content.getBytes(charset), expected, form);
        });
    }

    @Property(tries = 4000)
    void aValidFileReadsToTheSameTotalsInAnyForm(@ForAll("validTables") Table table) throws Exception {
        ParsedTable parsed = Fixtures.read("valid.csv", table.bytes());

        Map<ObservationKey, Map<Count, Long>> read = new HashMap<>();
        parsed.totals().forEach((key, counts) -> {
            Map<Count, Long> m = new EnumMap<>(Count.class);
            for (Count c : Count.values()) {
                if (counts.has(c)) {
                    m.put(c, counts.value(c));
                }
            }
            read.put(key, m);
        });
        assertThat(read).isEqualTo(table.expected());
    }

    // ---- helpers ----

    private static ObservationKey key(List<Column> columns, List<String> cells) {
        int year = 0;
        String origin = null;
        String asylum = null;
        for (int i = 0; i < columns.size(); i++) {
            switch (columns.get(i).kind()) {
                case "year" -> year = Integer.parseInt(cells.get(i));
                case "origin" -> origin = cells.get(i).toUpperCase(Locale.ROOT);
                case "asylum" -> asylum = cells.get(i).toUpperCase(Locale.ROOT);
                default -> { }
            }
        }
        return new ObservationKey(year, origin, asylum);
    }

    private static Long count(String cell) {
        return cell.isEmpty() || cell.equals("-") || cell.equals("NA") ? null : Long.parseLong(cell);
    }

    /** A cell as it may appear in a file: as is, quoted, or padded with spaces (names are already quoted). */
    private static String format(java.util.Random random, String cell) {
        if (cell.startsWith("\"")) {
            return cell;
        }
        return switch (random.nextInt(6)) {
            case 0 -> "\"" + cell.replace("\"", "\"\"") + "\"";
            case 1 -> " " + cell + " ";
            default -> cell;
        };
    }

    private static String randomCase(java.util.Random random, String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static <T> T pick(java.util.Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String printable(byte[] file) {
        StringBuilder sb = new StringBuilder();
        for (byte b : file) {
            int v = b & 0xFF;
            sb.append(v >= 0x20 && v < 0x7F ? String.valueOf((char) v) : v == '\n' ? "\\n\n" : String.format("\\x%02X", v));
        }
        return sb.toString();
    }
}
