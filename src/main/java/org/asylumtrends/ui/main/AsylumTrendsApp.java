package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.text.AppLanguage;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.TaskRunner;
import org.asylumtrends.ui.WindowPlacement;
import org.asylumtrends.ui.claims.ClaimsView;
import org.asylumtrends.ui.export.ExportDialog;
import org.asylumtrends.ui.theme.ThemeChoice;
import org.asylumtrends.ui.theme.ThemeManager;

/**
 * The desktop app: opens the main window on the bundled data with the article's view (China, asylum-seekers,
 * 2012–2024) or what the user last chose. {@code --smoke-test} opens the window, waits until both charts are
 * drawn, prints {@code first-frame-ms=N} (from JVM start) and exits.
 */
public final class AsylumTrendsApp extends Application {
    private AppPreferences preferences;
    private AppPreferences.WindowBounds bounds;
    private Selection selection;
    private MainModel model;
    private MainWindow window;
    private FileActions fileActions;
    private NewsroomActions newsroom;
    private Stage stage;
    private ThemeChoice themeChoice;
    private ThemeManager themes;

    /**
     * Read while JavaFX starts (about 300 ms), by {@link #launchApp}: the preferences (an XML file) and the bundled
     * data. Null when the app is started otherwise, as in tests; then init() and start() read them themselves.
     */
    private static CompletableFuture<AppPreferences> preferencesAhead;
    private static CompletableFuture<Loaded> dataAhead;

