package org.asylumtrends.data.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Count;
import org.asylumtrends.data.Counts;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DatasetMetadata;
import org.asylumtrends.data.Era;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Observation;
import org.asylumtrends.data.Release;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verdicts follow the data: small datasets built in code, where changing one figure changes the verdict.
 * The claims are the bundled table's, so the article's side stays as published.
 */
class ClaimsCheckFixtureTest {
    private static final ClaimsText EN = new ClaimsText(Locale.ENGLISH);
    /** Asylum-seekers from China, 2012–2024, in release 2024.6.0 (2024 is the mid-year figure). */
    private static final long[] STOCK = {15_362, 24_799, 47_335, 57_693, 72_165, 89_508, 94_351, 104_248, 108_071,
            118_476, 116_338, 137_143, 176_239};
    private static List<Claim> claims;
    private static EraTable eras;

    @BeforeAll
    static void load() throws Exception {
        claims = ClaimsTable.loadBundled();
        eras = EraTable.loadBundled();
    }

    /** A dataset builder: China as origin, one figure at a time. */
    static final class Fixture {
        /** The release the claims were made from, as the bundled releases.csv describes it. */
        private static final Release MID_2024 = new Release("2024.6.0", LocalDate.of(2024, 10, 18),
                LocalDate.of(2024, 6, 30), true, new TreeSet<>(), "", "old.csv");
        private static final Release LATEST = new Release("test", LocalDate.of(2026, 6, 25),
                LocalDate.of(2025, 12, 31), false, new TreeSet<>(), "", "new.csv");
        private final Map<String, Counts.Builder> cells = new LinkedHashMap<>();
        private final Map<String, Counts.Builder> oldCells = new LinkedHashMap<>();
        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final Set<Count> provided = EnumSet.noneOf(Count.class);
        private final Set<Count> oldProvided = EnumSet.noneOf(Count.class);

        Fixture put(int year, String iso3, String name, Count count, long value) {
            countries.putIfAbsent(iso3, new Country(iso3, name));
            cells.computeIfAbsent(year + ":" + iso3, k -> Counts.builder()).add(count, value);
            provided.add(count);
            return this;
        }

        /** A figure of release 2024.6.0. */
        Fixture putOld(int year, String iso3, String name, Count count, long value) {
            countries.putIfAbsent(iso3, new Country(iso3, name));
            oldCells.computeIfAbsent(year + ":" + iso3, k -> Counts.builder()).add(count, value);
            oldProvided.add(count);
            return this;
        }

        /** The stock in both releases (identical except where the caller overrides 2024 in the old one). */
        Fixture stock(int year, String iso3, String name, long value) {
            return put(year, iso3, name, Count.ASYLUM_SEEKERS, value)
                    .putOld(year, iso3, name, Count.ASYLUM_SEEKERS, value);
        }

        AsylumDataset build() {
            // Like files a user opened: with no figures of release 2024.6.0, the data do not hold that release.
            return dataset(cells, provided, LATEST).withReleases(LATEST, oldCells.isEmpty() ? Map.of()
                    : Map.of(MID_2024, dataset(oldCells, oldProvided, MID_2024)));
        }

        private AsylumDataset dataset(Map<String, Counts.Builder> figures, Set<Count> kinds, Release release) {
            Country china = new Country("CHN", "China");
            List<Observation> observations = new ArrayList<>();
            figures.forEach((key, counts) -> {
                String[] k = key.split(":");
                observations.add(new Observation(Integer.parseInt(k[0]), china, countries.get(k[1]), counts.build()));
            });
            return new AsylumDataset(new DatasetMetadata(DatasetMetadata.UNHCR_SOURCE, DatasetMetadata.UNHCR_LICENCE,
                    release.id(), release.preliminaryYears(), "", List.of("fixture")), observations, kinds);
        }
    }

    /** The article's series, all in the United States, with 2012 as given. */
    private static Fixture series(long in2012) {
        Fixture f = new Fixture();
        for (int i = 0; i < STOCK.length; i++) {
            f.stock(2012 + i, "USA", "United States of America", i == 0 ? in2012 : STOCK[i]);
        }
        return f;
    }

    private static ClaimResult result(AsylumDataset data, EraTable eraTable, String id) {
        return ClaimsCheck.check(claims, data, eraTable).stream().filter(r -> r.claim().id().equals(id))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "2012 = {0}: {1} is {2}")
    @CsvSource({
            "15362, 2012,  DIFFERS",
            "12362, 2012,  MATCHES",
            "15362, total, DIFFERS",
            "12362, total, MATCHES",
            "12362, surge, DIFFERS",
            "11549, surge, MATCHES"})  // 176,239 / 11,549 = 15.26: an increase of +1,426%
    void theVerdictFollowsThe2012Figure(long in2012, String id, Verdict expected) {
        assertThat(result(series(in2012).build(), eras, id).verdict()).isEqualTo(expected);
    }

    @Test
    void aSlipOfOneDigitIsNamedAsSuch() {
        String why = EN.explanation(result(series(15_362).build(), eras, "2012"));
        assertThat(why).contains("differ in a single digit");
        assertThat(EN.explanation(result(series(15_862).build(), eras, "2012"))).doesNotContain("single digit");
    }

