package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.asylumtrends.data.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code summary} over three UNHCR R-package tables opened together, for an origin other than China. The
 * expected totals are summed here straight from the fixture rows, independently of the app's reader.
 */
class SummaryOfFilesTest {
    private static final String APPLICATIONS = "r-package/asylum_applications.csv";
    private static final String DECISIONS = "r-package/asylum_decisions.csv";
    private static final String POPULATION = "r-package/population.csv";

    @ParameterizedTest(name = "{0} = sum of {2} in {1}")
    @CsvSource({
            "asylum-seekers,           " + POPULATION + ",   asylum_seekers, ",
            "refugees,                 " + POPULATION + ",   refugees,       ",
            "applications-all,         " + APPLICATIONS + ", applied,        ",
            "applications-new,         " + APPLICATIONS + ", applied,        N",
            "decisions-total,          " + DECISIONS + ",    dec_total,      ",
            "recognized,               " + DECISIONS + ",    dec_recognized, ",
            "complementary-protection, " + DECISIONS + ",    dec_other,      ",
            "rejected,                 " + DECISIONS + ",    dec_rejected,   ",
            "otherwise-closed,         " + DECISIONS + ",    dec_closed,     ",
    })
    void perYearTotalsEqualTheRawRowsSummed(String measure, String table, String column, String appType)
            throws IOException {
        CommandRun run = CommandRun.of("summary", "--file", Fixtures.path(APPLICATIONS).toString(),
                "--file", Fixtures.path(DECISIONS).toString(), "--file", Fixtures.path(POPULATION).toString(),
                "--origin", "VNM", "--measure", measure);

        List<String> expected = new ArrayList<>(List.of("year," + measure));
        sumPerYear(table, column, "VNM", appType).forEach((year, sum) -> expected.add(year + "," + sum));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactlyElementsOf(expected).hasSizeGreaterThan(2);
    }

    @Test
    void rowsSummedBecauseTheExportLacksItsBreakdownAreCountedOnStderr() {
        CommandRun run = CommandRun.of("summary", "--file",
                Fixtures.path("downloads/rdf-applications-without-breakdown.csv").toString(),
                "--measure", "applications-all");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("year,applications-all", "2023,3000", "2024,7191");
        assertThat(run.errLines()).containsExactly("asylum-trends: note: rdf-applications-without-breakdown.csv: 4 rows"
                + " have the key of an earlier row and were added to it: this export lacks some of UNHCR's breakdown"
                + " columns (authority, application type, stage, cases/persons), so such rows are separate figures");
    }

    @Test
    void aYearWithOnlyEmptyCellsIsLeftOutRatherThanPrintedAsZero() {
        CommandRun run = CommandRun.of("summary", "--file", Fixtures.path(POPULATION).toString(), "--origin", "vnm");

        assertThat(run.outLines()).containsExactly("year,asylum-seekers", "2022,695", "2023,700");
    }

    @Test
    void recognitionRateFromTheDecisionsTable() {
        CommandRun run = CommandRun.of("summary", "--file", Fixtures.path(DECISIONS).toString(), "--origin", "VNM",
                "--measure", "recognition-rate");

        // 2022: (15 + 10) / (15 + 10 + 130); 2023: 15 / 75; 2024 only closed cases, so no rate.
        assertThat(run.outLines()).containsExactly("year,recognition-rate", "2022,0.1613", "2023,0.2000");
    }

    @Test
    void destinationsOfTheFilesOrigin() {
        CommandRun run = CommandRun.of("summary", "--file", Fixtures.path(APPLICATIONS).toString(), "--origin", "VNM",
                "--measure", "applications-all", "--by", "destination", "--top", "3");

        assertThat(run.outLines()).containsExactly(
                "iso3,country,applications-all",
                "JPN,Japan,610",
                "GBR,United Kingdom of Great Britain and Northern Ireland,300",
                "DEU,Germany,250",
                ",Other (2 countries),75");
    }

    /**
     * Sums one column of a fixture per year for one origin. Deliberately naive: split on commas outside quotes,
     * find columns by their exact R-package names. A year counts only if some cell in it is filled.
     */
    private static Map<Integer, Long> sumPerYear(String table, String column, String origin, String appType)
            throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.path(table));
        List<String> header = split(lines.get(0));
        int year = header.indexOf("year");
        int coo = header.indexOf("coo_iso");
        int value = header.indexOf(column);
        int type = header.indexOf("app_type");
        Predicate<List<String>> counted = r -> appType == null || r.get(type).equals(appType);
        Map<Integer, Long> sums = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> r = split(line);
            if (r.get(coo).equals(origin) && !r.get(value).isEmpty()) {
                sums.merge(Integer.parseInt(r.get(year)), counted.test(r) ? Long.parseLong(r.get(value)) : 0L, Long::sum);
            }
        }
        return sums;
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
