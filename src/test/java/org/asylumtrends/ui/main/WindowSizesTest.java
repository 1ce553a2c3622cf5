package org.asylumtrends.ui.main;

import org.asylumtrends.ui.model.MainModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Fixtures;
import org.asylumtrends.data.Measure;
import org.asylumtrends.chart.DestinationChart;
import org.asylumtrends.chart.TrendChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Tag;

/**
 * The main window laid out at a laptop's and a desktop's size, asserting on what is drawn: names that fit, values
 * inside the plot, selectors at full width, every label whole. The headless screen is 1000x1000 and a shown window
 * larger than that crashes it, so the window is laid out in a Scene of the exact size that is not shown (CSS and
 * layout run as for a frame; only painting is skipped).
 */
@Tag("slow") // a window: left out of the quick run (-Pquick)
class WindowSizesTest {
    private static AsylumDataset bundled;
    private static AsylumDataset twoOrigins;
    private static EraTable eras;

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        bundled = DatasetLoader.loadBundled();
        twoOrigins = Fixtures.load("ui/two-origins-population.csv");
        eras = EraTable.loadBundled();
    }

    private record Laid(MainModel model, MainWindow window, Scene scene) {
    }

    private static Laid layOut(AsylumDataset data, Measure measure, int width, int height) {
        Laid[] out = new Laid[1];
        // 30 s: the first window of a run pays for the toolkit's and the style sheets' start, 10 s on a loaded machine
        WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
            MainModel model = new MainModel();
            MainWindow window = new MainWindow(model);
            Scene scene = new Scene(window, width, height);
            scene.getStylesheets().setAll(org.asylumtrends.ui.theme.Theme.LIGHT.stylesheets()); // as the app's ThemeManager does
            model.showDataset(data, eras);
            model.selectMeasure(measure);
            for (int i = 0; i < 3; i++) { // charts settle their axes over a few passes, as over a few frames
                window.applyCss();
                window.layout();
            }
            out[0] = new Laid(model, window, scene);
        });
        return out[0];
    }

    /** Every measure names every bar, the recognition rate too (its longer explanation leaves the bars less room). */
    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024, 700, RECOGNITION_RATE", "1024, 700, REJECTED", "1366, 768, RECOGNITION_RATE",
            "1024, 700, REFUGEES"})
    void everyMeasureNamesEveryBar(int width, int height, Measure measure) {
        Laid laid = layOut(bundled, measure, width, height);
        assertEveryBarNamed(laid.window().destinations().chart(), width + "x" + height + " " + measure);
        // With countries compared the chips take a row or two of the window's height from the charts.
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            laid.model().select(laid.model().getSelection().withOrigins(List.of("CHN", "RUS", "IRN", "KOR")));
            for (int i = 0; i < 3; i++) {
                laid.window().applyCss();
                laid.window().layout();
            }
            assertEveryBarNamed(laid.window().destinations().chart(), width + "x" + height + " " + measure + " compared");
        });
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768", "1920, 1080"})
    void barsNamesAndValuesFit(int width, int height) {
        Laid laid = layOut(bundled, Measure.APPLICATIONS_NEW, width, height);
        DestinationChart bars = laid.window().destinations().chart();
        DrawnChecks.barsEqualTheRanking(bars, laid.model().getChartData(), width + "x" + height);
        // "United Kingdom of Great Britain and Northern Ireland" took half the bar panel at 1024x700.
        List<Text> names = tickLabels(bars.getYAxis());
        assertThat(names).extracting(Text::getText).contains("United Kingdom", "United States");
        assertEveryBarNamed(bars, width + "x" + height);
        for (Text name : names) {
            assertThat(name.getLayoutBounds().getWidth()).as("drawn width of %s", name.getText()).isLessThanOrEqualTo(151);
            assertInside(name, bars, "name " + name.getText());
        }
        assertThat(bars.getXAxis().getWidth()).as("plot width").isGreaterThan(bars.getWidth() * 0.45);
        // The US value was clipped to "14…": every value is inside the plot.
        for (Text value : bars.valueLabels()) {
            Bounds b = value.getBoundsInParent();
            assertThat(b.getMinX()).as("value %s", value.getText()).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxX()).as("value %s", value.getText()).isLessThanOrEqualTo(bars.getXAxis().getWidth() + 0.5);
        }
        assertWhole(axisLabel(bars.getXAxis()), "bar axis title");
        TrendChart trend = laid.window().trend().chart();
        assertWhole(axisLabel(trend.getYAxis()), "trend axis title");
        assertWhole(axisLabel(trend.getXAxis()), "year axis title");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768", "1920, 1080"})
    void selectorsKeepTheirWidthAndDescriptionsWrap(int width, int height) {
        Laid laid = layOut(bundled, Measure.APPLICATIONS_NEW, width, height);
        var combo = laid.window().measureSelector().measures();
        assertThat(combo.getWidth()).as("measure box width").isGreaterThanOrEqualTo(combo.prefWidth(-1) - 0.5);
        Labeled button = combo.getButtonCell();
        assertThat(button.getText()).isEqualTo("New asylum applications");
        assertWhole(button, "measure box");
        var description = laid.window().measureSelector().description();
        assertWhole(description, "measure description");
        assertInsideScene(description, laid.scene());

        Laid two = layOut(twoOrigins, Measure.ASYLUM_SEEKERS, width, height);
        var origin = two.window().originChooser().combo();
        assertThat(two.window().originChooser().isVisible()).isTrue();
        assertThat(origin.getWidth()).as("origin box width").isGreaterThanOrEqualTo(origin.prefWidth(-1) - 0.5);
    }

    /**
     * At 1366 px the era list under the slider wraps to two lines for 2012–2025 and fits on one for 2025 alone: the
     * slider above it moved up 16 px and down again as the years changed, under the pointer of whoever dragged it.
     * Through a sequence of year ranges it stays where it is, and every text stays whole; another measure lets the
     * strip shrink back to the one line it needs.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768", "1920, 1080"})
    void theSliderStaysPutWhileTheYearsChange(int width, int height) {
        Laid laid = layOut(bundled, Measure.ASYLUM_SEEKERS, width, height);
        MainWindow w = laid.window();
        double[] at = new double[1];
        int[][] ranges = {{2012, 2025}, {2025, 2025}, {2000, 2025}, {2024, 2024}, {2012, 2024}, {2000, 2000}};
        double first = Double.NaN;
        for (int[] r : ranges) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                laid.model().select(laid.model().getSelection().withYears(new org.asylumtrends.data.YearRange(r[0], r[1])));
                for (int i = 0; i < 3; i++) {
                    w.applyCss();
                    w.layout();
                }
                at[0] = w.yearFilter().slider().localToScene(0, 0).getY();
            });
            String what = width + "x" + height + " " + r[0] + "–" + r[1];
            if (Double.isNaN(first)) {
                first = at[0];
            }
            assertThat(at[0]).as("%s: the slider's top", what).isCloseTo(first, org.assertj.core.data.Offset.offset(0.5));
            assertWhole(w.summary().erasLabel(), what + " eras " + w.summary().erasLabel().getText());
            assertInsideScene(w.summary().erasLabel(), laid.scene());
        }
        Laid fresh = layOut(bundled, Measure.APPLICATIONS_NEW, width, height);
        double[] heights = new double[2];
        for (Laid l : List.of(fresh, laid)) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                l.model().selectMeasure(Measure.APPLICATIONS_NEW);
                l.model().select(l.model().getSelection().withYears(new org.asylumtrends.data.YearRange(2025, 2025)));
                for (int i = 0; i < 3; i++) {
                    l.window().applyCss();
                    l.window().layout();
                }
                heights[l == fresh ? 0 : 1] = l.window().summary().getHeight();
            });
        }
        assertThat(heights[1]).as("the strip after another measure, as tall as a new window's")
                .isCloseTo(heights[0], org.assertj.core.data.Offset.offset(0.5));
    }

    /**
     * The add box read "Add a country (name or I…" at 1366 px, and with eight countries "At most 8 countries are
     * c…"; the two lines of chips then stretched it and the origin box to 60 px. Each prompt is whole, in each
     * language, and both boxes keep their height.
     */
    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1024, 700, en", "1366, 768, en", "1920, 1080, en", "1366, 768, zh", "1366, 768, ko"})
    void theCompareBoxesPromptsAreWholeAndTheBoxesKeepTheirHeight(int width, int height, String language)
            throws Exception {
        java.util.Locale was = org.asylumtrends.text.AppLocale.current();
        org.asylumtrends.text.AppLocale.set(java.util.Locale.forLanguageTag(language));
        try {
            Laid laid = layOut(Comparisons.nineOrigins(), Measure.ASYLUM_SEEKERS, width, height);
            var adder = laid.window().compareBar().adder();
            assertPromptWhole(adder, "empty add box");
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                laid.model().select(laid.model().getSelection().withOrigins(Comparisons.ORIGINS.subList(0, 8)));
                for (int i = 0; i < 3; i++) {
                    laid.window().applyCss();
                    laid.window().layout();
                }
            });
            assertThat(laid.window().compareBar().chips()).hasSize(7);
            assertThat(adder.isDisabled()).isTrue();
            assertPromptWhole(adder, "full add box");
            var origin = laid.window().originChooser().combo();
            for (var box : List.of(adder, origin)) {
                assertThat(box.getHeight()).as("%s height", box.getId()).isCloseTo(box.prefHeight(-1),
                        org.assertj.core.data.Offset.offset(0.5));
            }
        } finally {
            org.asylumtrends.text.AppLocale.set(was);
        }
    }

    private static void assertPromptWhole(javafx.scene.control.ComboBox<?> box, String what) {
        // The cell that shows the prompt is the skin's list box's button cell (a hidden one measures the items).
        Labeled cell = (Labeled) box.lookupAll(".list-cell").stream()
                .filter(n -> n.getParent() != null && "filtered".equals(n.getParent().getId())).findFirst().orElseThrow();
        assertThat(cell.getText()).as(what).isEqualTo(box.getPromptText());
        assertWhole(cell, what);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768", "1920, 1080"})
    void everythingIsOnScreenAndWhole(int width, int height) {
        Laid laid = layOut(bundled, Measure.ASYLUM_SEEKERS, width, height);
        MainWindow w = laid.window();
        for (Labeled l : List.<Labeled>of(w.summary().valueLabel(), w.summary().changeLabel(), w.summary().erasLabel(),
                w.yearFilter().selectionText(), w.trend().eraLegend())) {
            assertWhole(l, l.getId() + " " + l.getText());
            assertInsideScene(l, laid.scene());
        }
        assertInsideScene(w.statusBar(), laid.scene());
        Labeled origin = w.statusBar().originLabel();
        if (width >= 1366) {
            assertThat(origin.isVisible()).as("the status bar's origin at %dx%d", width, height).isTrue();
        }
        if (origin.isVisible()) {
            assertWhole(origin, "status bar origin");
        }
        // A long notice gives way to the source line, which stays whole where it fits.
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            w.statusBar().notice("Saved the figure: /home/someone/Documents/" + "figures/".repeat(12) + "figure.png");
            w.applyCss();
            w.layout();
            assertWhole(w.statusBar().sourceLabel(), width + "x" + height + " source line beside a long notice");
        });
        assertWhole(axisLabel(w.destinations().chart().getXAxis()), "bar axis title");
        assertWhole(axisLabel(w.trend().chart().getYAxis()), "trend axis title");
        for (Text value : w.destinations().chart().valueLabels()) {
            assertThat(value.getBoundsInParent().getMaxX()).as("value %s", value.getText())
                    .isLessThanOrEqualTo(w.destinations().chart().getXAxis().getWidth() + 0.5);
        }
        assertThat(w.destinations().chart().getHeight()).as("bar chart height").isGreaterThan(250);
        assertEveryBarNamed(w.destinations().chart(), width + "x" + height);
        TrendChart trend = w.trend().chart();
        List<Text> ticks = tickLabels(trend.getYAxis());
        assertThat(ticks.size()).as("about five gridlines").isBetween(4, 8);
        assertThat(ticks).extracting(Text::getText).doesNotHaveDuplicates();
    }

    /**
     * "Saved … in Documents" is read whole even beside the per-100,000 source line, which is wider than a 1024 px
     * window; it goes after a while, and a notice shown since stays.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768"})
    void aSavedFigureIsSaidWholeBesideTheLongestSourceLineThenGoes(int width, int height) throws Exception {
        Laid laid = layOut(bundled, Measure.ASYLUM_SEEKERS, width, height); // the bundle's source line, the longest
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            laid.model().select(laid.model().getSelection().withScale(org.asylumtrends.data.Scale.PER_100K));
            StatusBar bar = laid.window().statusBar();
            bar.flash(StatusBar.savedNotice(java.nio.file.Path.of("/home/someone/Documents/"
                    + "asylum-seekers-CHN-RUS-IRN-KOR-2012-2024-per-100k-figure.png")), "/home/someone/Documents/f.png");
            laid.window().applyCss();
            laid.window().layout();
            Labeled notice = (Labeled) bar.lookup("#statusNotice");
            assertThat(bar.sourceLabel().getText()).contains("Population");
            // What is drawn: the start and the folder, whatever is cut between them.
            String drawn = ((Text) notice.lookup(".text")).getText();
            assertThat(drawn).as("%dx%d saved notice as drawn", width, height).startsWith("Saved asylum-seekers-")
                    .endsWith(" in Documents");
            assertThat(notice.getWidth()).as("the notice's room")
                    .isGreaterThanOrEqualTo(Math.min(notice.prefWidth(-1), width * 0.4) - 1);
            bar.flashEnded();
            assertThat(bar.noticeText()).isEmpty();
            bar.flash("Saved a.png in Documents", "/a.png");
            bar.notice("Loaded b.csv");
            bar.flashEnded();
            assertThat(bar.noticeText()).as("a later notice stays").isEqualTo("Loaded b.csv");
        });
    }

    /**
     * Eight lines take the trend chart's height for their key; on every scale its axis title stays whole, shortened
     * if it must ("Asylum-seekers per 100k"), never cut ("…per 100,000 popula…" was seen at 1366x768).
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768", "1920, 1080"})
    void withEightLinesTheValueAxisTitleIsWholeOnEveryScale(int width, int height) throws Exception {
        Laid laid = layOut(Comparisons.nineOrigins(), Measure.ASYLUM_SEEKERS, width, height);
        for (org.asylumtrends.data.Scale scale : org.asylumtrends.data.Scale.values()) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                laid.model().select(laid.model().getSelection().withOrigins(Comparisons.ORIGINS.subList(0, 8))
                        .withScale(scale));
                for (int i = 0; i < 3; i++) {
                    laid.window().applyCss();
                    laid.window().layout();
                }
                Labeled title = axisLabel(laid.window().trend().chart().getYAxis());
                assertThat(title.getText()).as("%s: a title", scale).isNotBlank();
                assertWhole(title, width + "x" + height + " " + scale + " trend axis title");
            });
        }
    }

    /**
     * The sequence seen under openbox at 1366x768: new applications, the years dragged to 2007–2020 one year at a
     * time, then another origin; after each the bars' value axis still labels its maximum.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768"})
    void theBarsAxisLabelsItsMaximumThroughASequence(int width, int height) {
        Laid laid = layOut(bundled, Measure.APPLICATIONS_NEW, width, height);
        List<Runnable> steps = new java.util.ArrayList<>();
        for (int from = 2011; from >= 2007; from--) {
            int f = from;
            steps.add(() -> laid.model().selectYears(f, 2024));
        }
        for (int to = 2023; to >= 2020; to--) {
            int t = to;
            steps.add(() -> laid.model().selectYears(2007, t));
        }
        steps.add(() -> laid.model().selectOrigin("AFG"));
        for (Runnable step : steps) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                step.run();
                for (int i = 0; i < 3; i++) {
                    laid.window().applyCss();
                    laid.window().layout();
                }
            });
            var axis = (javafx.scene.chart.ValueAxis<Number>) laid.window().destinations().chart().getXAxis();
            String upper = org.asylumtrends.text.Formats.value(Measure.APPLICATIONS_NEW, axis.getUpperBound());
            assertThat(tickLabels(axis)).extracting(Text::getText).as("%dx%d %s: bar axis labels", width, height,
                    laid.model().getSelection()).contains("0", upper);
        }
    }

    /**
     * With the map beside the trend and the bars, as a user chooses under View > Panels, the notes under the
     * trend are whole too (at 1024 px the era legend ended "· Xi …") and the bars' axis keeps its title whole.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768"})
    void withTheMapTheNotesAndAxisTitlesAreWhole(int width, int height) {
        Laid laid = layOut(bundled, Measure.ASYLUM_SEEKERS, width, height);
        showTheMapToo(laid);
        MainWindow w = laid.window();
        assertWhole(w.trend().eraLegend(), "era legend " + w.trend().eraLegend().getText());
        assertInsideScene(w.trend().eraLegend(), laid.scene());
        assertWhole(axisLabel(w.destinations().chart().getXAxis()), "bar axis title");
        assertWhole(axisLabel(w.trend().chart().getYAxis()), "trend axis title");
    }

    /**
     * The year axis' labels: at 1024x700 JavaFX hid 2013 and 2023, each too close to its neighbour at the ends, and
     * the axis read 2012, 2014, 2015 … 2022, 2024. Every tick's label is drawn now, none touches the next, and the
     * years go in one step (1, 2, 5 …) from a year divisible by it; with the map beside it too, and for 2000–2025.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 700", "1366, 768", "1920, 1080"})
    void everyYearLabelIsDrawnNoneOverlapsAndTheStepIsRegular(int width, int height) {
        Laid laid = layOut(bundled, Measure.ASYLUM_SEEKERS, width, height);
        String size = width + "x" + height;
        assertYearAxisRegular(laid, size, 2012, 2024);
        if (width >= 1366) {
            assertThat(((org.asylumtrends.chart.YearAxis) laid.window().trend().chart().getXAxis()).tickUnit())
                    .as("%s: room for every year", size).isEqualTo(1);
        }
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> laid.model().selectYears(2000, 2025));
        showTheMapToo(laid);
        assertYearAxisRegular(laid, size + " with the map, 2000-2025", 2000, 2025);
    }

    /** View > Panels > Map, beside the default panels; laid out over three passes, as over three frames. */
    private static void showTheMapToo(Laid laid) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            var panels = java.util.EnumSet.copyOf(WindowPanel.DEFAULT);
            panels.add(WindowPanel.MAP);
            laid.window().panelsProperty().set(java.util.Set.copyOf(panels));
            for (int i = 0; i < 3; i++) {
                laid.window().applyCss();
                laid.window().layout();
            }
        });
    }

    private static void assertYearAxisRegular(Laid laid, String what, int from, int to) {
        var axis = (org.asylumtrends.chart.YearAxis) laid.window().trend().chart().getXAxis();
        int step = axis.tickUnit();
        assertThat(step).as("%s: step", what).isIn(1, 2, 5, 10, 20, 50);
        List<Text> drawn = tickLabels(axis);
        assertThat(drawn).as("%s: every tick has its label drawn", what).hasSameSizeAs(axis.getTickMarks());
        List<Integer> years = drawn.stream().map(t -> Integer.parseInt(t.getText())).toList();
        assertThat(years).as("%s: years labelled", what).isSorted().isNotEmpty();
        for (int i = 0; i < years.size(); i++) {
            assertThat(years.get(i) % step).as("%s: %d on a round year", what, years.get(i)).isZero();
            if (i > 0) {
                assertThat(years.get(i) - years.get(i - 1)).as("%s: a regular step", what).isEqualTo(step);
                Bounds left = drawn.get(i - 1).getBoundsInParent();
                Bounds right = drawn.get(i).getBoundsInParent();
                // A clear gap: more than JavaFX's minimum, below which it hides a label, and a third of a label,
                // below which "2012 2013 2014" reads as one run of digits (it had 5 px at 1024x700 on the desktop).
                assertThat(right.getMinX() - left.getMaxX()).as("%s: gap %d to %d", what, years.get(i - 1), years.get(i))
                        .isGreaterThan(axis.getTickLabelGap())
                        .isGreaterThanOrEqualTo(Math.min(left.getWidth(), right.getWidth()) / 3 - 0.5);
            }
        }
        assertThat(years.get(0)).as("%s: first label", what).isLessThan(from + step);
        assertThat(years.get(years.size() - 1)).as("%s: last label", what).isGreaterThan(to - step);
    }

    @org.junit.jupiter.api.Test
    void namesComeBackWhenTheWindowGrows() {
        Laid laid = layOut(bundled, Measure.ASYLUM_SEEKERS, 1366, 420);
        DestinationChart bars = laid.window().destinations().chart();
        assertThat(tickLabels(bars.getYAxis()).size()).as("names drawn in a short window").isLessThan(11);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            for (int i = 0; i < 3; i++) {
                laid.window().resize(1366, 768);
                laid.window().applyCss();
                laid.window().layout();
            }
        });
        assertThat(tickLabels(bars.getYAxis())).as("names drawn once the window is taller").hasSize(11);
        DrawnChecks.barsEqualTheRanking(bars, laid.model().getChartData(), "grown to 1366x768");
    }

    /**
     * Every bar has its name drawn beside it, whole: the axis hides names that do not fit (a short window drew 7 of
     * 11), and a bar without its name cannot be read. Each name is drawn as its row gives it (the cut with "…" is
     * the row's own), level with its bar, and inside the chart.
     */
    private static void assertEveryBarNamed(DestinationChart bars, String what) {
        List<Text> names = tickLabels(bars.getYAxis());
        assertThat(names).extracting(Text::getText).as("%s: a name for every bar", what)
                .containsExactlyInAnyOrderElementsOf(bars.rows().stream().map(DestinationChart.Row::label).toList());
        for (int i = 0; i < bars.rows().size(); i++) {
            String label = bars.rows().get(i).label();
            Text name = names.stream().filter(t -> t.getText().equals(label)).findFirst().orElseThrow();
            Node bar = bars.bars().get(i).getNode();
            Bounds n = name.localToScene(name.getBoundsInLocal());
            Bounds b = bar.localToScene(bar.getBoundsInLocal());
            assertThat(n.getCenterY()).as("%s: %s level with its bar", what, label)
                    .isBetween(b.getMinY() - 1, b.getMaxY() + 1);
            assertInside(name, bars, what + " name " + label);
        }
    }

    private static List<Text> tickLabels(Axis<?> axis) {
        return axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.isVisible())
                .map(n -> (Text) n).toList();
    }

    private static Labeled axisLabel(Axis<?> axis) {
        return (Labeled) axis.lookup(".axis-label");
    }

    private static void assertWhole(Labeled l, String what) {
        assertThat(l.isTextTruncated()).as("%s is cut: '%s' in %.0f px", what, l.getText(), l.getWidth()).isFalse();
        if (!l.isWrapText() && l.getGraphic() == null) {
            Text probe = new Text(l.getText());
            probe.setFont(l.getFont());
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
            assertThat(probe.getLayoutBounds().getWidth()).as("%s: '%s' fits in %.0f px", what, l.getText(), room)
                    .isLessThanOrEqualTo(room + 1);
        }
    }

    private static void assertInside(Node n, Node container, String what) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds c = container.localToScene(container.getBoundsInLocal());
        assertThat(b.getMinX()).as("%s left edge", what).isGreaterThanOrEqualTo(c.getMinX() - 0.5);
        assertThat(b.getMaxX()).as("%s right edge", what).isLessThanOrEqualTo(c.getMaxX() + 0.5);
    }

    private static void assertInsideScene(Node n, Scene scene) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        assertThat(b.getMinX()).as("%s left", n).isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMaxX()).as("%s right", n).isLessThanOrEqualTo(scene.getWidth() + 0.5);
        assertThat(b.getMaxY()).as("%s bottom", n).isLessThanOrEqualTo(scene.getHeight() + 0.5);
    }
}
