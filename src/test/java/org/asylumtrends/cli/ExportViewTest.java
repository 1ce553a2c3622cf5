package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.export.ExportFixtures;
import org.asylumtrends.export.ExportSettings;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureExport;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.export.HeadlessToolkit;
import org.asylumtrends.export.ImageFormat;
import org.asylumtrends.view.View;
import org.asylumtrends.view.ViewData;
import org.asylumtrends.view.ViewFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --view}: a saved view renders headless to the same bytes as the view exported in the app, before
 * and after the file round trip (the "pixel-identical export").
 */
@Tag("slow") // several full figures, and two JVMs
class ExportViewTest {
    private static final View VIEW = new View(Selection.DEFAULT.withYears(new YearRange(2010, 2025)),
            Editorial.NONE.withTitle("Chinese asylum claims pending abroad hit a record").withByline("Chart: J. Doe")
                    .withAnnotations(List.of(Annotation.at(LocalDate.of(2020, 6, 30), "Hong Kong security law"))),
            FigureContent.BOTH, FigureSize.WIDE);

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    @Test
    void aSavedViewExportsHeadlessToTheSameBytesAsTheViewItself() throws Exception {
        Path file = dir.resolve("record.atview");
        ViewFile.write(file, VIEW, new ViewData(true, ViewData.shippedRelease(), List.of()));
        Path headless = dir.resolve("headless.png");

        CommandRun run = CommandRun.of("export", "--view", file.toString(), "--out", headless.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty(); // the data have not changed since the view was saved: no note
        byte[] fromOriginal = exported(VIEW, dir.resolve("original.png"));
        byte[] fromReopened = exported(ViewFile.read(file).view(), dir.resolve("reopened.png"));

        assertThat(fromReopened).as("reopened view, same PNG").isEqualTo(fromOriginal);
        assertThat(Files.readAllBytes(headless)).as("export --view, same PNG").isEqualTo(fromOriginal);
    }

    @Test
    void theSvgOfASavedViewHasTheHeadlineTheAnnotationTheAltTextAndTheSource() throws Exception {
        Path file = dir.resolve("record.atview");
        ViewFile.write(file, VIEW, new ViewData(true, ViewData.shippedRelease(), List.of()));
        Path svg = dir.resolve("record.svg");

        CommandRun run = CommandRun.of("export", "--view", file.toString(), "--out", svg.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains("<title>Chinese asylum claims pending abroad hit a record</title>",
                "Hong Kong security law", "Chart: J. Doe",
                "<desc>Asylum-seekers from China rose from ", "Source: UNHCR Refugee Population Statistics Database");
    }

    @Test
    void aViewWhoseDataChangedSaysSoAndStillRenders() throws Exception {
        Path file = dir.resolve("old.atview");
        ViewFile.write(file, VIEW, new ViewData(true, "2023.12.0", List.of()));

        CommandRun run = CommandRun.of("export", "--view", file.toString(), "--out", dir.resolve("o.svg").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("saved with the bundled data of release 2023.12.0");
    }

    @Test
    void optionsTheViewGivesAreRefusedBesideIt() throws Exception {
        Path file = dir.resolve("v.atview");
        ViewFile.write(file, VIEW, new ViewData(true, ViewData.shippedRelease(), List.of()));

        CommandRun run = CommandRun.of("export", "--view", file.toString(), "--chart", "trend", "--out",
                dir.resolve("x.png").toString());

        assertThat(run.exitCode()).isEqualTo(AsylumTrendsCommand.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("asylum-trends export: --chart cannot be given with --view: the saved"
                + " view says it (open the view in the app to change it)");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aHostileViewIsOneLineNamingFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.atview"), ViewFile.format(VIEW, new ViewData(true, "", List.of()))
                .replace("title: Chinese", "title: \u202EChinese"));

        CommandRun run = CommandRun.of("export", "--view", file.toString(), "--out", dir.resolve("x.png").toString());

        assertThat(run.exitCode()).isEqualTo(AsylumTrendsCommand.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("asylum-trends export: " + file
                + ", line 12: the title holds the character U+202E at position 1");
    }

    private static byte[] exported(View view, Path out) throws Exception {
        ChartData data = ChartData.of(DatasetLoader.loadBundled(), EraTable.loadBundled(), view.selection());
        ExportSettings settings = new ExportSettings(view.panels(), view.size(), ImageFormat.PNG, 1);
        FigureExport export = HeadlessToolkit.onFxThread(() -> FigureExport.prepare(data, settings, view.editorial()));
        export.writeTo(out);
        return Files.readAllBytes(out);
    }

    /**
     * The "a view saved, the app restarted and the view reopened gives a pixel-identical export": the same
     * saved view exported by two separate processes, one whose first figure it is and one that drew other figures
     * first, and by this test JVM (which has drawn windows and figures of its own), gives the same PNG, SVG and PDF
     * bytes. Before the fix Prism's region image cache, whose contents depend on what a process drew before, changed
     * 53 pixels at the markers; the SVG's clip ids and the PDF's date and file identifier came from the clock.
     */
    @Test
    void aSavedViewExportsToTheSameFilesInEveryProcess() throws Exception {
        Path view = dir.resolve("record.atview");
        ViewFile.write(view, VIEW, new ViewData(true, ViewData.shippedRelease(), List.of()));
        Files.createDirectories(dir.resolve("first"));
        Files.createDirectories(dir.resolve("later"));
        Files.createDirectories(dir.resolve("here"));

        FreshProcess.run(dir.resolve("first.log"), exports(view, dir.resolve("first")));
        // Another process, whose region cache holds an "in" view per 100,000 and a map before the view is drawn.
        String[] before = {"export", "--asylum", "KOR,USA", "--scale", "per-100k", "--out",
                dir.resolve("in.png").toString(), "+", "export", "--chart", "map", "--out",
                dir.resolve("map.png").toString(), "+"};
        FreshProcess.run(dir.resolve("later.log"), concat(before, exports(view, dir.resolve("later"))));
        String[] here = exports(view, dir.resolve("here"));
        for (int i = 0; i < here.length; i += 6) {
            CommandRun run = CommandRun.of(java.util.Arrays.copyOfRange(here, i, i + 5));
            assertThat(run.exitCode()).as(run.err()).isZero();
        }

        BufferedImage first = ImageIO.read(dir.resolve("first").resolve("view.png").toFile());
        assertThat(differingPixels(ImageIO.read(dir.resolve("later").resolve("view.png").toFile()), first))
                .as("pixels changed in a process that drew others first").isZero();
        assertThat(differingPixels(ImageIO.read(dir.resolve("here").resolve("view.png").toFile()), first))
                .as("pixels changed in the test JVM").isZero();
        for (String name : List.of("view.png", "view.svg", "view.pdf")) {
            byte[] fromFirst = Files.readAllBytes(dir.resolve("first").resolve(name));
            assertThat(mismatch(dir.resolve("later").resolve(name), fromFirst))
                    .as(name + ", a process that drew others first: the first byte that differs").isEqualTo(-1);
            assertThat(mismatch(dir.resolve("here").resolve(name), fromFirst))
                    .as(name + ", the test JVM: the first byte that differs").isEqualTo(-1);
        }
        String pdf = new String(Files.readAllBytes(dir.resolve("first").resolve("view.pdf")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(pdf).as("no date from the clock").doesNotContain("/CreationDate", "/ModDate");
        assertThat(Files.readString(dir.resolve("first").resolve("view.svg"))).as("clip ids still prefixed")
                .containsPattern("clipPath id='at[0-9a-f]{12}-clip-0'");
    }

    /** Where the file first differs from {@code expected} (-1: nowhere), rather than thousands of numbers. */
    static long mismatch(Path file, byte[] expected) throws java.io.IOException {
        return java.util.Arrays.mismatch(Files.readAllBytes(file), expected);
    }

    static long differingPixels(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return n;
    }

    private static String[] exports(Path view, Path folder) {
        return new String[] {
            "export", "--view", view.toString(), "--out", folder.resolve("view.png").toString(), "+",
            "export", "--view", view.toString(), "--out", folder.resolve("view.svg").toString(), "+",
            "export", "--view", view.toString(), "--out", folder.resolve("view.pdf").toString()};
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
