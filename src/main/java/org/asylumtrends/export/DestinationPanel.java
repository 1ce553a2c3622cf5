package org.asylumtrends.export;

import java.util.List;
import org.asylumtrends.chart.DestinationChart;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.text.Messages;

/** The countries of asylum as ranked bars, for the last year or summed over the years. */
public record DestinationPanel() implements FigurePanel {
    @Override
    public String id() {
        return "destinations";
    }

    @Override
    public String displayName() {
        return Messages.get("export.dialog.chart.destinations");
    }

    @Override
    public String headline(ChartData data) {
        return DestinationChart.title(data);
    }

    @Override
    public Built build(ChartData data, boolean alone) {
        DestinationChart destinations = new DestinationChart();
        destinations.show(data);
        if (alone) {
            destinations.setTitle(null);
        } else {
            destinations.setTitle(FigureTexts.panelTitle(data, panelTitle(data)));
            // Beside another panel the subtitle carries the full description; the short name keeps the axis label
            // from being cut.
            destinations.getXAxis().setLabel(Messages.measureName(data.measure()));
        }
        return new Built(destinations, List.of());
    }

    @Override
    public boolean aggregatesYears() {
        return true;
    }

    private static String panelTitle(ChartData data) {
        // In an "in" view the bars are the origins of the people in the country of asylum.
        boolean in = data.asylumView();
        if (data.measure().isStock() && data.aggregation() == RangeAggregation.LAST_YEAR) {
            return in ? Messages.format("export.panel.origins.lastYear", data.selected().to())
                    : Messages.format("export.panel.destinations.lastYear", data.selected().to());
        }
        if (data.measure().isStock()) {
            return in ? Messages.format("export.panel.origins.sum", data.selected().toString())
                    : Messages.format("export.panel.destinations.sum", data.selected().toString());
        }
        return in ? Messages.format("export.panel.origins.flow", data.selected().toString())
                : Messages.format("export.panel.destinations.flow", data.selected().toString());
    }
}
