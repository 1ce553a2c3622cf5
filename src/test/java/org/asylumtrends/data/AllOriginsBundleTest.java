package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The all-origins bundle holds what UNHCR's raw tables hold. {@code fixtures/all-origins/raw/} has three tables in
 * the raw layout (splits to sum, an appeal-only key, a decisions-only key, UNHCR's code AUS for Austria, 0 rows,
 * asylum-seeker placeholders before 2000); {@code derived.csv.gz} is what {@code tools/derive_all_origins.py} made
 * of them. Every origin's and every host's yearly totals, read from the derived table the way the app reads its
 * bundle, must equal the totals this test adds up from the raw rows itself, and the raw tables opened in the app.
 */
class AllOriginsBundleTest {
    private static final String RAW = "all-origins/raw/";

    @TempDir
    static Path folder;
    private static AsylumDataset bundle;
    private static AsylumDataset rawInApp;
    /** origin or host → year → count → sum, from the raw rows; a count with no raw row has no entry. */
    private static Map<String, Map<Integer, Map<Count, Long>>> byOrigin;
    private static Map<String, Map<Integer, Map<Count, Long>>> byHost;

    @BeforeAll
    static void read() throws Exception {
        // Laid out like assets/data: the China file first, every origin in the file all_origins names.
        Files.writeString(folder.resolve("releases.csv"), "release,published,newest_year_as_of,mid_year,"
                + "preliminary_years,file,note\n2031.12.0,2032-06-15,2031-12-31,no,,china.csv,\n");
        Files.writeString(folder.resolve("china.csv"), "year,origin_iso3,origin_name,asylum_iso3,asylum_name,"
                + "asylum_seekers\n2000,CHN,China,USA,United States of America,300\n");
        Files.writeString(folder.resolve("china_asylum.properties"),
                "source=Test\nlicence=CC BY 4.0\nall_origins=derived.csv.gz\n");
        Files.copy(Fixtures.path("all-origins/derived.csv.gz"), folder.resolve("derived.csv.gz"));
        bundle = DatasetLoader.loadReleases(folder);
        rawInApp = Fixtures.load(RAW + "unhcr_asylum_applications_all_origins_2000-2025.csv",
                RAW + "unhcr_asylum_decisions_all_origins_2000-2025.csv",
                RAW + "unhcr_population_all_origins_1951-2025.csv");
        byOrigin = new TreeMap<>();
        byHost = new TreeMap<>();
        sumRaw();
    }

    @Test
    void holdsEveryOriginAndEveryCountryOfAsylumOfTheRawTables() {
        assertThat(bundle.origins()).extracting(Country::iso3).containsExactlyInAnyOrder("CHN", "RUS", "UNK");
        assertThat(bundle.asylums()).extracting(Country::iso3)
                .containsExactlyInAnyOrder("AUS", "AUT", "KOR", "USA");
        // Joined on ISO3: UNHCR's code AUS is Austria, whose ISO3 code is AUT.
        assertThat(bundle.asylum("AUT")).map(Country::name).contains("Austria");
        assertThat(bundle.asylum("AUS")).map(Country::name).contains("Australia");
        assertThat(byOrigin.keySet()).containsExactly("CHN", "RUS", "UNK");
    }

    @Test
    void everyOriginsYearlyTotalsEqualTheRawTables() {
        for (String origin : byOrigin.keySet()) {
            for (Measure m : Measure.values()) {
                assertThat(yearly(YearSeries.of(bundle, origin, m, Vintage.LATEST)))
                        .as("%s %s", origin, m).isEqualTo(expected(byOrigin.get(origin), m))
                        .isEqualTo(yearly(YearSeries.of(rawInApp, origin, m, Vintage.LATEST)));
            }
        }
    }

    @Test
    void everyHostsYearlyTotalsEqualTheRawTables() {
        for (String host : byHost.keySet()) {
            for (Measure m : Measure.values()) {
                assertThat(yearly(YearSeries.in(bundle, host, m, Vintage.LATEST)))
                        .as("%s %s", host, m).isEqualTo(expected(byHost.get(host), m))
                        .isEqualTo(yearly(YearSeries.in(rawInApp, host, m, Vintage.LATEST)));
            }
        }
    }

    @Test
    void aKeyWithApplicationsButNoneNewHasZeroNewApplicationsNotAGap() {
        // Australia 2001: one appeal (type A), as UNHCR has Australia 2024 for China.
        assertThat(Fixtures.figure(bundle, 2001, "CHN", "AUS", Count.APPLICATIONS_NEW)).hasValue(0);
        assertThat(Fixtures.figure(bundle, 2001, "CHN", "AUS", Count.APPLICATIONS_ALL)).hasValue(40);
        // Korea 2001: decisions only, so no applications figure at all.
        assertThat(Fixtures.figure(bundle, 2001, "CHN", "KOR", Count.APPLICATIONS_ALL)).isEmpty();
        assertThat(Fixtures.figure(bundle, 2001, "CHN", "KOR", Count.DECISIONS_REJECTED)).hasValue(15);
    }

