package org.asylumtrends.export;

import java.util.List;
import javafx.scene.layout.Region;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Era;

/**
 * One panel of an exported figure, built from the chart data. A figure is a list of panels ({@link FigureContent});
 * {@link FigureBuilder} lays them out side by side (landscape) or stacked and adds what every figure has (title,
 * subtitle, era legend, footer). A new kind of panel (a map, say) is one more implementation of this interface,
 * listed in {@link #KNOWN}: nothing else in the exporter names the panels. Implementations are stateless records,
 * so that two figure contents with the same panels are equal.
 */
public interface FigurePanel {
    /** Every panel the exporter offers, in the order the dialog lists them; {@code --chart} takes their ids. */
    List<FigurePanel> KNOWN = List.of(new TrendPanel(), new DestinationPanel(), new MapPanel());

    /** The name on the command line and in file names, e.g. "trend". */
    String id();

    /** The name in the export dialog. */
    String displayName();

    /** The figure's headline when this panel comes first. */
    String headline(ChartData data);

    /**
     * Builds the panel's node for the data, on the FX thread.
     *
     * @param alone whether the panel is the figure's only one: beside others it carries its own small title
     */
    Built build(ChartData data, boolean alone);

    /**
     * Draws the author's dated annotations on the built panel, if it has a time axis; a panel without one (the
     * bars) leaves them out.
     */
    default void annotate(Region node, List<Annotation> annotations) {
    }

    /** Whether the panel adds a stock up over the selected years when asked to (the subtitle then says so). */
    default boolean aggregatesYears() {
        return false;
    }

    /**
     * Whether the panel draws its figures on {@code scale}, not as they are: the lines take every scale, the map
     * per 100,000 (of each country's own population), the bars none. The subtitle names the scale for those.
     */
    default boolean takesScale(org.asylumtrends.data.Scale scale) {
        return false;
    }

    /** Whether the panel marks preliminary figures itself (the footer's note then refers to the marking). */
    default boolean marksPreliminary() {
        return false;
    }

    /**
     * A built panel: the node to place, and the eras it draws as bands, for the figure's legend.
     */
    record Built(Region node, List<Era> erasShown) {
        public Built {
            erasShown = List.copyOf(erasShown);
        }
    }
}
