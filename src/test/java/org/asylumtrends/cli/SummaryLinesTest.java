package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.SmallData;
import org.asylumtrends.data.SpreadsheetCsv;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.Test;

/** {@code summary --by year} for several origins on a scale: a column per origin, the chart's numbers exactly. */
class SummaryLinesTest {
    @Test
    void severalOriginsIndexedAreAColumnEachWithTheScaleNamed() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", """
                year,coo_name,coo_iso,coa_name,coa_iso,asylum_seekers,refugees
                2022,China,CHN,United States of America,USA,1000,1
                2023,China,CHN,United States of America,USA,1500,1
                2024,China,CHN,United States of America,USA,2500,1
                2022,Russian Federation,RUS,Germany,DEU,0,1
                2023,Russian Federation,RUS,Germany,DEU,10,1
                2024,Russian Federation,RUS,Germany,DEU,20,1
                """);
        Selection s = new Selection(List.of("CHN", "RUS"), List.of(), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2022, 2024), EraConvention.MAJORITY_OF_YEAR, Scale.INDEXED);
        StringWriter out = new StringWriter();
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        SummaryCommand.writeLines(csv, data, Vintage.LATEST, s);
        csv.flush();
        // Russia's base year is 0: no index, so its cells are empty, not 0 and not infinity.
        assertThat(out.toString().lines()).containsExactly(
                "year,China (CHN) [indexed],Russian Federation (RUS) [indexed]",
                "2022,100.0000,",
                "2023,150.0000,",
                "2024,250.0000,");
    }
}
