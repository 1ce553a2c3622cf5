package org.asylumtrends.export;

import java.util.List;
import javafx.scene.layout.Region;
import org.asylumtrends.chart.TrendChart;
import org.asylumtrends.data.Annotation;
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
        return TrendChart.title(data);
    }

    @Override
    public Built build(ChartData data, boolean alone) {
        TrendChart trend = new TrendChart();
        trend.show(data);
        trend.setTitle(alone ? null : Messages.get("export.panel.trend"));
        return new Built(trend, trend.eraOverlay().eras());
    }

    @Override
    public boolean takesScale(org.asylumtrends.data.Scale scale) {
        return true;
    }

    @Override
    public void annotate(Region node, List<Annotation> annotations) {
        ((TrendChart) node).setAnnotations(annotations);
    }

    @Override
    public boolean marksPreliminary() {
        return true;
    }
}