    public static void launchApp(String[] args) {
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "asylum-trends-startup");
            t.setDaemon(true);
            return t;
        });
        preferencesAhead = CompletableFuture.supplyAsync(AppPreferences::open, ahead);
        dataAhead = CompletableFuture.supplyAsync(AsylumTrendsApp::readBundled, ahead);
        org.asylumtrends.chart.WorldShapes.loading(); // the map's shapes, on their own thread while JavaFX starts
        ahead.shutdown();
        Application.launch(AsylumTrendsApp.class, args);
    }

    private static Loaded readBundled() {
        try {
            return new Loaded(DatasetLoader.loadBundledOpening(), EraTable.loadBundled());
        } catch (DataFormatException e) {
            throw new CompletionException(e);
        }
    }

    /** Runs on the launcher thread, not the FX thread: reading preferences may touch the disk. */
    @Override
    public void init() {
        preferences = preferencesAhead != null ? preferencesAhead.join() : AppPreferences.open();
        org.asylumtrends.ui.ChooserFolder.keepWith(preferences::lastFolder, preferences::saveLastFolder);
        bounds = preferences.windowBounds();
        selection = preferences.selection();
        // Before any text: words and digits in one locale. --lang (this run only) wins over View > Language.
        java.util.Optional<AppLanguage> asked;
        try {
            asked = AppLanguage.fromArguments(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            asked = java.util.Optional.empty(); // the launcher has refused it already; a test may pass anything
        }
        AppLocale.set(asked.map(l -> l.localeFor(java.util.Locale.getDefault()))
                .orElse(AppLocale.fromTag(preferences.locale())));
        themeChoice = preferences.themeChoice();
        AppLocale.setLargeNumberUnits(preferences.largeNumberUnits());
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        boolean smokeTest = getParameters().getRaw().contains("--smoke-test");
        model = new MainModel();
        model.select(selection);
        window = new MainWindow(model);
        window.panelsProperty().set(preferences.panels()); // issue 16: View > Panels, remembered
        window.panelsProperty().addListener((o, a, shown) -> preferences.savePanels(shown));
        TaskRunner runner = TaskRunner.background();
        fileActions = new FileActions(window, model, preferences, runner);
        newsroom = new NewsroomActions(window, model, fileActions.opener(), runner, this::browse);
        fileActions.setViewOpener(newsroom::openView);
        window.menu().quitItem().setOnAction(e -> stage.close());
        window.menu().aboutItem().setOnAction(e -> AboutDialog.show(stage, model.getDataset()));
        window.menu().exportItem().setOnAction(e -> {
            if (model.getChartData() != null) {
                var view = newsroom.currentView();
                ExportDialog.show(stage, model.getChartData(), model.getEditorial(), view.panels(), view.size(), runner,
                        preferences.exportPalette(), preferences::saveExportPalette, preferences.exportFormat(),
                        preferences::saveExportFormat)
                        .setOnSaved(window.statusBar()::flashSaved);
            }
        });
        window.menu().exportItem().disableProperty().bind(model.chartDataProperty().isNull());
        window.menu().claimsItem().setOnAction(e -> ClaimsView.showWindow(stage, model.getDataset(),
                model.erasProperty().get()));
        window.menu().findFigureItem().setOnAction(e -> org.asylumtrends.ui.finder.FinderView.showWindow(stage,
                model.getDataset(), model.erasProperty().get(), runner));

        Scene scene = new Scene(window);
        // Every window and dialog (Alerts too) is styled by the theme manager as it opens; this one before it is
        // sized, as its fonts decide its layout.
        themes = new ThemeManager(themeChoice);
        themes.style(scene);
        themes.watchWindows();
        window.menu().offerThemes(themes.choiceProperty());
        themes.choiceProperty().addListener((o, a, chosen) -> preferences.saveThemeChoice(chosen));
        window.menu().offerLanguages(AppLanguage.of(AppLocale.current()).orElse(AppLanguage.ENGLISH), chosen -> {
            preferences.saveLocale(chosen.locale().toLanguageTag());
            Alert restart = new Alert(Alert.AlertType.INFORMATION);
            restart.initOwner(stage);
            restart.setTitle(Messages.get("language.restart.title"));
            restart.setHeaderText(null);
            restart.setContentText(Messages.format("language.restart.text", chosen.autonym()));
            restart.show();
        });
        window.menu().offerLargeNumberUnits(AppLocale.largeNumberUnits(), on -> {
            preferences.saveLargeNumberUnits(on);
            Alert restart = new Alert(Alert.AlertType.INFORMATION);
            restart.initOwner(stage);
            restart.setTitle(Messages.get("menu.view.largeNumberUnits").replace("_", ""));
            restart.setHeaderText(null);
            restart.setContentText(Messages.get("numbers.restart.text"));
            restart.show();
        });
        fileActions.acceptDrops(scene);
        stage.setScene(scene);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = AsylumTrendsApp.class.getResource("/org/asylumtrends/ui/icons/asylum-trends-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm(), true)); // loads in the background
            }
        }
        stage.setTitle(Messages.get("app.title"));
        model.chartDataProperty().addListener((o, a, data) -> {
            if (data != null) {
                stage.setTitle(Messages.format("app.titleWithOrigin", Messages.countryName(data.origin())));
            }
        });
        // The stage's own size, set before it is shown: under a window manager JavaFX 21 opened a window sized only
        // by its scene at 200x200 (JDK-8316423); fitted to the screen it lands on (WindowPlacement).
        WindowPlacement.apply(stage, bounds.x(), bounds.y(), bounds.width(), bounds.height());
        stage.setMaximized(bounds.maximized());
        stage.setOnHidden(e -> saveState());
        if (smokeTest) {
            SmokeTest.watch(scene, window, model, getParameters().getRaw().contains(SmokeTest.WAIT_FOR_ALL_ORIGINS));
        }
        loadEveryOriginAfterFirstFrame(scene, runner);
        if (dataAhead != null && dataAhead.isDone() && !dataAhead.isCompletedExceptionally()) {
            // Read while JavaFX started: the first frame already has the charts, with one layout pass, not two.
            model.showDataset(dataAhead.join().dataset(), dataAhead.join().eras());
        }
        stage.show();
        if (model.getDataset() == null) {
            loadBundledData(runner);
        } else {
            fileActions.restore(preferences.openedData());
            openArguments();
        }
    }

    /**
     * Files named on the command line (the desktop entry's %F: a double-clicked CSV or view) are opened once the
     * bundled data are shown, as File > Open would.
     */
    private void openArguments() {
        if (getParameters() == null) {
            return; // started by a harness (TestFX) without a command line: PreferencesTest failed now and then
        }
        List<java.io.File> files = getParameters().getUnnamed().stream().filter(a -> !a.startsWith("--"))
                .map(java.io.File::new).toList();
        if (!files.isEmpty()) {
            fileActions.open(files);
        }
    }

    /** Opens a web page in the desktop's browser; offline or with no browser, nothing blocks and nothing fails. */
    private void browse(String url) {
        try {
            getHostServices().showDocument(url);
        } catch (RuntimeException e) {
            window.statusBar().notice(Messages.format("help.noBrowser", url));
        }
    }

    /** For tests: the window's model. */
    MainModel model() {
        return model;
    }

    /** For tests: what the app remembers. */
    AppPreferences preferences() {
        return preferences;
    }

    /** For tests: the theme of every window. */
    ThemeManager themes() {
        return themes;
    }

    /** For tests: undo, saved views, copy, help. */
    NewsroomActions newsroom() {
        return newsroom;
    }

    /** For tests: the window's file actions. */
    public FileActions fileActions() {
        return fileActions;
    }

    private void loadBundledData(TaskRunner runner) {
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                if (dataAhead == null) {
                    return new Loaded(DatasetLoader.loadBundledOpening(), EraTable.loadBundled());
                }
                try {
                    return dataAhead.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        };
        task.setOnSucceeded(e -> {
            Loaded loaded = task.getValue();
            model.showDataset(loaded.dataset(), loaded.eras());
            fileActions.restore(preferences.openedData());
            openArguments();
        });
        task.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.describe(task.getException()));
            alert.setTitle(Messages.get("error.load.title"));
            alert.setHeaderText(Messages.get("error.load.header"));
            alert.initOwner(stage);
            alert.show();
            if (getParameters().getRaw().contains("--smoke-test")) {
                System.err.println("smoke-test failed: " + task.getException());
                Platform.exit();
                System.exit(1);
            }
        });
        runner.run(task);
    }

    /**
     * Once the opening view (China) has been drawn, reads the bundled data of every origin in a task of its own (a
     * thread of its own: no other load or export waits for it, nor it for them) and shows them in its place, with
     * the same selection, if the opening data are still what is shown; data the user opened meanwhile stay. Started
     * after the first frame so that the two do not share the CPU while the window is built.
     */
    private void loadEveryOriginAfterFirstFrame(Scene scene, TaskRunner runner) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (model.getChartData() == null) {
                return;
            }
            scene.removePostLayoutPulseListener(once[0]);
            AsylumDataset opening = model.getDataset();
            Task<AsylumDataset> task = new Task<>() {
                @Override
                protected AsylumDataset call() throws Exception {
                    return DatasetLoader.loadBundled();
                }
            };
            task.setOnSucceeded(e -> {
                if (model.getDataset() == opening) {
                    model.showDataset(task.getValue(), model.erasProperty().get());
                }
            });
            // The opening view stays; every origin is one File > Open bundled data away, which says what failed.
            task.setOnFailed(e -> System.err.println("asylum-trends: the bundled data of every origin could not be"
                    + " read: " + task.getException()));
            Platform.runLater(() -> runner.run(task)); // after this pulse is rendered
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void saveState() {
        AppPreferences.WindowBounds b = new AppPreferences.WindowBounds(stage.getX(), stage.getY(),
                stage.isMaximized() ? bounds.width() : stage.getWidth(),
                stage.isMaximized() ? bounds.height() : stage.getHeight(), stage.isMaximized());
        preferences.save(b, model.getSelection());
    }

    @Override
    public void stop() {
        if (themes != null) {
            themes.close();
        }
        preferences.flush();
    }

    private record Loaded(AsylumDataset dataset, EraTable eras) {
    }

    /** Milliseconds since the JVM started. */
    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** For the smoke test and tests: the raw arguments. */
    List<String> arguments() {
        return getParameters().getRaw();
    }
}
