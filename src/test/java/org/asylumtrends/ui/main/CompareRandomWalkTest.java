package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.asylumtrends.chart.TrendChart;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.ScaledPoint;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.TrendLine;
import org.asylumtrends.text.ScaleText;
import org.asylumtrends.ui.model.MainModel;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison used for a long while, through the window's own controls: a seeded random sequence of countries
 * added and removed, the first changed, scales, years and sides switched; after every step the lines drawn are the
 * listed countries in order, each with exactly its drawable years, their end labels are the countries' names and
 * do not overlap, the axis names the scale, and the bars are still the model's ranking.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class CompareRandomWalkTest {
    private static final long SEED = 20261215L;
    private static final int STEPS = 150;
    private MainModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        model = new MainModel();
        window = TestWindows.show(stage, model);
        model.showDataset(Comparisons.nineOrigins(), EraTable.loadBundled());
    }

    @Test
    void linesLabelsAndBarsFollowTheModel() {
        Random random = new Random(SEED);
        List<String> done = new ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            String[] action = new String[1];
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                action[0] = change(random);
                window.applyCss();
                window.layout();
            });
            done.add(action[0]);
            String where = "step " + step + " (" + action[0] + ") after "
                    + String.join(", ", done.subList(Math.max(0, done.size() - 6), done.size() - 1));
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> check(where));
        }
        assertThat(done).anyMatch(a -> a.startsWith("add")).anyMatch(a -> a.startsWith("remove"))
                .anyMatch(a -> a.startsWith("scale log")).anyMatch(a -> a.startsWith("scale indexed"))
                .anyMatch(a -> a.startsWith("years")).anyMatch(a -> a.startsWith("first"))
                .anyMatch(a -> a.startsWith("side"));
    }

    private String change(Random random) {
        int kind = random.nextInt(20);
        Selection s = model.getSelection();
        if (kind < 6) {
            List<Country> items = window.compareBar().adder().getItems();
            if (items.isEmpty()) {
                return "add (none left)"; // every country is listed: the box offers none
            }
            Country c = items.get(random.nextInt(items.size()));
            window.compareBar().adder().setValue(c); // as choosing it in the box does
            return "add " + c.iso3();
        }
        if (kind < 10) {
            List<Button> chips = window.compareBar().chips();
            if (chips.isEmpty()) {
                return "remove (none)";
            }
            Button chip = chips.get(random.nextInt(chips.size()));
            chip.fire();
            return "remove " + chip.getId();
        }
        if (kind < 13) {
            Scale scale = Scale.values()[random.nextInt(Scale.values().length)];
            window.scaleSelector().scales().setValue(scale);
            return "scale " + scale.id();
        }
        if (kind < 17) {
            RangeSlider slider = window.yearFilter().slider();
            int min = (int) slider.getMin();
            int max = (int) slider.getMax();
            int a = min + random.nextInt(max - min + 1);
            int b = min + random.nextInt(max - min + 1);
            slider.setLowValue(Math.min(a, b));
            slider.setHighValue(Math.max(a, b));
            slider.setLowValue(Math.min(a, b));
            return "years " + Math.min(a, b) + "-" + Math.max(a, b);
        }
        if (kind < 19) {
            var combo = window.originChooser().combo();
            if (combo.getItems().size() < 2) {
                return "first (one only)";
            }
            Country c = combo.getItems().get(random.nextInt(combo.getItems().size()));
            combo.setValue(c);
            return "first " + c.iso3();
        }
        (s.isAsylumView() ? window.compareBar().fromToggle() : window.compareBar().inToggle()).fire();
        return "side " + (model.getSelection().isAsylumView() ? "in" : "from");
    }

    private void check(String where) {
        ChartData data = model.getChartData();
        Selection s = model.getSelection();
        TrendChart chart = window.trend().chart();
        assertThat(chart.lines()).extracting(l -> l.line().country().iso3()).as("%s: lines in the listed order", where)
                .containsExactlyElementsOf(s.listed());
        for (TrendChart.DrawnLine line : chart.lines()) {
            List<Integer> drawn = new ArrayList<>();
            for (XYChart.Series<Number, Number> series : line.series()) {
                for (XYChart.Data<Number, Number> d : series.getData()) {
                    if (d.getNode().isVisible()) {
                        drawn.add(d.getXValue().intValue());
                    }
                }
            }
            TrendLine model = data.lines().lines().get(chart.lines().indexOf(line));
            assertThat(drawn).as("%s: years drawn for %s", where, model.country().iso3())
                    .containsExactlyElementsOf(model.drawable().stream().map(ScaledPoint::year).toList());
        }
        // The chips (kept from change to change) are the countries compared with the first, in the listed order.
        assertThat(window.compareBar().chips()).as("%s: chips", where).extracting(b -> b.getId() + " " + b.getText())
                .containsExactlyElementsOf(data.lines().lines().subList(1, data.lines().lines().size()).stream()
                        .map(l -> "chip-" + l.country().iso3() + " " + l.country().shortName() + "  \u2715").toList());
        List<Text> labels = chart.endLabels().labels();
        if (s.listed().size() > 1) {
            assertThat(labels).extracting(Text::getText).as("%s: end labels", where).containsExactlyElementsOf(
                    data.lines().lines().stream().map(l -> l.country().shortName()).toList());
            List<Bounds> seen = new ArrayList<>();
            for (Text t : labels) {
                if (!t.isVisible()) {
                    continue;
                }
                Bounds b = t.localToScene(t.getBoundsInLocal());
                assertThat(seen).as("%s: %s overlaps no other label", where, t.getText())
                        .noneMatch(o -> o.intersects(b));
                seen.add(b);
            }
        } else {
            assertThat(labels).as("%s: a single line needs no end label", where).isEmpty();
        }
        // The scale's title, whole where the axis is tall enough, else one of its shorter forms ("Asylum-seekers per
        // 100k" beside a short plot), never cut. Run alone, the window's plot is short enough for the short form;
        // after other tests it was not, and the check written before the short forms passed only then.
        assertThat(chart.getYAxis().getLabel()).as("%s: axis title", where)
                .isIn(ScaleText.axisTitles(data.measure(), data.scale(), data.selected().from()));
        DrawnChecks.barsEqualTheRanking(window.destinations().chart(), data, where);
        DrawnChecks.trendLikeFresh(chart, data, where);
        whoseWordsAreWhose(data, where);
    }

    /**
     * Beside other lines, what is the first country's or the era owner's says whose (and alone it does not): the
     * title names two or three lines, the era note and the summary name their country.
     */
    private void whoseWordsAreWhose(ChartData data, String where) {
        List<String> names = data.lines().lines().stream()
                .map(l -> org.asylumtrends.text.Messages.countryShortName(l.country())).toList();
        String title = window.trend().chart().getTitle();
        if (names.size() == 2 || names.size() == 3) {
            assertThat(title).as("%s: the title names every line", where).contains(names);
        } else if (names.size() > 3) {
            assertThat(title).as("%s: the title counts the others", where).contains(" and " + (names.size() - 1) + " more");
        }
        String summary = window.summary().valueLabel().getText();
        String eraNote = window.trend().eraLegend().getText();
        if (data.isComparison()) {
            assertThat(summary).as("%s: the summary's figure is the first line's", where).startsWith(names.get(0) + ": ");
        } else {
            assertThat(summary).as("%s: one line's summary", where).doesNotContain(": ");
        }
        if (!window.trend().chart().eraOverlay().eras().isEmpty()) {
            assertThat(eraNote).as("%s: whose bands", where).startsWith(data.isComparison()
                    ? "Bands for " + data.eraCountryAmongOthers().map(org.asylumtrends.text.Messages::countryShortName)
                            .orElseThrow() + ": " : "Bands: ");
        }
    }
}
