package org.asylumtrends.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main window's model without the toolkit: what a selection shows. */
class MainModelTest {
    private static AsylumDataset data;
    private static EraTable eras;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.loadBundled();
        eras = EraTable.loadBundled();
    }

    private static MainModel model() {
        MainModel model = new MainModel();
        model.showDataset(data, eras);
        return model;
    }

    @Test
    void opensWithTheArticlesView() {
        ChartData view = model().getChartData();
        assertThat(view.origin().iso3()).isEqualTo("CHN");
        assertThat(view.measure()).isEqualTo(Measure.ASYLUM_SEEKERS);
        assertThat(view.selected()).isEqualTo(new YearRange(2012, 2024));
        assertThat(view.rangeValue().getAsDouble()).isEqualTo(180_960);
        assertThat(view.changeRatio().getAsDouble()).isCloseTo(180_960 / 15_362.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void summingTheStockOverYearsGivesTheArticlesKindOfTotal() {
        MainModel model = model();
        model.selectAggregation(RangeAggregation.SUM_OVER_YEARS);
        assertThat(model.getChartData().rangeValue().getAsDouble()).isEqualTo(1_166_449);
        assertThat(model.getChartData().ranking().top().get(0).value()).isEqualTo(875_285);
    }

    @Test
    void flowsSumOverTheRangeWhateverTheStockSwitchSays() {
        MainModel model = model();
        model.selectMeasure(Measure.APPLICATIONS_NEW);
        assertThat(model.getChartData().rangeValue().getAsDouble()).isEqualTo(365_260);
        model.selectAggregation(RangeAggregation.LAST_YEAR);
        assertThat(model.getChartData().rangeValue().getAsDouble()).isEqualTo(365_260);
    }

    @Test
    void yearsOutsideTheDataAreClampedToIt() {
        MainModel model = model();
        model.selectYears(1990, 2030);
        assertThat(model.getSelection().years()).isEqualTo(new YearRange(2000, 2025));
        assertThat(model.getChartData().points()).hasSize(26);
    }

    @Test
    void eraTotalsFollowTheSelectionAndConvention() {
        MainModel model = model();
        model.selectAggregation(RangeAggregation.SUM_OVER_YEARS);
        model.selectYears(2003, 2012);
        assertThat(model.getChartData().eraTotals()).hasSize(1);
        assertThat(model.getChartData().eraTotals().get(0).value().getAsDouble()).isEqualTo(165_573);
        model.selectConvention(org.asylumtrends.data.EraConvention.IN_OFFICE_AT_YEAR_END);
        assertThat(model.getChartData().eraTotals()).extracting(t -> t.era().name())
                .containsExactly("Hu Jintao", "Xi Jinping");
        assertThat(model.getChartData().eraTotals().get(1).value().getAsDouble()).isEqualTo(15_362);
    }
}
