package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.asylumtrends.data.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Several files opened together meet on year, origin ISO3 and country-of-asylum ISO3. */
class MergeTest {
    private static final String APPLICATIONS = "r-package/asylum_applications.csv";
    private static final String DECISIONS = "r-package/asylum_decisions.csv";
    private static final String POPULATION = "r-package/population.csv";

    @Test
    void applicationsDecisionsAndPopulationJoinIntoOneRowPerYearAndCountries() throws Exception {
        AsylumDataset data = Fixtures.load(APPLICATIONS, DECISIONS, POPULATION);

        assertThat(figure(data, 2023, "CHN", "AUS", Count.APPLICATIONS_ALL)).hasValue(300);
        assertThat(figure(data, 2023, "CHN", "AUS", Count.DECISIONS_TOTAL)).hasValue(280);
        assertThat(figure(data, 2023, "CHN", "AUS", Count.ASYLUM_SEEKERS)).hasValue(12000);
        assertThat(data.measures()).containsExactly(Measure.values());
        assertThat(data.metadata().files()).containsExactly("asylum_applications.csv", "asylum_decisions.csv", "population.csv");
    }

    @Test
    void austriaJoinsOnIsoAutAlthoughUnhcrCodesItAus() throws Exception {
        AsylumDataset data = Fixtures.load(APPLICATIONS, DECISIONS, POPULATION);

        // Every file has Austria as coa "AUS", coa_iso "AUT"; Australia is coa "AUL", coa_iso "AUS".
        assertThat(figure(data, 2023, "CHN", "AUT", Count.APPLICATIONS_ALL)).hasValue(55);
        assertThat(figure(data, 2023, "CHN", "AUT", Count.DECISIONS_TOTAL)).hasValue(60);
        assertThat(figure(data, 2023, "CHN", "AUT", Count.ASYLUM_SEEKERS)).hasValue(85);
        assertThat(data.observations("CHN")).filteredOn(o -> o.year() == 2023)
                .extracting(o -> o.asylum().toString())
                .containsExactly("Australia (AUS)", "Austria (AUT)");
    }

    @Test
    void theSameFileTwiceCountsOnce() throws Exception {
        AsylumDataset twice = Fixtures.load(POPULATION, POPULATION);

        assertThat(YearSeries.of(twice, "VNM", Measure.ASYLUM_SEEKERS).valueIn(2022)).hasValue(695);
        assertThat(twice.size()).isEqualTo(Fixtures.load(POPULATION).size());
    }

    @Test
    void filesThatAgreeOnAnOverlappingFigureMerge() throws Exception {
        AsylumDataset data = Fixtures.load(POPULATION, "merge/refugees_only.csv");

        assertThat(figure(data, 2023, "VNM", "DEU", Count.REFUGEES)).hasValue(4100);
    }

    @Test
    void filesThatDisagreeOnAFigureAreAnErrorNamingBoth() {
        assertThatMessageOf(() -> Fixtures.load(POPULATION, "merge/population_revised.csv"))
                .isEqualTo("population_revised.csv: gives asylum_seekers = 710 for 2023 VNM→DEU, but population.csv"
                        + " gives 700; open files that do not overlap");
    }
}
