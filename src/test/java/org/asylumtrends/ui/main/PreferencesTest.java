package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/** The app remembers measure, years and window between runs, and shrugs off corrupt preferences. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
class PreferencesTest {
    private static final String NODE = "asylumtrends-test-prefs";

    @BeforeEach
    void isolate() throws Exception {
        System.setProperty(AppPreferences.NODE_PROPERTY, NODE);
        Preferences.userRoot().node(NODE).removeNode();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        Preferences.userRoot().node(NODE).removeNode();
    }

    private AsylumTrendsApp app;

    private MainWindow startApp() throws Exception {
        app = (AsylumTrendsApp) FxToolkit.setupApplication(AsylumTrendsApp.class);
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().getRoot() instanceof MainWindow w
                && w.summary().valueLabel().getText() != null && !w.summary().valueLabel().getText().isEmpty());
        return (MainWindow) stage.getScene().getRoot();
    }

    private static void closeWindow(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.getScene().getWindow().hide()).get();
    }

    @Test
    void measureYearsAndAggregationAreRestoredOnTheNextStart() throws Exception {
        MainWindow first = startApp();
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            first.measureSelector().measures().setValue(Measure.REFUGEES);
            first.measureSelector().sumOverYears().setSelected(true);
            first.yearFilter().slider().setLowValue(2005);
            first.yearFilter().slider().setHighValue(2015);
        });
        assertThat(first.yearFilter().selectionText().getText()).isEqualTo("2005–2015");
        closeWindow(first);
        FxToolkit.cleanupApplication(app);
        app = null;

        MainWindow second = startApp();
        assertThat(second.measureSelector().measures().getValue()).isEqualTo(Measure.REFUGEES);
        assertThat(second.measureSelector().sumOverYears().isSelected()).isTrue();
        assertThat(second.yearFilter().selectionText().getText()).isEqualTo("2005–2015");
        assertThat(second.summary().valueLabel().getText()).endsWith("summed over 2005–2015");
    }

    @Test
    void corruptPreferencesFallBackToTheArticlesView() throws Exception {
        Preferences node = Preferences.userRoot().node(NODE);
        node.put("measure", "no-such-measure");
        node.put("years.from", "twenty");
        node.put("years.to", "2024");
        node.put("window.width", "-5");
        node.put("aggregation", "%%garbage");
        node.flush();
        AppPreferences prefs = AppPreferences.open();
        assertThat(prefs.selection()).isEqualTo(new Selection(List.of("CHN"), Measure.ASYLUM_SEEKERS,
                RangeAggregation.LAST_YEAR, new YearRange(2012, 2024), EraConvention.MAJORITY_OF_YEAR));
        assertThat(prefs.windowBounds().width()).isEqualTo(1600);

        MainWindow window = startApp();
        assertThat(window.summary().valueLabel().getText()).isEqualTo("180,960 at end of 2024");
    }

    @Test
    void aSavedYearEndConventionIsTickedInTheViewMenuOnTheNextStart() throws Exception {
        Selection saved = Selection.DEFAULT.withConvention(EraConvention.IN_OFFICE_AT_YEAR_END);
        AppPreferences prefs = AppPreferences.open();
        prefs.save(new AppPreferences.WindowBounds(Double.NaN, Double.NaN, 1000, 700, false), saved);
        prefs.flush();

        MainWindow window = startApp();

        // The menu was built after the model had the saved convention, and only listened for changes: unticked.
        javafx.scene.control.CheckMenuItem yearEnd = (javafx.scene.control.CheckMenuItem) window.menu().getMenus()
                .stream().flatMap(m -> m.getItems().stream()).filter(i -> "yearEndConvention".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(yearEnd.isSelected()).isTrue();
        assertThat(window.summary().valueLabel().getText()).isEqualTo("180,960 at end of 2024");
    }
}
