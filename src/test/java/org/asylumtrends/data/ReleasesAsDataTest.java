package org.asylumtrends.data;

import static org.asylumtrends.data.DataErrors.assertThatMessageOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which releases exist, their dates and their preliminary years are read from releases.csv: a release added
 * there (with its file) is listed and can be chosen, and which year is preliminary follows the table.
 */
class ReleasesAsDataTest {
    @TempDir
    Path dir;

    @Test
    void aReleaseAddedToTheTableIsListedNewestFirstAndSelectable() throws Exception {
        AsylumDataset data = DatasetLoader.loadReleases(ReleaseFolder.write(dir, null));

        assertThat(data.releases()).extracting(Release::id).containsExactly("2031.12.0", "2031.6.0", "2030.6.0");
        assertThat(data.metadata().release()).isEqualTo("2031.12.0");
        assertThat(data.release(Vintage.LATEST)).map(Release::id).hasValue("2031.12.0");
        Release third = data.release(Vintage.of("2030.6.0")).orElseThrow();
        assertThat(third.published()).isEqualTo(LocalDate.of(2030, 10, 1));
        assertThat(third.newestYearAsOf()).isEqualTo(LocalDate.of(2030, 6, 30));

        assertThat(values(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.LATEST)))
                .containsExactly(100.0, 200.0, 300.0);
        assertThat(values(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.of("2031.6.0"))))
                .containsExactly(100.0, 210.0, 150.0);
        assertThat(values(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.of("2030.6.0"))))
                .containsExactly(90.0, 120.0);
        assertThat(data.has(Measure.ASYLUM_SEEKERS, Vintage.of("2030.6.0"))).isTrue();
        assertThat(data.has(Measure.REFUGEES, Vintage.of("2030.6.0"))).isFalse();
    }

    @Test
    void aReleaseTheDataDoNotHoldHasNoFigures() throws Exception {
        AsylumDataset data = DatasetLoader.loadReleases(ReleaseFolder.write(dir, null));

        assertThat(data.holds(Vintage.of("2029.6.0"))).isFalse();
        assertThat(data.has(Measure.ASYLUM_SEEKERS, Vintage.of("2029.6.0"))).isFalse();
        assertThat(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.of("2029.6.0")).isEmpty()).isTrue();
    }

    /** The newest year of a mid-year release is preliminary; the end-year release marks what its row lists. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            latest   | 2031
            2031.6.0 | 2031
            2030.6.0 | 2030
            """)
    void thePreliminaryYearFollowsTheTable(String release, int preliminary) throws Exception {
        AsylumDataset data = DatasetLoader.loadReleases(ReleaseFolder.write(dir, null));

        assertThat(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.of(release)).points())
                .filteredOn(YearValue::preliminary).extracting(YearValue::year).containsExactly(preliminary);
    }

    @Test
    void anEndYearReleaseWithNoPreliminaryYearsMarksNone() throws Exception {
        AsylumDataset data = DatasetLoader.loadReleases(ReleaseFolder.write(dir, ReleaseFolder.releases(false)));

        assertThat(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.of("2030.6.0")).points())
                .noneMatch(YearValue::preliminary);
    }

    @Test
    void theBundledDataListTheirReleasesFromTheTable() throws Exception {
        AsylumDataset data = DatasetLoader.loadBundled();

        assertThat(data.releases()).extracting(Release::id).containsExactly("2025.12.1", "2024.6.0");
        assertThat(data.release(Vintage.of("2024.6.0")).orElseThrow().midYear()).isTrue();
        assertThat(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.of("2024.6.0")).points())
                .filteredOn(YearValue::preliminary).extracting(YearValue::year).containsExactly(2024);
        assertThat(YearSeries.of(data, "CHN", Measure.ASYLUM_SEEKERS, Vintage.LATEST).points())
                .filteredOn(YearValue::preliminary).extracting(YearValue::year).containsExactly(2025);
        assertThat(DatasetLoader.bundledReleases()).isEqualTo(data.releases());
    }

    @Test
    void openedFilesThatStateNoReleaseHaveNone() throws Exception {
        Path file = dir.resolve("population.csv");
        Files.writeString(file, "year,coo_iso,coa_iso,asylum_seekers\n2020,CHN,USA,5\n");

        AsylumDataset data = DatasetLoader.load(List.of(file), LoadMonitor.NONE);

        assertThat(data.releases()).isEmpty();
        assertThat(data.release(Vintage.LATEST)).isEmpty();
        assertThat(data.metadata().credit()).doesNotContain("release");
        assertThat(data.holds(Vintage.of("2024.6.0"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2031.6.0,2031-10-01,2031-06-30,maybe,,mid-2031.csv,   | releases.csv, line 2, column 'mid_year': 'maybe' is not yes or no
            2031.6.0,1 Oct 2031,2031-06-30,yes,,mid-2031.csv,     | releases.csv, line 2, column 'published': '1 Oct 2031' is not a date (YYYY-MM-DD)
            2031.6.0,2031-10-01,2031-06-30,yes,,../secret.csv,    | releases.csv, line 2, column 'file': '../secret.csv' is not the name of a .csv file next to releases.csv
            latest,2031-10-01,2031-06-30,yes,,mid-2031.csv,       | releases.csv, line 2, column 'release': 'latest' is not a release name
            2031.6.0,2031-10-01,2031-06-30,yes,x,mid-2031.csv,    | releases.csv, line 2, column 'preliminary_years': 'x' is not a list of years separated by ';'
            """)
    void aBadRowIsRefusedNamingItsLineAndColumn(String row, String message) throws Exception {
        String table = "release,published,newest_year_as_of,mid_year,preliminary_years,file,note\n" + row + "\n";
        ReleaseFolder.write(dir, table);

        assertThatMessageOf(() -> DatasetLoader.loadReleases(dir))
                .contains(message);
    }

    @Test
    void aReleaseListedTwiceIsRefused() throws Exception {
        String table = ReleaseFolder.releases(true) + "2031.6.0,2031-10-02,2031-06-30,yes,,new.csv,\n";
        ReleaseFolder.write(dir, table);

        assertThatMessageOf(() -> DatasetLoader.loadReleases(dir))
                .contains("releases.csv, line 5, column 'release': '2031.6.0' is listed twice");
    }

    private static List<Double> values(YearSeries series) {
        return series.points().stream().map(YearValue::value).toList();
    }
}
