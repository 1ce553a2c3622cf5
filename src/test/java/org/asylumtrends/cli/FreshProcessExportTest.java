package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.export.ExportFixtures;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.view.View;
import org.asylumtrends.view.ViewData;
import org.asylumtrends.view.ViewFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "a view saved, the app restarted and the view reopened gives a pixel-identical export": the same saved
 * view exported by two separate processes, one whose first figure it is and one that drew other figures first, and
 * by this test JVM (which has drawn windows and figures of its own), gives the same PNG, SVG and PDF bytes.
 * Before the fix Prism's region image cache, whose contents depend on what a process drew before, changed 53
 * pixels at the markers; the SVG's clip ids and the PDF's date and file identifier came from the clock.
 */
@Tag("slow") // two JVMs
class FreshProcessExportTest {
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
