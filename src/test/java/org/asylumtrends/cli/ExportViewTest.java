package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
@Tag("slow") // several full figures
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
}
