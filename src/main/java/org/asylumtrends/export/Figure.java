package org.asylumtrends.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.Background;
import javafx.scene.transform.Transform;
import org.asylumtrends.chart.DestinationChart;
import org.asylumtrends.chart.TrendChart;

/**
 * A figure laid out off-screen at its exact size by {@link FigureBuilder}. It can be rendered to pixels at a scale
 * ({@link #snapshot}) or traced into vector operations ({@link #trace}); both on the FX thread.
 */
public final class Figure {
    /** Pixels per side of one snapshot tile: well inside what the software and GPU renderers accept. */
    static final int TILE = 2048;
    private final Region root;
    private final FigureSize size;
    private final List<Region> panels;
    private final Region legend;
    private final Region footer;

    Figure(Region root, FigureSize size, List<Region> panels, Region legend, Region footer) {
        this.root = root;
        this.size = size;
        this.panels = List.copyOf(panels);
        this.legend = legend;
        this.footer = footer;
    }

    /** CSS and layout until the charts have settled: axes range in one pass, plot children move in the next. */
    void layout() {
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
    }

    /**
     * The figure as pixels: exactly {@code width × scale} by {@code height × scale}. Rendering into an image of
     * that size with a viewport at the origin keeps strokes that reach past the edge from adding a pixel or three
     * (a 1200×675 figure at 2× came out 2403×1350 when sized by its bounds).
     */
    public WritableImage snapshot(double scale) {
        int w = (int) Math.round(size.width() * scale);
        int h = (int) Math.round(size.height() * scale);
        SnapshotParameters params = paperParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setViewport(new Rectangle2D(0, 0, w, h));
        return root.snapshot(params, new WritableImage(w, h));
    }

    /**
     * The figure as opaque pixels for a PNG, rendered in tiles: one snapshot of 16000 × 16000 pixels (8000 × 8000 at
     * 2×, inside the sizes offered) is more than the renderer can take, and failed with a null image. The tiles are
     * copied straight into the one image that is encoded, so memory holds the picture once, not three times.
     */
    public BufferedImage pixels(int scale) {
        int w = size.width() * scale;
        int h = size.height() * scale;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        SnapshotParameters params = paperParameters();
        params.setTransform(Transform.scale(scale, scale));
        // Drawn twice, the first pass thrown away: Prism caches region backgrounds (the chart's markers) on first
        // use and draws them from the cache a fraction of a pixel differently after, so the first figure of a
        // process (every `export --view`) differed by some 50 pixels from the same figure exported in the app. From
        // a warm cache, the same view gives the same file in both (issue 17).
        drawTiles(params, w, h, target);
        drawTiles(params, w, h, target);
        return image;
    }

    private void drawTiles(SnapshotParameters params, int w, int h, int[] target) {
        WritableImage tile = null;
        for (int y = 0; y < h; y += TILE) {
            for (int x = 0; x < w; x += TILE) {
                int tw = Math.min(TILE, w - x);
                int th = Math.min(TILE, h - y);
                if (tile == null || tile.getWidth() != tw || tile.getHeight() != th) {
                    tile = new WritableImage(tw, th);
                }
                params.setViewport(new Rectangle2D(x, y, tw, th));
                WritableImage shot = root.snapshot(params, tile);
                shot.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), target, y * w + x, w);
            }
        }
    }

    /** Snapshot parameters filled with the page colour: the figure's own background (-at-paper, light tokens). */
    private SnapshotParameters paperParameters() {
        SnapshotParameters params = new SnapshotParameters();
        Background page = root.getBackground();
        if (page != null && !page.getFills().isEmpty()) {
            params.setFill(page.getFills().get(0).getFill());
        }
        return params;
    }

    /** The figure as vector drawing operations, for SVG and PDF. */
    public Drawing trace() {
        return NodeWalker.trace(root);
    }

    public FigureSize size() {
        return size;
    }

    public Region root() {
        return root;
    }

    /** The panels' nodes, in the content's order. */
    public List<Region> panels() {
        return panels;
    }

    /** The first panel of a type, or null if the figure has none. */
    public <T extends Region> T panel(Class<T> type) {
        return panels.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** The trend chart, or null if the figure has no trend panel. */
    public TrendChart trend() {
        return panel(TrendChart.class);
    }

    /** The destination chart, or null if the figure has no destination panel. */
    public DestinationChart destinations() {
        return panel(DestinationChart.class);
    }

    /** The era legend, or null when the figure has no era bands. */
    public Region legend() {
        return legend;
    }

    /** The footer with source, licence and the note on preliminary figures. */
    public Region footer() {
        return footer;
    }
}
