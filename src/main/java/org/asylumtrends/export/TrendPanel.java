package org.asylumtrends.export;

import org.asylumtrends.chart.TrendChart;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.text.Messages;

/** The trend by year, with era bands and a dashed preliminary segment. */
public record TrendPanel() implements FigurePanel {
    @Override
    public String id() {
        return "trend";
    }

    @Override
    public String displayName() {
        return Messages.get("export.dialog.chart.trend");
    }

    @Override
    public String headline(ChartData data) {
        return Messages.format("trend.title", Messages.measureName(data.measure()), Messages.countryName(data.origin()),
                data.selected().toString());
    }

    @Override
    public Built build(ChartData data, boolean alone) {
        TrendChart trend = new TrendChart();
        trend.show(data);
        trend.setTitle(alone ? null : Messages.get("export.panel.trend"));
        return new Built(trend, trend.eraOverlay().eras());
    }

    @Override
    public boolean marksPreliminary() {
        return true;
    }
}
