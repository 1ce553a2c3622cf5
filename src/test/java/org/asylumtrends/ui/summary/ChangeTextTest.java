package org.asylumtrends.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.SmallData;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.text.Messages;
import org.junit.jupiter.api.Test;

/** The change from the first to the last year, as a reader must be able to take it. */
class ChangeTextTest {
    private static ChartData view(AsylumDataset data, String origin, Measure measure, int from, int to) {
        return ChartData.of(data, EraTable.empty(), new Selection(List.of(origin), measure, RangeAggregation.LAST_YEAR,
                new YearRange(from, to), EraConvention.MAJORITY_OF_YEAR));
    }

    @Test
    void aRateChangesByPercentagePoints() throws Exception {
        AsylumDataset data = SmallData.of("decisions.csv", """
                year,coo_iso,coa_iso,dec_recognized,dec_other,dec_rejected,dec_closed,dec_total
                2012,CHN,USA,176,0,824,0,1000
                2013,CHN,USA,323,0,677,0,1000
                2014,CHN,USA,1,0,1,0,2
                """);
        String text = SummaryStrip.changeText(view(data, "CHN", Measure.RECOGNITION_RATE, 2012, 2013));
        // It read "1.83× (+82.8%)"; readers expect the difference of the two rates.
        assertThat(text).isEqualTo("Change 2012→2013: 17.6% → 32.3% (+14.7 percentage points)");
        assertThat(text).doesNotContain("×");
    }

    @Test
    void theChangeIntoAPreliminaryYearSaysSo() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", """
                year,coo_iso,coa_iso,asylum_seekers,refugees
                2023,CHN,USA,1000,10
                2024,CHN,USA,1500,10
                """);
        assertThat(SummaryStrip.changeText(view(data, "CHN", Measure.ASYLUM_SEEKERS, 2023, 2024)))
                .isEqualTo("Change 2023→2024 (preliminary): 1.50× (+50%)");
    }

    @Test
    void noRatioFromATinyBase() throws Exception {
        AsylumDataset data = SmallData.of("applications.csv", """
                year,coo_iso,coa_iso,procedure_type,app_type,dec_level,app_pc,applied
                1992,CHN,USA,G,N,FI,P,3
                2025,CHN,USA,G,N,FI,P,250244
                2026,CHN,USA,G,N,FI,P,1
                """);
        String text = SummaryStrip.changeText(view(data, "CHN", Measure.APPLICATIONS_NEW, 1992, 2025));
        assertThat(text).isEqualTo("Change 1992→2025: from 3 in 1992 to 250,244 in 2025");
    }

    @Test
    void onePrecisionForEveryPercentChange() throws Exception {
        AsylumDataset data = SmallData.of("population.csv", """
                year,coo_iso,coa_iso,asylum_seekers,refugees
                2010,CHN,USA,1000,10
                2011,CHN,USA,5055,10
                2012,CHN,USA,11780,10
                2013,CHN,USA,1,10
                """);
        // "+1,078%" beside "+405.5%" read as if measured differently.
        assertThat(SummaryStrip.changeText(view(data, "CHN", Measure.ASYLUM_SEEKERS, 2010, 2011))).endsWith("(+406%)");
        assertThat(SummaryStrip.changeText(view(data, "CHN", Measure.ASYLUM_SEEKERS, 2010, 2012))).endsWith("(+1,078%)");
    }

    @Test
    void oneCountryIsOneCountry() {
        assertThat(Messages.format("destinations.other", 1)).isEqualTo("Other (1 country)");
        assertThat(Messages.format("destinations.other", 40)).isEqualTo("Other (40 countries)");
    }
}
