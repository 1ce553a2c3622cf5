package org.asylumtrends.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.DestinationRanking;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The names beside the bars: short, cut to a length with "…", and never two countries on one bar. */
class BarNamesTest {
    private static final Font FONT = Font.font("DejaVu Sans", 12);
    private static Locale saved;

    @BeforeAll
    static void toolkit() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.US);
        FxToolkit.registerPrimaryStage(); // Text measures with the toolkit's fonts
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(saved);
    }

    private static DestinationRanking ranking(List<Destination> top) {
        return new DestinationRanking(Measure.ASYLUM_SEEKERS, new YearRange(2024, 2024), RangeAggregation.LAST_YEAR,
                top, OptionalDouble.empty(), List.of(), OptionalDouble.of(top.stream().mapToDouble(Destination::value).sum()));
    }

    @Test
    void twoCountriesWithOneNameStayTwoBars() {
        // Codes outside UNHCR's list have no short name of their own: the file's name is drawn, here the same twice.
        DestinationRanking r = ranking(List.of(new Destination(new Country("QQA", "Congo"), 500, 0.5),
                new Destination(new Country("QQB", "Congo"), 400, 0.4)));
        List<DestinationChart.Row> rows = DestinationChart.rowsOf(r, Measure.ASYLUM_SEEKERS, FONT);
        assertThat(rows).extracting(DestinationChart.Row::iso3).containsExactly("QQB", "QQA");
        assertThat(rows).extracting(DestinationChart.Row::label).containsExactly("Congo (QQB)", "Congo (QQA)");
    }

    @Test
    void shortNamesOnTheChartUnhcrNamesInTheTooltip() {
        DestinationRanking r = ranking(List.of(new Destination(new Country("GBR",
                "United Kingdom of Great Britain and Northern Ireland"), 13_517, 0.2),
                new Destination(new Country("KOR", "Rep. of Korea"), 10_672, 0.1)));
        List<DestinationChart.Row> rows = DestinationChart.rowsOf(r, Measure.APPLICATIONS_NEW, FONT);
        assertThat(rows).extracting(DestinationChart.Row::label).containsExactly("South Korea", "United Kingdom");
        assertThat(rows.get(1).tooltip()).startsWith("United Kingdom of Great Britain and Northern Ireland\n13,517\n");
    }

    @Test
    void aVeryLongNameIsCutToALengthWithAnEllipsis() {
        String longName = "The Very Long Name of a Territory That Is Not in Any List at All";
        DestinationRanking r = ranking(List.of(new Destination(new Country("QQC", longName), 5, 1)));
        DestinationChart.Row row = DestinationChart.rowsOf(r, Measure.ASYLUM_SEEKERS, FONT).get(0);
        assertThat(row.label()).endsWith("\u2026").startsWith("The Very Long");
        Text drawn = new Text(row.label());
        drawn.setFont(FONT);
        assertThat(drawn.getLayoutBounds().getWidth()).isLessThanOrEqualTo(DestinationChart.MAX_NAME_WIDTH);
        assertThat(row.tooltip()).startsWith(longName + "\n");
    }

    @Test
    void otherNamesItsFirstFifteenCountries() {
        List<Country> rest = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rest.add(new Country("Q" + (char) ('A' + i) + "Z", "Land " + i));
        }
        DestinationRanking r = new DestinationRanking(Measure.ASYLUM_SEEKERS, new YearRange(2024, 2024),
                RangeAggregation.LAST_YEAR, List.of(new Destination(new Country("USA", "United States of America"), 900, 0.9)),
                OptionalDouble.of(100), rest, OptionalDouble.of(1000));
        DestinationChart.Row other = DestinationChart.rowsOf(r, Measure.ASYLUM_SEEKERS, FONT).get(0);
        assertThat(other.isOther()).isTrue();
        assertThat(other.label()).isEqualTo("Other (20 countries)");
        assertThat(other.tooltip()).isEqualTo("Other (20 countries)\n100\n10.0% of the total\n"
                + "Land 0, Land 1, Land 2, Land 3, Land 4, Land 5, Land 6, Land 7, Land 8, Land 9, Land 10, Land 11, "
                + "Land 12, Land 13, Land 14, \u2026");
    }
}
