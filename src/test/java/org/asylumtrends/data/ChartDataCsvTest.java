package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart-data table's CSV: the preamble lines first, then exactly the lines' numbers; undefined is empty. */
class ChartDataCsvTest {
    @Test
    void perHundredThousandWithPreambleAndEmptyCellsForNoPopulation() throws Exception {
        Selection s = new Selection(List.of("CHN", "RUS"), List.of(), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2023, 2025), EraConvention.MAJORITY_OF_YEAR, Scale.PER_100K);
        ChartData d = ChartData.of(TrendLinesTest.data(), EraTable.empty(), s,
                TrendLinesTest.POPULATION);
        StringWriter out = new StringWriter();
        ChartDataCsv.writeCsv(List.of("Source: UNHCR", "=HYPERLINK(\"x\")"), d.lines(), d.measure(), out);
        assertThat(out.toString().lines()).containsExactly(
                "Source: UNHCR",
                "\"'=HYPERLINK(\"\"x\"\")\"", // a formula in a preamble stays text
                "year,China (CHN) [per-100k],Russian Federation (RUS) [per-100k]",
                "2023,8.5064,",
                "2024,12.8434,6.9670",
                "2025,,");
    }

    /**
     * Issue 17: the user's annotations are listed against their year, in the CSV and the copy alike: a point at its
     * year, a range at its first year shown, none outside the years shown; a year with an annotation and no figure
     * keeps its row, with the figure empty (a gap, not 0).
     */
    @Test
    void annotationsAreALastColumnAgainstTheirYears() throws Exception {
        Selection s = new Selection(List.of("AFG"), List.of(), Measure.ASYLUM_SEEKERS, RangeAggregation.LAST_YEAR,
                new YearRange(2020, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.LINEAR);
        ChartData d = ChartData.of(SmallData.of("gap.csv", """
                year,coo_name,coo_iso,coa_name,coa_iso,asylum_seekers,refugees
                2020,Afghanistan,AFG,Germany,DEU,100,10
                2021,Afghanistan,AFG,Germany,DEU,200,10
                2023,Afghanistan,AFG,Germany,DEU,300,10
                2024,Afghanistan,AFG,Germany,DEU,600,10
                """), EraTable.empty(), s);
        List<Annotation> annotations = List.of(
                Annotation.at(java.time.LocalDate.of(2023, 3, 1), "Kabul falls"),
                new Annotation(java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2020, 12, 31), "=Before"),
                Annotation.at(java.time.LocalDate.of(2023, 9, 1), "Second"),
                Annotation.at(java.time.LocalDate.of(2022, 6, 30), "No figure that year"),
                Annotation.at(java.time.LocalDate.of(2030, 1, 1), "Not shown"));
        var listed = ChartDataCsv.annotationsByYear(annotations, d.selected());
        StringWriter out = new StringWriter();

        ChartDataCsv.writeCsv(List.of("Source: UNHCR"), d.lines(), d.measure(), listed, out);

        assertThat(out.toString().lines()).containsExactly(
                "Source: UNHCR",
                "year,Afghanistan (AFG) [linear],annotation",
                "2020,100,2015-01-01..2020-12-31: =Before",
                "2021,200,",
                "2022,,2022-06-30: No figure that year",
                "2023,300,2023-03-01: Kabul falls; 2023-09-01: Second",
                "2024,600,");
        assertThat(ChartDataCsv.toTsv(List.of(), d.lines(), d.measure(), listed).lines())
                .contains("2023\t300\t2023-03-01: Kabul falls; 2023-09-01: Second");
        assertThat(ChartDataCsv.header(d.lines(), ChartDataCsv.annotationsByYear(List.of(annotations.get(4)),
                d.selected()))).as("no column when none is on the years shown").containsExactly("year",
                "Afghanistan (AFG) [linear]");
    }
}
