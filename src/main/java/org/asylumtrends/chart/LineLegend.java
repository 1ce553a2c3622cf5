package org.asylumtrends.chart;

import org.asylumtrends.text.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.TrendLine;

/**
 * The key of the compared lines: a stroke in each line's colour and the country's full name, in the listed order.
 * Shown under the trend chart and in an exported figure when more than one line is drawn; the end labels say the
 * short name at the line, this says which country exactly.
 */
public final class LineLegend extends FlowPane {
    public LineLegend() {
        super(14, 4);
        getStyleClass().add("line-legend");
        setAlignment(Pos.CENTER_LEFT);
        managedProperty().bind(visibleProperty());
    }

    /** Shows the lines of {@code data}; hidden for a single line (the title names it). */
    public void show(ChartData data) {
        List<TrendLine> lines = data.lines().lines();
        List<String> names = lines.stream().map(l -> Messages.countryItem(l.country())).toList();
        if (names.equals(items().stream().map(Label::getText).toList())) {
            return; // the same countries in the same order: a year change keeps the key as it is
        }
        getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            int colour = i % TrendChart.COLOURS;
            Line swatch = new Line(0, 0, 18, 0);
            swatch.getStyleClass().addAll("line-swatch", "line-swatch-" + colour);
            // The line's marker on its swatch: the shape tells lines apart where colours come close (issue 18).
            Region marker = new Region();
            marker.getStyleClass().addAll("line-marker", "line-marker-" + colour);
            marker.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE); // its own size, not the stroke's width
            Label item = new Label(names.get(i), new StackPane(swatch, marker));
            item.getStyleClass().add("line-legend-item");
            getChildren().add(item);
        }
        setVisible(lines.size() > 1);
    }

    /** The legend's entries, in the listed order. */
    public List<Label> items() {
        return getChildren().stream().map(Label.class::cast).toList();
    }
}
