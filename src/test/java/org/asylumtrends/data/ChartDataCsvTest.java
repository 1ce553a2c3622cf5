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
}
