package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code src/test/resources/malformed/} is opened as a user would open it, and must give exactly
 * what {@code expected-messages.csv} says: the error message, or, for the variants that are valid (byte-order
 * marks, UTF-16 with a byte-order mark, CRLF, mixed line ends, quoting...), the right totals.
 */
class MalformedCorpusTest {
    private static final String INDEX = "expected-messages.csv";
    private static final String VALID = "valid: ";
    private static final int ONE_MB = 1 << 20;

    /** Files too big to commit, made at test time. */
    private static final Map<String, Supplier<String>> GENERATED = Map.of(
            "generated-1mb-name.csv", () -> "year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,refugees,asylum_seekers\n"
                    + "2024,China,CHI,CHN," + "N".repeat(ONE_MB) + ",USA,USA,3,5\n",
            "generated-1mb-count.csv", () -> "year,coo_iso,coa_iso,asylum_seekers\n2012,CHN,USA," + "9".repeat(ONE_MB) + "\n",
            "generated-runaway-quote.csv", () -> "year,coo_iso,coa_iso,asylum_seekers\n2012,\"CHN,USA,5\n"
                    + "2013,CHN,USA,5\n".repeat(200_000),
            // Small stand-ins for 50 GB of NULs, 500 MB of commas and one endless line: each stops at once.
            "generated-nul-flood.csv", () -> "\0".repeat(ONE_MB),
            "generated-comma-flood.csv", () -> ",".repeat(ONE_MB),
            "generated-endless-line.csv", () -> "year,coo_iso,coa_iso,asylum_seekers\n2012,CHN,USA,"
                    + "7".repeat(CsvRecords.MAX_FIELD_CHARS + 1) + "\n");

    @TempDir
    Path temp;

    static Stream<Arguments> corpus() throws IOException {
        return index().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGivesItsExactMessageOrItsTotals(String file, String expected) throws Exception {
        Path path = GENERATED.containsKey(file) ? generate(file) : folder().resolve(file);
        assertThat(path).as("listed in " + INDEX).exists();

        if (expected.startsWith(VALID)) {
            AsylumDataset data = DatasetLoader.load(List.of(path), LoadMonitor.NONE);
            assertThat(VALID + totals(data)).isEqualTo(expected);
        } else {
            assertThatMessageOf(() -> DatasetLoader.load(List.of(path), LoadMonitor.NONE))
                    .isEqualTo(expected);
        }
    }

    @Test
    void theIndexListsEveryFileAndTheCorpusCoversAtLeastFortyCases() throws Exception {
        Map<String, String> index = index();
        List<String> files;
        try (Stream<Path> list = Files.list(folder())) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals(INDEX)).sorted().toList();
        }
        List<String> committed = index.keySet().stream().filter(n -> !GENERATED.containsKey(n)).sorted().toList();

        assertThat(committed).isEqualTo(files);
        assertThat(index).hasSizeGreaterThanOrEqualTo(40);
        assertThat(index.values()).filteredOn(v -> v.startsWith(VALID)).hasSizeGreaterThanOrEqualTo(10);
    }

    /** file name → expected, in the index's order. */
    private static Map<String, String> index() throws IOException {
        String text = Files.readString(folder().resolve(INDEX), StandardCharsets.UTF_8);
        String withoutComments = new BufferedReader(new StringReader(text)).lines()
                .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        try (var csv = CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(withoutComments)) {
            Map<String, String> index = new java.util.LinkedHashMap<>();
            for (CsvRecord record : csv.stream().skip(1).toList()) {
                String[] row = record.getFields().toArray(String[]::new);
                if (row.length != 2 || index.put(row[0], row[1]) != null) {
                    throw new IllegalStateException(INDEX + ": bad or repeated row " + String.join(",", row));
                }
            }
            return index;
        }
    }

    /** The sum of every figure in the dataset, by figure: "asylum_seekers=350; refugees=10". */
    static String totals(AsylumDataset data) {
        Map<Count, Long> sums = new EnumMap<>(Count.class);
        for (Country origin : data.origins()) {
            for (Observation o : data.observations(origin.iso3())) {
                for (Count c : o.counts().present()) {
                    sums.merge(c, o.counts().get(c).getAsLong(), Long::sum);
                }
            }
        }
        StringJoiner text = new StringJoiner("; ");
        sums.forEach((c, v) -> text.add(c.name().toLowerCase(java.util.Locale.ROOT) + "=" + v));
        return text.toString();
    }

    private Path generate(String file) throws IOException {
        Path path = temp.resolve(file);
        Files.writeString(path, GENERATED.get(file).get(), StandardCharsets.UTF_8);
        return path;
    }

    private static Path folder() {
        try {
            return Path.of(MalformedCorpusTest.class.getResource("/malformed/" + INDEX).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
