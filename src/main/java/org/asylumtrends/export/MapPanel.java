package org.asylumtrends.export;

import java.util.List;
import org.asylumtrends.chart.ChoroplethMap;
import org.asylumtrends.chart.WorldShapes;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.text.Messages;

/**
 * Every country of asylum on a world map, coloured by class, with its legend and the list of what the map cannot
 * draw. Its shapes are SVG paths, so SVG and PDF keep them as paths.
 */
public record MapPanel() implements FigurePanel {
    @Override
    public String id() {
        return "map";
    }

    @Override
    public String displayName() {
        return Messages.get("export.dialog.chart.map");
    }

    @Override
    public boolean takesScale(org.asylumtrends.data.Scale scale) {
        return scale == org.asylumtrends.data.Scale.PER_100K;
    }

    @Override
    public String headline(ChartData data) {
        return ChoroplethMap.title(data);
    }

    @Override
    public Built build(ChartData data, boolean alone) {
        // Read long before (the app starts the load, the command line waits for it here, off any window).
        ChoroplethMap map = new ChoroplethMap(WorldShapes.bundled());
        map.markListed(data.origin().iso3(), data.asylumView());
        map.show(data.countries());
        map.setTitle(alone ? null : FigureTexts.panelTitle(data, Messages.get("export.panel.map")));
        return new Built(map, List.of());
    }

    @Override
    public boolean aggregatesYears() {
        return true;
    }
}
