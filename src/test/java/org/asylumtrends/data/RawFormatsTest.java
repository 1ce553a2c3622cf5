package org.asylumtrends.data;

import static org.asylumtrends.data.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each UNHCR layout Asylum Trends reads, from small hand-made copies of real headers. */
class RawFormatsTest {

    @Test
    void rPackageApplicationsCountNewAsTypeNOnlyAndAllAsEveryRow() throws Exception {
        AsylumDataset data = Fixtures.load("r-package/asylum_applications.csv");

        // USA 2024: N 40 + N 25 + repeat 10, over two stages and both units.
        assertThat(figure(data, 2024, "CHN", "USA", Count.APPLICATIONS_NEW)).hasValue(65);
        assertThat(figure(data, 2024, "CHN", "USA", Count.APPLICATIONS_ALL)).hasValue(75);
        // Viet Nam 2023 in Japan: type V (unspecified) counts only among all applications.
        assertThat(figure(data, 2023, "VNM", "JPN", Count.APPLICATIONS_NEW)).hasValue(0);
        assertThat(figure(data, 2023, "VNM", "JPN", Count.APPLICATIONS_ALL)).hasValue(610);
        assertThat(data.measures()).containsExactly(Measure.APPLICATIONS_NEW, Measure.APPLICATIONS_ALL);
    }

    @Test
    void onlyAppealsInAYearMeanZeroNewApplicationsNotMissing() throws Exception {
        AsylumDataset data = Fixtures.load("r-package/asylum_applications.csv");

        // Like UNHCR's Australia 2024 for China: a single appeal row.
        assertThat(figure(data, 2024, "CHN", "AUS", Count.APPLICATIONS_NEW)).hasValue(0);
        assertThat(figure(data, 2024, "CHN", "AUS", Count.APPLICATIONS_ALL)).hasValue(3523);
    }

    @Test
    void rPackageDecisionsSumOverStagesOfProcedure() throws Exception {
        AsylumDataset data = Fixtures.load("r-package/asylum_decisions.csv");

        assertThat(figure(data, 2022, "VNM", "DEU", Count.DECISIONS_RECOGNIZED)).hasValue(10);
        assertThat(figure(data, 2022, "VNM", "DEU", Count.DECISIONS_COMPLEMENTARY_PROTECTION)).hasValue(10);
        assertThat(figure(data, 2022, "VNM", "DEU", Count.DECISIONS_REJECTED)).hasValue(100);
        assertThat(figure(data, 2022, "VNM", "DEU", Count.DECISIONS_OTHERWISE_CLOSED)).hasValue(15);
        assertThat(figure(data, 2022, "VNM", "DEU", Count.DECISIONS_TOTAL)).hasValue(135);
        assertThat(data.has(Measure.RECOGNITION_RATE, Vintage.LATEST)).isTrue();
        assertThat(data.has(Measure.ASYLUM_SEEKERS, Vintage.LATEST)).isFalse();
    }

    @Test
    void rPackagePopulationGivesAsylumSeekersAndRefugees() throws Exception {
        AsylumDataset data = Fixtures.load("r-package/population.csv");

        assertThat(figure(data, 2024, "CHN", "AUS", Count.ASYLUM_SEEKERS)).hasValue(14003);
        assertThat(figure(data, 2024, "CHN", "AUS", Count.REFUGEES)).hasValue(9100);
        assertThat(data.origin("HKG")).hasValue(new Country("HKG", "China, Hong Kong SAR"));
        assertThat(data.measures()).containsExactly(Measure.ASYLUM_SEEKERS, Measure.REFUGEES);
    }

    @Test
    void anEmptyCellIsMissingNotZero() throws Exception {
        AsylumDataset data = Fixtures.load("r-package/population.csv");

        assertThat(figure(data, 2023, "VNM", "JPN", Count.ASYLUM_SEEKERS)).isEmpty();
        assertThat(figure(data, 2023, "VNM", "JPN", Count.REFUGEES)).hasValue(15);
        YearSeries asylumSeekers = YearSeries.of(data, "VNM", Measure.ASYLUM_SEEKERS);
        assertThat(asylumSeekers.valueIn(2023)).as("Germany's 700; Japan adds nothing").hasValue(700);
        assertThat(asylumSeekers.valueIn(2024)).as("no country reported 2024").isEmpty();
        assertThat(asylumSeekers.years()).contains(new YearRange(2022, 2023));
    }

