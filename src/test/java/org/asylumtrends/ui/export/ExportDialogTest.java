package org.asylumtrends.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javax.imageio.ImageIO;
import org.asylumtrends.export.ExportFixtures;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.export.HeadlessToolkit;
import org.asylumtrends.export.ImageFormat;
import org.asylumtrends.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/** The export dialog, driven headless: the preview follows the choices, saving writes the file or says why not. */
@Tag("slow") // a window: left out of the quick run (-Pquick)
class ExportDialogTest {
    /** Runs the background task at once, so the test sees its outcome. */
    private static final TaskRunner AT_ONCE = Task::run;

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void previewShowsTheFigureAtTheChosenProportions() throws Exception {
        ExportDialog dialog = open();
        double wide = HeadlessToolkit.onFxThread(() -> aspect(dialog));
        assertThat(wide).isCloseTo(1200.0 / 675, org.assertj.core.data.Offset.offset(0.02));

        double square = HeadlessToolkit.onFxThread(() -> {
            dialog.sizeChoice().setValue(FigureSize.SQUARE);
            return aspect(dialog);
        });
        assertThat(square).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));
    }

    /** The dialog starts in the format last chosen and reports each new choice, to be kept for the next run. */
    @Test
    void startsInTheFormatLastChosenAndReportsTheNext() throws Exception {
        ExportDialog dialog = open();
        java.util.List<ImageFormat> chosen = new java.util.ArrayList<>();
        String output = HeadlessToolkit.onFxThread(() -> {
            dialog.rememberFormat(ImageFormat.SVG, chosen::add);
            return dialog.output().getText();
        });
        assertThat(output).as("the dialog as SVG").startsWith("Vector");
        assertThat(chosen).as("starting is no choice").isEmpty();
        HeadlessToolkit.onFxThread(() -> {
            dialog.selectFormat(ImageFormat.PDF);
            return null;
        });
        assertThat(chosen).containsExactly(ImageFormat.PDF);
    }

    @Test
    void scaleAppliesToPngOnly() throws Exception {
        ExportDialog dialog = open();
        String png = HeadlessToolkit.onFxThread(() -> dialog.output().getText());
        assertThat(png).isEqualTo("2400 \u00d7 1350 pixels");
        HeadlessToolkit.onFxThread(() -> {
            dialog.selectFormat(ImageFormat.SVG);
            return null;
        });
        assertThat(HeadlessToolkit.onFxThread(() -> dialog.scaleChoice().isDisabled())).isTrue();
        assertThat(HeadlessToolkit.onFxThread(() -> dialog.output().getText())).startsWith("Vector");
    }

    @Test
    void savingWritesTheFigureAndCloses() throws Exception {
        ExportDialog dialog = open();
        Path target = dir.resolve("figure.png");
        AtomicReference<Path> saved = new AtomicReference<>();
        HeadlessToolkit.onFxThread(() -> {
            dialog.setOnSaved(saved::set);
            dialog.chartChoice().setValue(FigureContent.TREND);
            dialog.scaleChoice().setValue(3);
            dialog.saveTo(target);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage png = ImageIO.read(target.toFile());
        assertThat(png.getWidth()).isEqualTo(3600);
        assertThat(png.getHeight()).isEqualTo(2025);
        assertThat(saved.get()).isEqualTo(target);
        assertThat(HeadlessToolkit.onFxThread(() -> dialog.stage().isShowing())).isFalse();
        assertThat(dialog.lastError()).isNull();
        assertThat(org.asylumtrends.ui.ChooserFolder.folder()).as("the next chooser opens where this figure went")
                .contains(dir);
    }

    @Test
    void anUnwritableFolderIsReportedByPathAndNothingIsWritten() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path folder = Files.isWritable(locked) ? Path.of("/sys") : locked; // root writes anywhere but /sys
            Assumptions.assumeTrue(Files.isDirectory(folder));
            Path target = folder.resolve("figure.svg");
            ExportDialog dialog = open();
            HeadlessToolkit.onFxThread(() -> {
                dialog.selectFormat(ImageFormat.SVG);
                dialog.saveTo(target);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents(); // a task reports failure in a later pulse
            assertThat(dialog.lastError()).contains(target.toString()).contains("cannot be written to");
            assertThat(target).doesNotExist();
            assertThat(HeadlessToolkit.onFxThread(() -> dialog.stage().isShowing())).as("dialog stays open").isTrue();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSymbolicLinkChosenInTheWindowIsRefusedAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.svg"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("figure.svg"), real.getFileName());
        ExportDialog dialog = open();
        HeadlessToolkit.onFxThread(() -> {
            dialog.selectFormat(ImageFormat.SVG);
            dialog.saveTo(link);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.lastError()).startsWith("Cannot save " + link + ": it is a symbolic link to " + real);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("keep");
    }

    @Test
    void anSvgWhoseNamesHeldUnwritableCharactersSaysSoAfterSaving() throws Exception {
        var data = ExportFixtures.withDestinations("Bad\u0001Name");
        ExportDialog dialog = HeadlessToolkit.onFxThread(() -> ExportDialog.show(null, data, AT_ONCE));
        Path target = dir.resolve("figure.svg");
        HeadlessToolkit.onFxThread(() -> {
            dialog.chartChoice().setValue(FigureContent.DESTINATIONS);
            dialog.selectFormat(ImageFormat.SVG);
            dialog.saveTo(target);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(target).exists();
        // Two: the name in the bars, and again in the alt text of the SVG's <desc> (issue 17).
        assertThat(dialog.lastNotes()).isEqualTo("2 characters of the text cannot be held in an SVG (control"
                + " characters, U+FFFE, U+FFFF or a broken surrogate pair) and were replaced by the replacement"
                + " character U+FFFD.");
    }

    /** Issue 17: File > Export… carries the author's headline and annotation, and still the source. */
    @Test
    void theDialogExportsTheAuthorsHeadlineAndAnnotation() throws Exception {
        var data = ExportFixtures.defaultView();
        var editorial = org.asylumtrends.data.Editorial.NONE.withTitle("My own headline").withAnnotations(List.of(
                org.asylumtrends.data.Annotation.at(java.time.LocalDate.of(2020, 6, 30), "Security law")));
        ExportDialog dialog = HeadlessToolkit.onFxThread(() -> ExportDialog.show(null, data, editorial, AT_ONCE));
        Path target = dir.resolve("headline.svg");
        HeadlessToolkit.onFxThread(() -> {
            dialog.selectFormat(ImageFormat.SVG);
            dialog.saveTo(target);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(java.nio.file.Files.readString(target)).contains("<title>My own headline</title>", "Security law",
                "Source: UNHCR Refugee Population Statistics Database");
    }

    /**
     * Issue 18: over a window in the dark theme, "As on screen" saves a dark figure and says so to whoever remembers
     * the choice; the print choice, the default, saves it on white; over a light window both are the print figure.
     */
    @Test
    void asOnScreenOverADarkWindowSavesADarkFigureAndPrintAWhiteOne() throws Exception {
        var data = ExportFixtures.defaultView();
        java.util.List<PaletteChoice> remembered = new java.util.ArrayList<>();
        javafx.stage.Stage dark = HeadlessToolkit.onFxThread(() -> {
            javafx.stage.Stage owner = new javafx.stage.Stage();
            javafx.scene.Scene scene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100);
            scene.getStylesheets().setAll(org.asylumtrends.ui.theme.Theme.DARK.stylesheets());
            owner.setScene(scene);
            return owner;
        });
        ExportDialog dialog = HeadlessToolkit.onFxThread(() -> ExportDialog.show(dark, data,
                org.asylumtrends.data.Editorial.NONE, AT_ONCE, PaletteChoice.PRINT, remembered::add));
        Path print = dir.resolve("print.png");
        Path screen = dir.resolve("screen.png");
        HeadlessToolkit.onFxThread(() -> {
            dialog.saveTo(print);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ExportDialog again = HeadlessToolkit.onFxThread(() -> ExportDialog.show(dark, data,
                org.asylumtrends.data.Editorial.NONE, AT_ONCE, PaletteChoice.PRINT, remembered::add));
        HeadlessToolkit.onFxThread(() -> {
            again.paletteChoice().setValue(PaletteChoice.AS_ON_SCREEN);
            again.saveTo(screen);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(javax.imageio.ImageIO.read(print.toFile()).getRGB(4, 4) & 0xffffff).isEqualTo(0xffffff);
        assertThat(javax.imageio.ImageIO.read(screen.toFile()).getRGB(4, 4) & 0xffffff).isEqualTo(0x1e2124);
        assertThat(remembered).containsExactly(PaletteChoice.AS_ON_SCREEN);
        assertThat(PaletteChoice.AS_ON_SCREEN.palette(org.asylumtrends.ui.theme.Theme.LIGHT))
                .isEqualTo(org.asylumtrends.export.FigurePalette.PRINT);
    }

    /** A reopened view's panels and size, even one not among the presets, are the dialog's first choice. */
    @Test
    void startsWithTheViewsPanelsAndSize() throws Exception {
        var data = ExportFixtures.defaultView();
        FigureSize custom = new FigureSize(1000, 800, "");
        org.asylumtrends.export.ExportSettings s = HeadlessToolkit.onFxThread(() -> ExportDialog.show(null, data,
                org.asylumtrends.data.Editorial.NONE, FigureContent.TREND, custom, AT_ONCE).settings());
        assertThat(s.content()).isEqualTo(FigureContent.TREND);
        assertThat(s.size()).isEqualTo(custom);
    }

    private static ExportDialog open() throws Exception {
        var data = ExportFixtures.defaultView();
        return HeadlessToolkit.onFxThread(() -> ExportDialog.show(null, data, AT_ONCE));
    }

    private static double aspect(ExportDialog dialog) {
        var image = dialog.preview().getImage();
        assertThat(image).isNotNull();
        return image.getWidth() / image.getHeight();
    }
}
