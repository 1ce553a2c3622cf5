package org.asylumtrends.ui.newsroom;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.FlowPane;
import org.asylumtrends.text.Messages;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureTexts;

/**
 * The figure's words in the window, as every export has them: the headline and subtitle above the charts, the
 * notes, the app's own notes, the source and the byline below. One source of text for screen and file
 * ({@link FigureTexts}), so what the author sees is what the reader gets.
 */
public final class HeadlineView {
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label footer = new Label();
    /** Title and subtitle side by side, wrapping only when the window is too narrow: the charts keep the height. */
    private final FlowPane header = new FlowPane(12, 0, title, subtitle);
    private final ObservableValue<ChartData> chartData;
    private final ObservableValue<Editorial> editorial;

    public HeadlineView(ObservableValue<ChartData> chartData, ObservableValue<Editorial> editorial) {
        this.chartData = chartData;
        this.editorial = editorial;
        title.setId("headlineTitle");
        subtitle.setId("headlineSubtitle");
        footer.setId("headlineFooter");
        title.getStyleClass().add("headline-title");
        subtitle.getStyleClass().add("headline-subtitle");
        footer.getStyleClass().addAll("headline-footer", "footnote");
        for (Label l : new Label[] {title, subtitle, footer}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        header.getStyleClass().add("headline");
        chartData.addListener((o, a, b) -> show());
        editorial.addListener((o, a, b) -> show());
        show();
    }

    private void show() {
        ChartData data = chartData.getValue();
        if (data == null) {
            return;
        }
        FigureTexts texts = FigureTexts.of(data, FigureContent.BOTH, editorial.getValue());
        title.setText(texts.title());
        subtitle.setText(texts.subtitle());
        StringBuilder b = new StringBuilder();
        texts.notes().forEach(n -> b.append(n).append('\n'));
        // The trend pane already explains a preliminary year and what the scale cannot draw under the chart; the
        // window says each once ("No value on this scale: …" was under the chart and again under both panels).
        String preliminary = Messages.preliminaryNote(data.metadata());
        java.util.Optional<String> scaleNote = org.asylumtrends.text.ScaleText.note(data);
        // Left out only where the trend pane says it: per 100,000 an undrawn 2025 has no footnote there, and the
        // window then said nowhere why the bars' 2025 is preliminary.
        boolean trendSaysPreliminary = data.drawsPreliminary();
        texts.automaticNotes().stream()
                .filter(n -> !trendSaysPreliminary || preliminary.isEmpty() || !n.contains(preliminary))
                .filter(n -> scaleNote.map(s -> !s.equals(n)).orElse(true))
                .forEach(n -> b.append(n).append('\n'));
        // The source is on the status bar, always in view; the footer carries what the author and the app add.
        if (!texts.byline().isEmpty()) {
            b.append(texts.byline());
        }
        String text = b.toString().strip();
        footer.setText(text);
        footer.setVisible(!text.isEmpty());
        footer.setManaged(!text.isEmpty());
    }

    /** Title and subtitle, for above the charts. */
    public FlowPane header() {
        return header;
    }

    /** Notes, source and byline, for below the charts. */
    public Label footer() {
        return footer;
    }

    public Label title() {
        return title;
    }
}