    @Test
    void destinationsMatchOnlyInTheArticlesOrder() {
        Fixture f = new Fixture();
        f.stock(2020, "USA", "United States of America", 900).stock(2020, "AUS", "Australia", 500)
                .stock(2020, "BRA", "Brazil", 300).stock(2020, "KOR", "Rep. of Korea", 200)
                .stock(2020, "GBR", "United Kingdom of Great Britain and Northern Ireland", 100);
        assertThat(result(f.build(), eras, "top-destinations").verdict()).isEqualTo(Verdict.MATCHES);

        f.stock(2021, "GBR", "United Kingdom of Great Britain and Northern Ireland", 150);
        ClaimResult swapped = result(f.build(), eras, "top-destinations");
        assertThat(swapped.verdict()).isEqualTo(Verdict.DIFFERS);
        assertThat(EN.format(swapped.dataFigure())).isEqualTo("USA, AUS, BRA, GBR, KOR");
        assertThat(EN.explanation(swapped)).contains("The first 3 countries agree",
                "The article puts Rep. of Korea in place 4; the data put it in place 5 (200)");
    }

    @Test
    void dataWithoutTheStockCannotReproduceTheStockClaims() {
        AsylumDataset applicationsOnly = new Fixture()
                .put(2012, "USA", "United States of America", Count.APPLICATIONS_NEW, 24_754)
                .put(2024, "USA", "United States of America", Count.APPLICATIONS_NEW, 55_594).build();
        List<ClaimResult> results = ClaimsCheck.check(claims, applicationsOnly, eras);
        assertThat(results).filteredOn(r -> !r.claim().id().equals("applied") && !r.claim().id().equals("xi-start"))
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.CANNOT_BE_REPRODUCED));
        assertThat(EN.explanation(results.get(0))).isEqualTo("The loaded data have no asylum-seekers figures for "
                + "people from China in release test, so this claim cannot be checked.");
        // The flow is there: the "applied" claim can still be checked, and the stock sentence is left out.
        ClaimResult applied = results.stream().filter(r -> r.claim().id().equals("applied")).findFirst().orElseThrow();
        assertThat(applied.verdict()).isEqualTo(Verdict.DIFFERS);
        assertThat(EN.explanation(applied)).startsWith("UNHCR's new asylum applications in 2024 were 55,594");
    }

    @Test
    void aYearEqualToTheErasTotalMakesTheHuClaimHold() {
        Fixture f = new Fixture();
        for (int year = 2000; year <= 2021; year++) {
            f.stock(year, "USA", "United States of America", 1_000);
        }
        f.stock(2022, "USA", "United States of America", 10_000);
        assertThat(result(f.build(), eras, "2022-vs-hu").verdict()).isEqualTo(Verdict.MATCHES);

        f.stock(2022, "USA", "United States of America", 20_000); // now 30,000: three times Hu's 10,000
        assertThat(result(f.build(), eras, "2022-vs-hu").verdict()).isEqualTo(Verdict.CANNOT_BE_REPRODUCED);
    }

    @Test
    void anEraOnlyPartlyInTheDataHasNoTotal() {
        ClaimResult r = result(series(15_362).build(), eras, "2022-vs-hu");
        assertThat(r.verdict()).isEqualTo(Verdict.CANNOT_BE_REPRODUCED);
        assertThat(EN.explanation(r)).contains("do not have asylum-seekers figures for every year of Hu Jintao");
    }

    @Test
    void aDifferentStartInTheEraTableDiffers() {
        EraTable other = new EraTable(List.of(
                new Era("CHN", "Hu Jintao", LocalDate.of(2002, 11, 15), LocalDate.of(2013, 3, 14), "", ""),
                new Era("CHN", "Xi Jinping", LocalDate.of(2013, 3, 14), null, "", "state presidency")));
        ClaimResult r = result(series(15_362).build(), other, "xi-start");
        assertThat(r.verdict()).isEqualTo(Verdict.DIFFERS);
        assertThat(EN.format(r.dataFigure())).isEqualTo("14 March 2013");
        assertThat(result(series(15_362).build(), EraTable.empty(), "xi-start").verdict())
                .isEqualTo(Verdict.CANNOT_BE_REPRODUCED);
    }

    @Test
    void aHigherLaterYearEndsTheRecord() {
        Fixture f = series(15_362);
        f.put(2024, "USA", "United States of America", Count.ASYLUM_SEEKERS, 180_960 - 176_239); // end-2024 180,960
        assertThat(result(f.build(), eras, "record-2024").verdict()).isEqualTo(Verdict.MATCHES);
        f.put(2025, "USA", "United States of America", Count.ASYLUM_SEEKERS, 200_000);
        ClaimResult r = result(f.build(), eras, "record-2024");
        assertThat(r.verdict()).isEqualTo(Verdict.DIFFERS);
        assertThat(EN.format(r.dataFigure())).isEqualTo("2024: 180,960; highest 2025: 200,000");
    }

    @ParameterizedTest(name = "article {0} vs data {1}: {2}")
    @CsvSource({
            "1158739, 1158728, true",  // 11 apart: the article's total with its own 2012 figure
            "1158739, 1161728, false", // 2,989 apart: 0.26%
            "1000, 1001, true",        // 0.1% exactly
            "1000, 1002, true",        // UNHCR's rounding unit of 5 covers small numbers
            "100000, 100101, false",   // just over 0.1%
            "12362, 15362, false"})
    void countRule(long article, long data, boolean matches) {
        assertThat(ClaimsCheck.countMatches(article, data)).isEqualTo(matches);
    }
}
