package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comparison's countries, side and scale are stored; a damaged or older preference falls back cleanly. */
class ComparisonPreferencesTest {
    private static final String NODE = "asylumtrends-test-compare-prefs";
    private String previous;

    @BeforeEach
    void isolate() throws Exception {
        previous = System.getProperty(AppPreferences.NODE_PROPERTY);
        System.setProperty(AppPreferences.NODE_PROPERTY, NODE);
        Preferences.userRoot().node(NODE).removeNode();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Preferences.userRoot().node(NODE).removeNode();
        if (previous == null) {
            System.clearProperty(AppPreferences.NODE_PROPERTY);
        } else {
            System.setProperty(AppPreferences.NODE_PROPERTY, previous);
        }
    }

    private static final AppPreferences.WindowBounds BOUNDS = new AppPreferences.WindowBounds(0, 0, 900, 700, false);

    @Test
    void anInViewOnALogScaleComesBack() {
        Selection in = Selection.DEFAULT.withAsylums(List.of("KOR", "JPN")).withScale(Scale.LOG);
        AppPreferences.open().save(BOUNDS, in);
        assertThat(AppPreferences.open().selection()).isEqualTo(in);
        Selection compared = Selection.DEFAULT.withOrigins(List.of("CHN", "RUS", "IRN")).withScale(Scale.PER_100K);
        AppPreferences.open().save(BOUNDS, compared);
        assertThat(AppPreferences.open().selection()).isEqualTo(compared);
    }

    @Test
    void damagedOrOldValuesFallBack() throws Exception {
        Preferences node = Preferences.userRoot().node(NODE);
        node.put("origin", "CHN,RUS");
        node.put("scale", "logarithmic-ish");
        node.put("asylum", "KOR,<script>");
        Selection s = AppPreferences.open().selection();
        assertThat(s.origins()).containsExactly("CHN", "RUS");
        assertThat(s.isAsylumView()).isFalse();
        assertThat(s.scale()).isEqualTo(Scale.LINEAR);
        node.put("origin", "CHN,RUS,IRN,AFG,SYR,VEN,TUR,IND,PAK"); // nine: more than a chart compares
        node.remove("asylum");
        assertThat(AppPreferences.open().selection().origins()).isEqualTo(Selection.DEFAULT.origins());
        // Saved before issue 15: one origin, no side, no scale.
        node.clear();
        node.put("origin", "AFG");
        assertThat(AppPreferences.open().selection()).isEqualTo(Selection.DEFAULT.withOrigin("AFG"));
    }
}
