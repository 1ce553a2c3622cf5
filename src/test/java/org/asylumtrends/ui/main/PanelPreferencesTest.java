package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** View > Panels is remembered: the map a user turned on is there on the next start; garbage gives the default. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
class PanelPreferencesTest {
    private static final String NODE = "asylumtrends-test-panels";
    private AsylumTrendsApp app;

    @BeforeEach
    void isolate() throws Exception {
        System.setProperty(AppPreferences.NODE_PROPERTY, NODE);
        Preferences.userRoot().node(NODE).removeNode();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        Preferences.userRoot().node(NODE).removeNode();
        System.clearProperty(AppPreferences.NODE_PROPERTY);
    }

    @Test
    void panelsAreSavedAndReadBackAndGarbageGivesTheDefault() throws Exception {
        AppPreferences prefs = AppPreferences.open();
        assertThat(prefs.panels()).isEqualTo(Set.of(WindowPanel.TREND, WindowPanel.DESTINATIONS));
        prefs.savePanels(Set.of(WindowPanel.MAP, WindowPanel.TREND));
        prefs.flush();
        assertThat(Preferences.userRoot().node(NODE).get("panels", "")).isEqualTo("trend,map");
        assertThat(AppPreferences.open().panels()).isEqualTo(Set.of(WindowPanel.TREND, WindowPanel.MAP));

        Preferences.userRoot().node(NODE).put("panels", ",pie,,");
        assertThat(AppPreferences.open().panels()).as("no panel named: the default")
                .isEqualTo(Set.of(WindowPanel.TREND, WindowPanel.DESTINATIONS));
        Preferences.userRoot().node(NODE).put("panels", "MAP, pie");
        assertThat(AppPreferences.open().panels()).isEqualTo(Set.of(WindowPanel.MAP));
    }

    /** The export dialog's format is remembered between runs; unknown text gives PNG. */
    @Test
    void theExportFormatIsSavedAndReadBack() throws Exception {
        assertThat(AppPreferences.open().exportFormat()).isEqualTo(org.asylumtrends.export.ImageFormat.PNG);
        AppPreferences prefs = AppPreferences.open();
        prefs.saveExportFormat(org.asylumtrends.export.ImageFormat.SVG);
        prefs.flush();
        assertThat(Preferences.userRoot().node(NODE).get("exportFormat", "")).isEqualTo("svg");
        assertThat(AppPreferences.open().exportFormat()).isEqualTo(org.asylumtrends.export.ImageFormat.SVG);
        Preferences.userRoot().node(NODE).put("exportFormat", "gif");
        assertThat(AppPreferences.open().exportFormat()).isEqualTo(org.asylumtrends.export.ImageFormat.PNG);
    }

    /** Issue 18: the export dialog's colours are remembered; unknown text gives the print palette. */
    @Test
    void theExportPaletteIsSavedAndReadBack() throws Exception {
        assertThat(AppPreferences.open().exportPalette()).isEqualTo(org.asylumtrends.ui.export.PaletteChoice.PRINT);
        AppPreferences prefs = AppPreferences.open();
        prefs.saveExportPalette(org.asylumtrends.ui.export.PaletteChoice.AS_ON_SCREEN);
        prefs.flush();
        assertThat(Preferences.userRoot().node(NODE).get("exportPalette", "")).isEqualTo("screen");
        assertThat(AppPreferences.open().exportPalette()).isEqualTo(org.asylumtrends.ui.export.PaletteChoice.AS_ON_SCREEN);
        Preferences.userRoot().node(NODE).put("exportPalette", "neon");
        assertThat(AppPreferences.open().exportPalette()).isEqualTo(org.asylumtrends.ui.export.PaletteChoice.PRINT);
    }

    @Test
    void theAppOpensWithThePanelsLastChosen() throws Exception {
        AppPreferences prefs = AppPreferences.open();
        prefs.savePanels(Set.of(WindowPanel.DESTINATIONS, WindowPanel.MAP));
        prefs.flush();
        FxToolkit.registerPrimaryStage();
        app = (AsylumTrendsApp) FxToolkit.setupApplication(AsylumTrendsApp.class);
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().getRoot() instanceof MainWindow w && w.map().map() != null
                && w.map().map().getWidth() > 0 && !w.map().map().title().getText().isEmpty()); // data loaded
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        javafx.scene.control.SplitPane split = window.charts();
        assertThat(split.getItems()).containsExactly(window.destinations(), window.map());
        assertThat(window.map().map().title().getText()).contains("by country of asylum");

        // Unticking a panel is saved at once, not only at exit.
        WaitForAsyncUtils.asyncFx(() -> window.panelsProperty().set(Set.of(WindowPanel.MAP))).get();
        assertThat(AppPreferences.open().panels()).isEqualTo(Set.of(WindowPanel.MAP));
    }
}
