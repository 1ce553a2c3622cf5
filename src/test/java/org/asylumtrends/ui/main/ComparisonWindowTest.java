package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asylumtrends.chart.TrendChart;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.model.MainModel;
import org.asylumtrends.ui.theme.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Eight countries compared on the real window: eight lines in eight colours, each ending in its country's name, no
 * two names overlapping and none cut off, at the laptop sizes journalists use (laid out off-screen: the headless
 * screen is 1000×1000). And the picker: typing "Rus" adds the Russian Federation.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class ComparisonWindowTest {
    private MainModel model;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        model = new MainModel();
        window = TestWindows.show(stage, model);
        model.showDataset(Comparisons.nineOrigins(), EraTable.loadBundled());
    }

    @ParameterizedTest
    @CsvSource({"1024,700", "1366,768"})
    void eightLinesHaveEightColoursAndLabelsThatDoNotOverlap(int width, int height) throws Exception {
        AsylumDataset data = Comparisons.nineOrigins();
        List<String> eight = Comparisons.ORIGINS.subList(0, 8);
        EraTable eras = EraTable.loadBundled();
        onFx(() -> {
            MainModel m = new MainModel();
            MainWindow w = new MainWindow(m);
            Scene scene = new Scene(w, width, height);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            m.showDataset(data, eras);
            m.select(m.getSelection().withOrigins(eight).withYears(new YearRange(2012, 2024)));
            w.applyCss();
            w.layout();
            TrendChart chart = w.trend().chart();
            assertThat(chart.lines()).extracting(l -> l.line().country().iso3()).containsExactlyElementsOf(eight);
            assertThat(chart.getTitle()).as("eight lines are too many to name").isEqualTo("Asylum-seekers from China and 7 more, 2012\u20132024");
            Set<Paint> strokes = new HashSet<>();
            for (TrendChart.DrawnLine line : chart.lines()) {
                strokes.add(((Path) line.firm().get(0).getNode()).getStroke());
            }
            assertThat(strokes).as("one colour per line").hasSize(8);
            // Issue 18: and one marker shape per line, as computed from the stylesheet, on the chart and in the key.
            Set<String> markers = new HashSet<>();
            for (TrendChart.DrawnLine line : chart.lines()) {
                markers.add(shapeOf(line.firm().get(0).getData().get(0).getNode()));
            }
            assertThat(markers).as("one marker shape per line").hasSize(8).contains("round");
            Set<String> keyMarkers = new HashSet<>();
            for (var item : w.trend().lineLegend().items()) {
                keyMarkers.add(shapeOf(((javafx.scene.Parent) item.getGraphic()).getChildrenUnmodifiable().get(1)));
            }
            assertThat(keyMarkers).as("the key shows the lines' markers").isEqualTo(markers);
            List<Text> labels = chart.endLabels().labels();
            assertThat(labels).extracting(Text::getText).containsExactly("China", "Russia", "Iran", "Afghanistan",
                    "Syria", "Venezuela", "Türkiye", "India");
            List<Bounds> bounds = new ArrayList<>();
            Bounds chartBounds = chart.localToScene(chart.getLayoutBounds());
            for (Text t : labels) {
                assertThat(t.isVisible()).isTrue();
                Bounds b = t.localToScene(t.getBoundsInLocal());
                assertThat(b.getMaxX()).as("%s not cut at the chart's right edge", t.getText())
                        .isLessThanOrEqualTo(chartBounds.getMaxX());
                for (Bounds other : bounds) {
                    assertThat(b.intersects(other)).as("%s overlaps another label at %dx%d", t.getText(), width, height)
                            .isFalse();
                }
                bounds.add(b);
            }
            // Each label's colour is its line's: the label is at its line's end, in the palette's order.
            assertThat(labels.get(1).getStyleClass()).contains("line-label-1");
            assertThat(w.trend().lineLegend().items()).hasSize(8);
            assertThat(w.trend().lineLegend().items().get(0).getText()).isEqualTo("China (CHN)");
        });
    }

    /** A marker's drawn shape: its {@code -fx-shape} path, or "round" for the disc of the first line. */
    private static String shapeOf(javafx.scene.Node node) {
        javafx.scene.shape.Shape shape = ((javafx.scene.layout.Region) node).getShape();
        return shape == null ? "round" : ((javafx.scene.shape.SVGPath) shape).getContent();
    }

    /**
     * Choosing another first country of the listed ones moves the chips: they follow the listed order, and a
     * country that stays compared keeps its chip (making eight buttons with tooltips anew was a quarter of a switch).
     */
    @Test
    void aSwitchOfTheFirstCountryKeepsTheOtherChips(FxRobot robot) {
        robot.interact(() -> model.select(model.getSelection().withOrigins(List.of("CHN", "RUS", "IRN", "AFG"))));
        java.util.Map<String, javafx.scene.control.Button> before = new java.util.HashMap<>();
        window.compareBar().chips().forEach(b -> before.put(b.getId(), b));
        assertThat(before.keySet()).containsExactlyInAnyOrder("chip-RUS", "chip-IRN", "chip-AFG");
        robot.interact(() -> {
            var combo = window.originChooser().combo();
            combo.setValue(combo.getItems().stream().filter(c -> c.iso3().equals("IRN")).findFirst().orElseThrow());
        });
        List<String> listed = model.getSelection().listed();
        assertThat(listed.get(0)).isEqualTo("IRN");
        assertThat(window.compareBar().chips()).extracting(b -> b.getId())
                .containsExactlyElementsOf(listed.subList(1, listed.size()).stream().map(c -> "chip-" + c).toList());
        assertThat(window.compareBar().chips()).filteredOn(b -> before.containsKey(b.getId()))
                .allSatisfy(b -> assertThat(b).as(b.getId()).isSameAs(before.get(b.getId()))).hasSize(2);
        assertThat(window.compareBar().chips()).extracting(b -> b.getText()).contains("China  \u2715");
    }

    /** Typing a country already compared says so, instead of an empty white list; a name nothing answers says that. */
    @Test
    void theAddBoxSaysWhyItFindsNothing(FxRobot robot) {
        robot.interact(() -> model.select(model.getSelection().withOrigins(List.of("CHN", "RUS"))));
        robot.clickOn("#compareAdd");
        robot.write("Russia");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholderText(robot)).isEqualTo("Russia is compared already");
        robot.eraseText(6);
        robot.write("Atlantis");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholderText(robot)).isEqualTo("No country matches \u201cAtlantis\u201d");
        robot.type(KeyCode.ESCAPE);
        assertThat(model.getSelection().origins()).containsExactly("CHN", "RUS");
    }

    /** The text of the add box's popup list when it has no rows. */
    private static String placeholderText(FxRobot robot) {
        return robot.lookup(n -> n instanceof javafx.scene.control.ListView<?> l && l.getItems().isEmpty()
                        && l.getPlaceholder() instanceof javafx.scene.control.Label && l.getScene() != null
                        && l.getScene().getWindow().isShowing())
                .queryAll().stream().map(l -> ((javafx.scene.control.Label) ((javafx.scene.control.ListView<?>) l)
                        .getPlaceholder()).getText()).findFirst().orElse("(no empty list shown)");
    }

    @Test
    void typingRusAddsRussiaAsAChipThatRemovesIt(FxRobot robot) {
        robot.clickOn("#compareAdd");
        robot.write("Rus");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN", "RUS");
        assertThat(window.trend().chart().lines()).hasSize(2);
        assertThat(window.compareBar().chips()).extracting(b -> b.getText()).containsExactly("Russia  \u2715");
        robot.clickOn("#chip-RUS");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN");
        assertThat(window.compareBar().chips()).isEmpty();
    }

    /**
     * As the app starts: China's data first, every origin's a moment later. The box kept the list it made for the
     * opening data, China alone, so "Rus" and Enter added nothing on the desktop while the test above passed.
     */
    @Test
    void typingRusAddsRussiaOnceEveryOriginsDataReplaceTheOpeningOnes(FxRobot robot) throws Exception {
        AsylumDataset opening = Comparisons.chinaOnly();
        AsylumDataset every = Comparisons.nineOrigins();
        EraTable eras = EraTable.loadBundled();
        robot.interact(() -> {
            model = new MainModel();
            window = TestWindows.show(stage, model);
            model.showDataset(opening, eras);
        });
        assertThat(window.compareBar().adder().getItems()).isEmpty(); // China alone, and China is listed
        robot.interact(() -> model.showDataset(every, eras));
        assertThat(window.compareBar().adder().getItems()).extracting(c -> c.iso3()).contains("RUS").hasSize(8);
        robot.clickOn("#compareAdd");
        robot.write("Rus");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN", "RUS");
        assertThat(window.compareBar().chips()).extracting(b -> b.getText()).containsExactly("Russia  \u2715");
    }

    /**
     * The box filters on "contains" and Enter takes the first in the list: with every origin loaded, "Rus" and
     * Enter added Belarus, ahead of Brunei Darussalam, Cyprus and the Russian Federation in alphabetical order.
     * The best match comes first: a name that starts with the text; the ISO3 code typed whole before any name.
     */
    @Test
    void enterAddsTheBestMatchNotTheFirstNameThatContainsTheText(FxRobot robot) throws Exception {
        AsylumDataset data = inGermany(new String[][] {{"China", "CHN"},
                {"Belarus", "BLR"}, {"Brunei Darussalam", "BRN"}, {"Cyprus", "CYP"},
                {"Russian Federation", "RUS"}, {"Rep. of Korea", "KOR"}, {"Syrian Arab Rep.", "SYR"}});
        robot.interact(() -> model.showDataset(data, eras()));
        robot.clickOn("#compareAdd");
        robot.write("Rus");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN", "RUS");

        robot.clickOn("#compareAdd");
        robot.write("syr");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN", "RUS", "SYR");
        // Opened again, the box offers the countries it can add, in alphabetical order: not the three listed.
        robot.clickOn("#compareAdd");
        assertThat(window.compareBar().adder().getItems()).extracting(c -> c.iso3())
                .containsExactly("BLR", "BRN", "CYP", "KOR");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN", "RUS", "SYR");
    }

    /**
     * The origin box had kept ControlsFX's own filter: "Rus" and Enter chose Belarus. And neither box could find
     * Türkiye by "Turk" (the filter compares the shown text, accents and all): Enter took Turkmenistan.
     */
    @Test
    void bothBoxesFindACountryByTheStartOfAnyOfItsNamesWithoutItsAccents(FxRobot robot) throws Exception {
        AsylumDataset data = inGermany(new String[][] {{"China", "CHN"},
                {"Belarus", "BLR"}, {"Russian Federation", "RUS"},
                {"Türkiye", "TUR"}, {"Turkmenistan", "TKM"}, {"Tuvalu", "TUV"}, {"Niger", "NER"}, {"Nigeria", "NGA"}});
        robot.interact(() -> model.showDataset(data, eras()));
        assertThat(window.originChooser().combo().getItems()).extracting(c -> c.iso3())
                .containsExactly("BLR", "CHN", "NER", "NGA", "RUS", "TUR", "TKM", "TUV"); // Türkiye among the T's
        robot.clickOn("#originChoice");
        robot.write("Rus");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("RUS");

        robot.clickOn("#compareAdd");
        robot.write("Turk");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("RUS", "TUR");
        assertThat(window.compareBar().chips()).extracting(b -> b.getText()).containsExactly("Türkiye  \u2715");

        robot.clickOn("#compareAdd");
        robot.write("turkmen");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("RUS", "TUR", "TKM");
    }

    /**
     * A new list kept the shown country selected when it was in it, and Enter takes the first only when nothing is:
     * with Nigeria shown, "Niger" and Enter kept Nigeria. And text that leaves the shown country out emptied the
     * box; a click elsewhere then left it blank while the charts went on showing the country.
     */
    @Test
    void theOriginBoxTakesTheBestMatchOverTheShownCountryAndNeverStaysBlank(FxRobot robot) throws Exception {
        AsylumDataset data = inGermany(new String[][] {{"China", "CHN"}, {"Niger", "NER"}, {"Nigeria", "NGA"}});
        robot.interact(() -> model.showDataset(data, eras()));
        robot.clickOn("#originChoice");
        robot.write("Nigeria");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("NGA");
        robot.clickOn("#originChoice");
        robot.write("Niger");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("NER");

        robot.clickOn("#originChoice");
        robot.write("chi");
        robot.clickOn(window.trend().chart());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("NER");
        assertThat(window.originChooser().combo().getValue()).extracting(c -> c.iso3()).isEqualTo("NER");
    }

    /**
     * Seen under openbox: a Space typed in either box chose the best match so far. "South" and Space showed the
     * Republic of Korea before "Sudan" was typed, and in the add box added South Korea, which filled the list. A
     * Space is text; Enter or a click chooses. Nor does a word that answers nothing, and Enter, empty the box.
     * JavaFX's headless platform does not hand the search field's keys to the popup's list as the desktop does, so
     * the Space passes here with or without the fix; xdotool under openbox showed it (shots in the closing note).
     */
    @Test
    void aSpaceIsTextAndEnterWithNoMatchKeepsTheCountry(FxRobot robot) throws Exception {
        AsylumDataset data = inGermany(new String[][] {{"China", "CHN"},
                {"Rep. of Korea", "KOR"}, {"South Sudan", "SSD"},
                {"South Africa", "ZAF"}});
        robot.interact(() -> model.showDataset(data, eras()));
        robot.clickOn("#compareAdd");
        robot.write("South ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN");
        robot.write("Sudan");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN", "SSD");

        robot.clickOn("#originChoice");
        robot.write("South ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN", "SSD");
        robot.write("Africa");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("ZAF", "SSD");

        robot.clickOn("#originChoice");
        robot.write("qwzxy");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("ZAF", "SSD");
        assertThat(window.originChooser().combo().getValue()).extracting(c -> c.iso3()).isEqualTo("ZAF");
    }

    /** A population table of these origins (name, ISO3), 100 asylum-seekers each in Germany in 2024. */
    private static AsylumDataset inGermany(String[][] origins) throws Exception {
        StringBuilder csv = new StringBuilder("year,coo_name,coo_iso,coa_name,coa_iso,asylum_seekers,refugees\n");
        for (String[] o : origins) {
            csv.append("2024,\"").append(o[0]).append("\",").append(o[1]).append(",Germany,DEU,100,1\n");
        }
        return org.asylumtrends.data.SmallData.of("population.csv", csv.toString());
    }

    private static EraTable eras() {
        try {
            return EraTable.loadBundled();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aChipIsRemovedFromTheKeyboard(FxRobot robot) {
        robot.interact(() -> window.compareBar().add("IRN"));
        assertThat(model.getSelection().origins()).containsExactly("CHN", "IRN");
        robot.interact(() -> window.compareBar().chips().get(0).requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN");
    }

    @Test
    void aNinthCountryCannotBeAdded(FxRobot robot) {
        robot.interact(() -> model.select(model.getSelection().withOrigins(Comparisons.ORIGINS.subList(0, 8))));
        assertThat(window.compareBar().adder().isDisabled()).isTrue();
        // A grey box shows no tooltip: the box itself says why.
        assertThat(window.compareBar().adder().getPromptText()).isEqualTo("At most 8 countries are compared");
        robot.interact(() -> window.compareBar().add("PAK"));
        assertThat(model.getSelection().origins()).hasSize(Selection.MAX_COMPARED);
        robot.interact(() -> window.compareBar().remove("IND"));
        assertThat(window.compareBar().adder().isDisabled()).isFalse();
        assertThat(window.compareBar().adder().getPromptText()).isEqualTo(Messages.get("compare.add.prompt"));
    }

    /** Per 100,000 the window's figures are UNHCR's divided by the World Bank's: the source line credits both. */
    @Test
    void perHundredThousandTheWindowsSourceLineCreditsThePopulation(FxRobot robot) throws Exception {
        AsylumDataset withPeople = Comparisons.nineOrigins()
                .withPopulation(org.asylumtrends.data.DatasetLoader.bundledPopulation());
        EraTable eras = EraTable.loadBundled();
        robot.interact(() -> model.showDataset(withPeople, eras));
        String unhcrOnly = window.statusBar().sourceLabel().getText();
        assertThat(unhcrOnly).startsWith("Source: ").doesNotContain("World Bank");
        robot.interact(() -> window.scaleSelector().scales().setValue(Scale.PER_100K));
        assertThat(window.statusBar().sourceLabel().getText()).startsWith(unhcrOnly)
                .endsWith("Population: World Bank, World Development Indicators (SP.POP.TOTL), CC BY 4.0");
        assertThat(window.statusBar().sourceLabel().getTooltip().getText()).as("the whole line, when it is cut short")
                .startsWith(window.statusBar().sourceLabel().getText());
        robot.interact(() -> window.scaleSelector().scales().setValue(Scale.LOG));
        assertThat(window.statusBar().sourceLabel().getText()).isEqualTo(unhcrOnly);

        // 2025 has no population: per 100,000 no line draws its hollow marker, and no note points at one.
        robot.interact(() -> model.select(model.getSelection().withYears(new YearRange(2012, 2025))));
        assertThat(window.trend().footnote().isVisible()).as("a hollow marker on the log scale").isTrue();
        robot.interact(() -> window.scaleSelector().scales().setValue(Scale.PER_100K));
        assertThat(window.trend().footnote().isVisible()).as("none per 100,000").isFalse();
        assertThat(window.headline().footer().getText()).as("the bars' 2025 is still explained, under both panels")
                .contains(org.asylumtrends.text.Messages.preliminaryNote(model.getChartData().metadata()));
    }

    /**
     * With Russia beside China, what is China's says so: the era bands ("Bands for China: …"), the era in the
     * tooltips ("Era (China): Xi Jinping …"; Russia's own points name none), and the summary's figure ("China: 180,960 …", not the
     * lines together). China alone says none of it.
     */
    @Test
    void besideAnotherLineChinasBandsAndFiguresSayTheyAreChinas(FxRobot robot) {
        robot.interact(() -> model.select(model.getSelection().withOrigins(List.of("CHN"))
                .withYears(new YearRange(2012, 2024))));
        assertThat(window.trend().eraLegend().getText()).startsWith("Bands: Hu Jintao");
        assertThat(window.summary().valueLabel().getText()).doesNotContain("China");
        robot.interact(() -> window.compareBar().add("RUS"));
        assertThat(window.trend().eraLegend().getText()).startsWith("Bands for China: Hu Jintao");
        assertThat(window.summary().valueLabel().getText()).startsWith("China: ").contains("at end of 2024");
        TrendChart chart = window.trend().chart();
        var russia = chart.lines().get(1);
        assertThat(russia.line().country().iso3()).isEqualTo("RUS");
        var point = russia.firm().get(0).getData().get(russia.firm().get(0).getData().size() - 1);
        Object tip = point.getNode().getProperties().values().stream()
                .filter(javafx.scene.control.Tooltip.class::isInstance).findFirst().orElseThrow();
        assertThat(((javafx.scene.control.Tooltip) tip).getText()).as("Russia's point has no era: the bands are China's")
                .contains("Russia: ").doesNotContain("Era").doesNotContain("Xi Jinping");
        var china = chart.lines().get(0).firm().get(0).getData();
        Object chinasTip = china.get(china.size() - 1).getNode().getProperties().values().stream()
                .filter(javafx.scene.control.Tooltip.class::isInstance).findFirst().orElseThrow();
        assertThat(((javafx.scene.control.Tooltip) chinasTip).getText()).contains("Era (China): Xi Jinping");
        assertThat(chart.hoverText(2020)).as("the hover lists every line, and China's era").contains("Russia: ")
                .contains("Era (China): Xi Jinping");
    }

    @Test
    void theScaleIsChosenAndNamedOnTheAxis(FxRobot robot) {
        robot.interact(() -> model.select(model.getSelection().withOrigins(List.of("CHN", "IRN"))));
        robot.interact(() -> window.scaleSelector().scales().setValue(Scale.LOG));
        assertThat(model.getSelection().scale()).isEqualTo(Scale.LOG);
        TrendChart chart = window.trend().chart();
        // Whole where the axis is tall enough, else without its bracket; the scale is named either way.
        assertThat(chart.getYAxis().getLabel()).isIn("Asylum-seekers (claims pending at year end), log scale",
                "Asylum-seekers, log scale");
        assertThat(window.trend().scaleNote().isVisible()).isTrue();
        assertThat(window.trend().scaleNote().getText()).contains("Iran 2014 (0 cannot be drawn on a log scale)");
        assertThat(window.headline().footer().getText()).as("said once, under the chart, not again under both panels")
                .doesNotContain("cannot be drawn");
        robot.interact(() -> window.scaleSelector().scales().setValue(Scale.INDEXED));
        assertThat(chart.getYAxis().getLabel()).isEqualTo("Asylum-seekers, index (2012 = 100)");
        assertThat(chart.hoverText(2013)).contains("China: ").contains("Iran: ").endsWith("index (2012 = 100)");
    }

    /** The suggested file name says every compared country, the side and the scale: two views never share one. */
    @Test
    void theSuggestedFileNameNamesTheComparedCountriesAndTheScale(FxRobot robot) {
        var png = new org.asylumtrends.export.ExportSettings(org.asylumtrends.export.FigureContent.BOTH,
                org.asylumtrends.export.FigureSize.WIDE, org.asylumtrends.export.ImageFormat.PNG, 1);
        assertThat(org.asylumtrends.export.FigureExport.suggestedFileName(model.getChartData(), png))
                .isEqualTo("asylum-seekers-CHN-2012-2024-figure.png");
        robot.interact(() -> model.select(model.getSelection().withOrigins(List.of("CHN", "RUS", "IRN"))
                .withScale(Scale.PER_100K)));
        assertThat(org.asylumtrends.export.FigureExport.suggestedFileName(model.getChartData(), png))
                .isEqualTo("asylum-seekers-CHN-RUS-IRN-2012-2024-per-100k-figure.png");
        robot.clickOn("#sideIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(org.asylumtrends.export.FigureExport.suggestedFileName(model.getChartData(), png))
                .isEqualTo("asylum-seekers-in-DEU-2012-2024-per-100k-figure.png");
    }

    /** A recognition rate per 100,000 is no figure: choosing the rate goes linear, and the box will not go back. */
    @Test
    void aRateIsShownLinearNotPerHundredThousand(FxRobot robot) {
        robot.interact(() -> window.scaleSelector().scales().setValue(Scale.PER_100K));
        robot.interact(() -> model.selectMeasure(org.asylumtrends.data.Measure.RECOGNITION_RATE));
        assertThat(model.getSelection().scale()).isEqualTo(Scale.LINEAR);
        assertThat(window.scaleSelector().scales().getValue()).isEqualTo(Scale.LINEAR);
        robot.interact(() -> window.scaleSelector().scales().setValue(Scale.PER_100K));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().scale()).isEqualTo(Scale.LINEAR);
        assertThat(window.scaleSelector().scales().getValue()).as("the box says what is shown").isEqualTo(Scale.LINEAR);
        assertThat(window.trend().chart().getYAxis().getLabel()).doesNotContain("100");
    }

    @Test
    void fromAndInSwitchTheSide(FxRobot robot) {
        javafx.scene.control.MenuItem yearEnd = window.menu().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "yearEndConvention".equals(i.getId())).findFirst().orElseThrow();
        assertThat(yearEnd.isDisable()).as("China's eras are drawn").isFalse();
        robot.clickOn("#sideIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yearEnd.isDisable()).as("no eras in a country of asylum: no convention to choose").isTrue();
        // The bars' top row (Germany) becomes the country of asylum; its bars are the origins.
        assertThat(model.getSelection().asylums()).containsExactly("DEU");
        assertThat(window.destinations().chart().getTitle()).contains("in Germany by country of origin");
        assertThat(window.trend().chart().getTitle()).startsWith("Asylum-seekers in Germany");
        robot.clickOn("#sideFrom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().isAsylumView()).isFalse();
    }

    /**
     * From China, Russia and Iran, "In" and "From" again is China, Russia and Iran: a second click undoes the first.
     * Once the other side's list has changed, a switch shows the same people again (the bars' top row), as the first.
     */
    @Test
    void switchingTheSideTwiceReturnsToTheCountriesLeftUntilTheOtherSideChanges(FxRobot robot) {
        robot.interact(() -> model.select(model.getSelection().withOrigins(List.of("CHN", "RUS", "IRN"))));
        robot.clickOn("#sideIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().asylums()).containsExactly("DEU");
        assertThat(window.statusBar().noticeDetail()).as("where the countries went, and how they come back")
                .isEqualTo("Showing Germany: the top country of asylum of people from China. From returns to China,"
                        + " Russia and Iran.");
        assertThat(window.statusBar().noticeText()).as("in a few words in the bar")
                .isEqualTo("Germany, the top country of asylum of China; From goes back");
        robot.clickOn("#sideFrom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).containsExactly("CHN", "RUS", "IRN");
        assertThat(window.statusBar().noticeText()).as("the return trip says so").isEqualTo("Back to China, Russia and Iran.");
        assertThat(window.compareBar().chips()).extracting(b -> b.getId()).hasSize(2);
        robot.clickOn("#sideIn");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().asylums()).as("and back again").containsExactly("DEU");

        robot.interact(() -> model.select(model.getSelection().withAsylums(List.of("USA"))));
        robot.clickOn("#sideFrom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSelection().origins()).as("another country of asylum: its top origin")
                .hasSize(1).doesNotContain("RUS", "IRN");
    }

    /**
     * Moving the year slider with eight lines moves the points that stay in view; it makes no new ones (styling
     * and laying out 200 new nodes per change was most of a drag's cost; BENCHMARKS.md, issue 15).
     */
    @Test
    void narrowingTheYearsKeepsThePointsThatStayInView() throws Exception {
        List<String> eight = Comparisons.ORIGINS.subList(0, 8);
        List<javafx.scene.Node> before = new ArrayList<>();
        onFx(() -> {
            model.select(model.getSelection().withOrigins(eight).withYears(new YearRange(2013, 2024)));
            window.applyCss();
            window.layout();
            window.trend().chart().lines().forEach(l -> l.series().forEach(s -> s.getData()
                    .forEach(d -> before.add(d.getNode()))));
        });
        onFx(() -> {
            window.yearFilter().slider().setLowValue(2016);
            window.applyCss();
            window.layout();
            TrendChart chart = window.trend().chart();
            assertThat(chart.shown().selected()).isEqualTo(new YearRange(2016, 2024));
            List<javafx.scene.Node> after = new ArrayList<>();
            chart.lines().forEach(l -> l.series().forEach(s -> s.getData().forEach(d -> after.add(d.getNode()))));
            assertThat(after).as("points drawn").isNotEmpty();
            assertThat(before).as("every point drawn after the change was drawn before").containsAll(after);
            DrawnChecks.trendLikeFresh(chart, model.getChartData(), "2016-2024");
        });
    }

    private static void onFx(Runnable check) throws Exception {
        try {
            WaitForAsyncUtils.asyncFx(check).get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw e;
        }
    }
}
