package org.asylumtrends.ui.trend;

import org.asylumtrends.chart.LineLegend;
import org.asylumtrends.chart.TrendChart;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Era;
import org.asylumtrends.text.Formats;
import org.asylumtrends.text.Messages;
import org.asylumtrends.text.ScaleText;

/**
 * The trend chart with a legend of the era bands in view (name and dates: a narrow band has no room for its label)
 * and its footnote on preliminary figures, shown only when a preliminary year is in view.
 */
public final class TrendPane extends VBox {
    private final TrendChart chart = new TrendChart();
    private final Label eraLegend = new Label();
    private final Label footnote = new Label();
    private final LineLegend lineLegend = new LineLegend();
    private final Label scaleNote = new Label();

    public TrendPane(ObservableValue<ChartData> chartData) {
        getStyleClass().add("trend-pane");
        footnote.getStyleClass().add("footnote");
        footnote.setWrapText(true);
        footnote.managedProperty().bind(footnote.visibleProperty());
        eraLegend.setId("eraLegend");
        eraLegend.getStyleClass().addAll("footnote", "era-legend");
        eraLegend.setWrapText(true);
        eraLegend.managedProperty().bind(eraLegend.visibleProperty());
        lineLegend.setId("lineLegend");
        scaleNote.setId("scaleNote");
        scaleNote.getStyleClass().add("footnote");
        scaleNote.setWrapText(true);
        scaleNote.managedProperty().bind(scaleNote.visibleProperty());
        // A wrapped note takes the lines it needs; the chart gives up the height (a VBox short of room shrank the
        // notes to one line, and the era legend ended "· Xi …" at 1024 px beside the map).
        for (Label note : List.of(footnote, eraLegend, scaleNote)) {
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, lineLegend, eraLegend, scaleNote, footnote);
        chartData.addListener((obs, old, data) -> show(data));
        if (chartData.getValue() != null) {
            show(chartData.getValue());
        }
    }

    private void show(ChartData data) {
        if (data == null) {
            return;
        }
        chart.show(data);
        footnote.setText(Messages.format("trend.preliminaryNote", Messages.preliminaryNote(data.metadata())));
        footnote.setVisible(data.drawsPreliminary());
        lineLegend.show(data);
        java.util.Optional<String> note = ScaleText.note(data);
        scaleNote.setText(note.orElse(""));
        scaleNote.setVisible(note.isPresent());
        List<Era> eras = chart.eraOverlay().eras();
        String dates = eras.stream().map(TrendPane::eraDates).collect(Collectors.joining(" \u00b7 "));
        eraLegend.setText(data.eraCountryAmongOthers()
                .map(c -> Messages.format("trend.eraLegend.compared", Messages.countryShortName(c), dates))
                .orElse(Messages.format("trend.eraLegend", dates)));
        eraLegend.setVisible(!eras.isEmpty());
    }

    private static String eraDates(Era era) {
        return era.endDate().map(end -> Messages.format("trend.eraLegend.closed", Messages.eraName(era), Formats.date(era.start()),
                Formats.date(end))).orElse(Messages.format("trend.eraLegend.open", Messages.eraName(era), Formats.date(era.start())));
    }

    public Label eraLegend() {
        return eraLegend;
    }

    public TrendChart chart() {
        return chart;
    }

    public LineLegend lineLegend() {
        return lineLegend;
    }

    /** What the scale cannot draw (a zero on a log axis, an index without a base), said under the chart. */
    public Label scaleNote() {
        return scaleNote;
    }

    public Label footnote() {
        return footnote;
    }
}
