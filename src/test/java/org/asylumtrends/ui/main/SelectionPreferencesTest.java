package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Preferences store the whole selection and give it back; a damaged part falls back to the article's view's. */
class SelectionPreferencesTest {
    private static final String NODE = "asylumtrends-test-selection-prefs";
    private static final AppPreferences.WindowBounds BOUNDS = new AppPreferences.WindowBounds(10, 20, 900, 700, false);

    @BeforeEach
    void isolate() throws Exception {
        System.setProperty(AppPreferences.NODE_PROPERTY, NODE);
        Preferences.userRoot().node(NODE).removeNode();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
        System.clearProperty(AppPreferences.NODE_PROPERTY);
    }

    @Test
    void everyPartOfASelectionRoundTrips() {
        Selection saved = new Selection(List.of("AFG", "IND"), Measure.REFUGEES, RangeAggregation.SUM_OVER_YEARS,
                new YearRange(2005, 2015), EraConvention.IN_OFFICE_AT_YEAR_END);
        AppPreferences.open().save(BOUNDS, saved);

        Selection read = AppPreferences.open().selection();

        assertThat(read).isEqualTo(saved);
        assertThat(read.origins()).containsExactly("AFG", "IND");
    }

    @Test
    void neverSavedGivesTheArticlesView() {
        assertThat(AppPreferences.open().selection()).isEqualTo(Selection.DEFAULT);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {"origin|CHINA", "origin|IND,,AFG", "origin|IND,IND", "origin|''",
            "convention|sometimes", "measure|pending", "aggregation|average"})
    void aDamagedPartIsTheDefaultsAndTheRestStays(String key, String value) {
        Selection saved = new Selection(List.of("IND"), Measure.REFUGEES, RangeAggregation.SUM_OVER_YEARS,
                new YearRange(2001, 2003), EraConvention.IN_OFFICE_AT_YEAR_END);
        AppPreferences.open().save(BOUNDS, saved);
        Preferences.userRoot().node(NODE).put(key, value);

        Selection read = AppPreferences.open().selection();

        Selection d = Selection.DEFAULT;
        Selection expected = switch (key) {
            case "origin" -> saved.withOrigin(d.origin());
            case "convention" -> saved.withConvention(d.convention());
            case "measure" -> saved.withMeasure(d.measure());
            case "aggregation" -> saved.withAggregation(d.aggregation());
            default -> throw new IllegalArgumentException(key);
        };
        assertThat(read).isEqualTo(expected);
        assertThat(read.years()).isEqualTo(new YearRange(2001, 2003));
    }
}