    /**
     * The committed derived fixture is what the script makes of the raw fixture today (so the comparisons above test
     * the script, not a hand-edited file). Needs python3; skipped where there is none.
     */
    @Test
    void theDerivedFixtureIsTheScriptsOutput(@TempDir Path out) throws Exception {
        Path script = Path.of("tools/derive_all_origins.py");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(script), "run from the project root");
        Path derived = out.resolve("derived.csv.gz");
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), Fixtures.path("all-origins").toString(),
                    derived.toString()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            org.junit.jupiter.api.Assumptions.abort("no python3: " + noPython.getMessage());
            return;
        }
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        assertThat(Files.readAllBytes(derived)).isEqualTo(Files.readAllBytes(Fixtures.path("all-origins/derived.csv.gz")));
    }

    @Test
    void theBundleNamesItsAllOriginsFile() {
        assertThat(bundle.metadata().files()).containsExactly("derived.csv.gz");
    }

    /** A series as year → value, every year it has a figure in (zeros included), to compare whole. */
    private static Map<Integer, Double> yearly(YearSeries s) {
        Map<Integer, Double> m = new TreeMap<>();
        s.points().forEach(p -> m.put(p.year(), p.value()));
        return m;
    }

    /** What a series of {@code m} must hold, from the raw sums; the same rules as the app, written out again. */
    private static Map<Integer, Double> expected(Map<Integer, Map<Count, Long>> years, Measure m) {
        Map<Integer, Double> out = new TreeMap<>();
        years.forEach((year, sums) -> {
            if (m == Measure.RECOGNITION_RATE) {
                long pos = sums.getOrDefault(Count.DECISIONS_RECOGNIZED, 0L)
                        + sums.getOrDefault(Count.DECISIONS_COMPLEMENTARY_PROTECTION, 0L);
                long all = pos + sums.getOrDefault(Count.DECISIONS_REJECTED, 0L);
                if (sums.containsKey(Count.DECISIONS_RECOGNIZED) && all > 0) {
                    out.put(year, (double) pos / all);
                }
                return;
            }
            Count c = m.inputs().iterator().next();
            Long v = sums.get(c);
            // UNHCR's asylum-seeker series begins in 2000: its earlier zeros are placeholders, no figures.
            if (v != null && !(c == Count.ASYLUM_SEEKERS && year < 2000 && v == 0)) {
                out.put(year, v.doubleValue());
            }
        });
        return out;
    }

    /** Adds up the raw rows with nothing of the app's: split on commas (the fixture has no quoted field). */
    private static void sumRaw() throws IOException {
        for (List<String> r : rows("unhcr_asylum_applications_all_origins_2000-2025.csv")) {
            long applied = Long.parseLong(r.get(11));
            add(r, Count.APPLICATIONS_ALL, applied);
            add(r, Count.APPLICATIONS_NEW, r.get(8).equals("N") ? applied : 0);
        }
        Count[] decisions = {Count.DECISIONS_RECOGNIZED, Count.DECISIONS_COMPLEMENTARY_PROTECTION,
                Count.DECISIONS_REJECTED, Count.DECISIONS_OTHERWISE_CLOSED, Count.DECISIONS_TOTAL};
        for (List<String> r : rows("unhcr_asylum_decisions_all_origins_2000-2025.csv")) {
            for (int i = 0; i < decisions.length; i++) {
                add(r, decisions[i], Long.parseLong(r.get(10 + i)));
            }
        }
        for (List<String> r : rows("unhcr_population_all_origins_1951-2025.csv")) {
            add(r, Count.REFUGEES, Long.parseLong(r.get(7)));
            add(r, Count.ASYLUM_SEEKERS, Long.parseLong(r.get(8)));
        }
    }

    private static List<List<String>> rows(String file) throws IOException {
        return Files.readAllLines(Fixtures.path(RAW + file)).stream().skip(1).map(l -> List.of(l.split(",", -1)))
                .toList();
    }

    private static void add(List<String> raw, Count c, long value) {
        int year = Integer.parseInt(raw.get(0));
        for (var side : List.of(Map.entry(byOrigin, raw.get(3)), Map.entry(byHost, raw.get(6)))) {
            side.getKey().computeIfAbsent(side.getValue(), k -> new TreeMap<>())
                    .computeIfAbsent(year, y -> new HashMap<>()).merge(c, value, Long::sum);
        }
    }
}