    @Test
    void columnsMayComeInAnyOrder() throws Exception {
        AsylumDataset usual = Fixtures.load("r-package/population.csv");
        AsylumDataset reordered = Fixtures.load("r-package/population_reordered.csv");

        for (String origin : new String[] {"VNM", "CHN", "HKG"}) {
            assertThat(reordered.observations(origin)).isEqualTo(usual.observations(origin));
        }
        assertThat(reordered.size()).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rdf/asylum-applications-stage-of-procedure.csv", "rdf/asylum-applications-decision-level.csv"})
    void refugeeDataFinderExportWithApplicationType(String file) throws Exception {
        AsylumDataset data = Fixtures.load(file);

        assertThat(figure(data, 2024, "CHN", "USA", Count.APPLICATIONS_NEW)).hasValue(65);
        assertThat(figure(data, 2024, "CHN", "USA", Count.APPLICATIONS_ALL)).hasValue(75);
        assertThat(figure(data, 2024, "CHN", "AUS", Count.APPLICATIONS_NEW)).hasValue(0);
        assertThat(figure(data, 2024, "CHN", "AUS", Count.APPLICATIONS_ALL)).hasValue(3523);
        assertThat(figure(data, 2024, "HKG", "GBR", Count.APPLICATIONS_NEW)).hasValue(95);
        assertThat(data.origin("UNK")).hasValue(new Country("UNK", "Unknown"));
        assertThat(figure(data, 2024, "UNK", "CAN", Count.APPLICATIONS_ALL)).hasValue(15);
    }

    @Test
    void reducedRefugeeDataFinderExportHasNoNewApplicationsAtAll() throws Exception {
        AsylumDataset data = Fixtures.load("rdf/asylum-applications-reduced.csv");

        assertThat(figure(data, 2024, "CHN", "USA", Count.APPLICATIONS_ALL)).hasValue(75);
        assertThat(figure(data, 2024, "CHN", "USA", Count.APPLICATIONS_NEW))
                .as("without an application type, new applications are unknown, not 0").isEqualTo(OptionalLong.empty());
        assertThat(data.has(Measure.APPLICATIONS_NEW, Vintage.LATEST)).isFalse();
        assertThat(data.measures()).containsExactly(Measure.APPLICATIONS_ALL);
    }

    @Test
    void unknownOriginWithTrailingSpaceAndNoCodeIsUnhcrsUnk() throws Exception {
        AsylumDataset data = Fixtures.load("rdf/asylum-applications-reduced.csv");

        assertThat(data.origins()).containsExactly(new Country("CHN", "China"), new Country("UNK", "Unknown"));
        assertThat(YearSeries.of(data, "UNK", Measure.APPLICATIONS_ALL).valueIn(2024)).hasValue(15);
    }

    @Test
    void aRenamedCountryShowsItsNewestName() throws Exception {
        AsylumDataset data = Fixtures.load("rdf/asylum-applications-reduced.csv");

        assertThat(data.observations("CHN")).filteredOn(o -> o.asylum().iso3().equals("TUR"))
                .extracting(o -> o.asylum().name()).containsOnly("Türkiye");
    }

    @Test
    void apiPopulationDownloadReadsAsylumSeekersAndRefugeesUnderMandate() throws Exception {
        AsylumDataset data = Fixtures.load("api/population.csv");

        assertThat(figure(data, 2024, "CHN", "USA", Count.ASYLUM_SEEKERS)).hasValue(147909);
        assertThat(figure(data, 2024, "CHN", "USA", Count.REFUGEES)).hasValue(40000);
        assertThat(figure(data, 2024, "CHN", "ISL", Count.ASYLUM_SEEKERS)).as("'-' is missing").isEmpty();
        assertThat(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS).valueIn(2024)).hasValue(147909 + 14003);
    }
}
