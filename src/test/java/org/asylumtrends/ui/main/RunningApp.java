package org.asylumtrends.ui.main;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, started headless through TestFX on its bundled data with a preferences node of its own, and
 * waited for until the summary shows figures. Close it after each test.
 */
record RunningApp(AsylumTrendsApp app, MainWindow window, String preferencesNode) implements AutoCloseable {
    static RunningApp start(String preferencesNode) throws Exception {
        return start(preferencesNode, node -> { });
    }

    /** Starts with preferences that {@code saved} writes first, as a previous run would have left them. */
    static RunningApp start(String preferencesNode, java.util.function.Consumer<Preferences> saved) throws Exception {
        System.setProperty(AppPreferences.NODE_PROPERTY, preferencesNode);
        Preferences.userRoot().node(preferencesNode).removeNode();
        saved.accept(Preferences.userRoot().node(preferencesNode));
        FxToolkit.registerPrimaryStage();
        // Windows an earlier test class left showing would answer this test's lookups and clicks by text ("Chart
        // data" in another main window): twice on a fresh-clone CI a tab click went elsewhere.
        FxToolkit.cleanupStages();
        AsylumTrendsApp app = (AsylumTrendsApp) FxToolkit.setupApplication(AsylumTrendsApp.class);
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene() != null
                && stage.getScene().getRoot() instanceof MainWindow w && w.summary().valueLabel().getText() != null
                && !w.summary().valueLabel().getText().isEmpty());
        return new RunningApp(app, (MainWindow) stage.getScene().getRoot(), preferencesNode);
    }

    /** Waits up to 20 s for a condition the app reaches on its own (a load, a dialog), then for its FX events. */
    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A file of {@code src/test/resources/fixtures/ui/}, as a file chooser would hand it over. */
    static java.io.File fixture(String name) throws Exception {
        return new java.io.File(RunningApp.class.getResource("/fixtures/ui/" + name).toURI());
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        Preferences.userRoot().node(preferencesNode).removeNode();
    }
}
