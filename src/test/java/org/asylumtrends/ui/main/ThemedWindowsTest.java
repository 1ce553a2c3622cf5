package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.asylumtrends.export.ExportSettings;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureExport;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.export.ImageFormat;
import org.asylumtrends.ui.claims.ClaimsView;
import org.asylumtrends.ui.theme.Theme;
import org.asylumtrends.ui.theme.ThemeChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window the app opens — main window, claims window, export dialog, an error Alert, the About box — carries
 * the theme's stylesheets; View > Theme > Dark turns them all dark (a computed background, not a class name), and
 * the exported figure stays on white paper whatever the screen shows.
 */
class ThemedWindowsTest {
    private static final String NODE = "asylumtrends-test-themes";
    private final FxRobot robot = new FxRobot();
    private RunningApp running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void everyWindowAndDialogCarriesTheThemeAndTurnsDarkWithIt() throws Exception {
        running = RunningApp.start(NODE);
        MainWindow window = running.window();
        assertThat(running.app().themes().getTheme()).as("the default theme").isEqualTo(Theme.LIGHT);
        File bad = new File(ThemedWindowsTest.class.getResource("/fixtures/ui/bad-count.csv").toURI());
        running.app().fileActions().setOpenChooser(owner -> List.of(bad));
        robot.interact(() -> window.menu().claimsItem().fire());
        robot.interact(() -> window.menu().openItem().fire());
        waitUntil(() -> root(ClaimsView.class) != null && dialogPane("loadErrorDialog") != null);
        robot.interact(() -> window.menu().exportItem().fire());
        waitUntil(() -> exportDialogRoot() != null);

        List<Parent> roots = fx(() -> List.of(window, root(ClaimsView.class), exportDialogRoot(),
                dialogPane("loadErrorDialog")));
        for (Parent root : roots) {
            assertThat(root.getScene().getStylesheets()).as("stylesheets of %s", root)
                    .startsWith(Theme.LIGHT.stylesheets().toArray(String[]::new));
        }
        double lightMain = luminance(fx(() -> background(window)));
        double lightAlert = luminance(fx(() -> background(dialogPane("loadErrorDialog"))));
        assertThat(lightMain).as("light main window background").isGreaterThan(0.8);
        assertThat(lightAlert).as("light error Alert background").isGreaterThan(0.8);

        robot.interact(() -> themeItem(window, ThemeChoice.DARK).fire());
        robot.interact(() -> window.menu().aboutItem().fire()); // a dialog opened after the switch
        waitUntil(() -> aboutPane() != null);

        List<Parent> darkRoots = fx(() -> List.of(window, root(ClaimsView.class), exportDialogRoot(),
                dialogPane("loadErrorDialog"), aboutPane()));
        for (Parent root : darkRoots) {
            assertThat(root.getScene().getStylesheets()).as("stylesheets of %s", root)
                    .startsWith(Theme.DARK.stylesheets().toArray(String[]::new))
                    .doesNotContain(Theme.LIGHT.tokensStylesheet());
        }
        robot.interact(() -> window.applyCss());
        assertThat(luminance(fx(() -> background(window)))).as("dark main window background")
                .isLessThan(0.2);
        assertThat(luminance(fx(() -> background(dialogPane("loadErrorDialog")))))
                .as("error Alert background after the switch").isLessThan(0.2);
        assertThat(luminance(fx(() -> background(aboutPane()))))
                .as("About box opened in the dark theme").isLessThan(0.2);
        assertThat(luminance(fx(() -> background((Region) root(ClaimsView.class)))))
                .as("claims window background").isLessThan(0.2);
        assertThat(fx(() -> window.menu().themeMenu().getItems().stream()
                .filter(i -> ((javafx.scene.control.RadioMenuItem) i).isSelected()).map(MenuItem::getId).toList()))
                .containsExactly("theme-dark");

        // Exports stay light: the PNG's page and the export preview, both drawn while the screen is dark.
        ExportSettings settings = new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.PNG, 1);
        FigureExport figure = fx(() -> FigureExport.prepare(running.app().model().getChartData(), settings));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        figure.writeTo(bytes);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(png.getRGB(4, 4) & 0xffffff).as("PNG page corner").isEqualTo(0xffffff);
        assertThat(png.getRGB(png.getWidth() / 2, png.getHeight() - 4) & 0xffffff).as("PNG page foot")
                .isEqualTo(0xffffff);
        robot.interact(() -> exportDialogRoot().getScene().getWindow().hide());
        robot.interact(() -> window.menu().exportItem().fire());
        waitUntil(() -> exportDialogRoot() != null);
        Color previewCorner = fx(() -> {
            ImageView preview = (ImageView) exportDialogRoot().lookup(".export-preview").lookup(".image-view");
            return preview.getImage().getPixelReader().getColor(2, 2);
        });
        assertThat(luminance(previewCorner)).as("export preview page, in the dark theme").isGreaterThan(0.99);
    }

    @Test
    void theChosenThemeIsRememberedForTheNextStart() throws Exception {
        running = RunningApp.start(NODE, node -> node.put("theme", ThemeChoice.DARK.id()));
        MainWindow window = running.window();
        assertThat(running.app().themes().getTheme()).isEqualTo(Theme.DARK);
        assertThat(luminance(fx(() -> background(window)))).as("main window at start").isLessThan(0.2);

        robot.interact(() -> themeItem(window, ThemeChoice.LIGHT).fire());
        assertThat(luminance(fx(() -> {
            window.applyCss();
            return background(window);
        }))).as("main window after View > Theme > Light").isGreaterThan(0.8);
        assertThat(running.app().preferences().themeChoice()).isEqualTo(ThemeChoice.LIGHT);
    }

    private static MenuItem themeItem(MainWindow window, ThemeChoice choice) {
        return window.menu().themeMenu().getItems().stream().filter(i -> ("theme-" + choice.id()).equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static Parent root(Class<?> type) {
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            if (w.isShowing() && s != null && type.isInstance(s.getRoot())) {
                return s.getRoot();
            }
        }
        return null;
    }

    private static Parent exportDialogRoot() {
        for (Window w : Window.getWindows()) {
            Scene s = w.getScene();
            if (w.isShowing() && s != null && s.getRoot().getStyleClass().contains("export-dialog")) {
                return s.getRoot();
            }
        }
        return null;
    }

    private static DialogPane dialogPane(String id) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot().lookup("#" + id) instanceof DialogPane p) {
                return p;
            }
        }
        return null;
    }

    /** The About box: the information Alert whose header names the app. */
    private static DialogPane aboutPane() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot().lookup(".dialog-pane") instanceof DialogPane p
                    && p.getHeaderText() != null && p.getHeaderText().contains("Asylum Trends")) {
                return p;
            }
        }
        return null;
    }

    private static Color background(Region region) {
        region.applyCss();
        return (Color) region.getBackground().getFills().get(0).getFill();
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(
                WaitForAsyncUtils.asyncFx(condition).get()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
