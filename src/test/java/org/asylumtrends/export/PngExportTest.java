package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.asylumtrends.chart.ValueScaleAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.asylumtrends.data.ChartData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a PNG export shows, read back from the encoded file as a reader of it would see it. */
class PngExportTest {
    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    @ParameterizedTest(name = "{0}×{1} at {2}× is {3}×{4} pixels")
    @CsvSource({"1200, 675, 1, 1200, 675", "1200, 675, 2, 2400, 1350", "1080, 1080, 2, 2160, 2160"})
    void pngIsExactlyTheFigureSizeTimesTheScale(int w, int h, int scale, int pixelsW, int pixelsH) throws Exception {
        FigureSize size = FigureSize.parse(w + "x" + h).orElseThrow();
        BufferedImage png = png(ExportFixtures.defaultView(), new ExportSettings(FigureContent.BOTH, size, ImageFormat.PNG, scale));
        assertThat(png.getWidth()).isEqualTo(pixelsW);
        assertThat(png.getHeight()).isEqualTo(pixelsH);
    }

    @Test
    void eraBandsHaveTheirColourWhereTheAxisPutsTheEra() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        int scale = 2;
        ExportSettings settings = new ExportSettings(FigureContent.TREND, FigureSize.WIDE, ImageFormat.PNG, scale);
        // Positions come from the same layout as the export: the figure is deterministic for the same inputs.
        Figure figure = HeadlessToolkit.onFxThread(() -> FigureBuilder.build(data, FigureContent.TREND, FigureSize.WIDE));
        Point2D xi = HeadlessToolkit.onFxThread(() -> plotPoint(figure, 2013.5));   // Xi Jinping, from 15 Nov 2012
        Point2D hu = HeadlessToolkit.onFxThread(() -> plotPoint(figure, 2012.4));   // Hu Jintao, until 15 Nov 2012
        // What the figure's own nodes say is there: the band's fill (its CSS colour and opacity) over the plot
        // background. Read from the laid-out figure, not copied from the stylesheet, so a theme change keeps the
        // test right and a band that is not painted (or painted in the wrong place) fails it.
        int[] xiColour = HeadlessToolkit.onFxThread(() -> expectedBandColour(figure, xi));
        int[] huColour = HeadlessToolkit.onFxThread(() -> expectedBandColour(figure, hu));
        int[] background = HeadlessToolkit.onFxThread(() -> rgb(plotBackground(figure)));
        BufferedImage png = png(data, settings);

        assertThat(distance(xiColour, huColour)).as("the two eras look different").isGreaterThan(20);
        assertThat(distance(xiColour, background)).as("Xi's band shows on the plot").isGreaterThan(20);
        assertThat(distance(huColour, background)).as("Hu's band shows on the plot").isGreaterThan(10);
        assertColour(png, xi.multiply(scale), xiColour);
        assertColour(png, hu.multiply(scale), huColour);
    }

    /** The colour a reader should see at a scene point: the era band there, over the plot background. */
    private static int[] expectedBandColour(Figure figure, Point2D at) {
        Rectangle band = figure.trend().eraOverlay().bands().stream()
                .filter(b -> b.isVisible() && b.localToScene(b.getBoundsInLocal()).contains(at))
                .findFirst().orElseThrow(() -> new AssertionError("no era band at " + at));
        Color fill = (Color) band.getFill();
        Color under = plotBackground(figure);
        double a = fill.getOpacity() * band.getOpacity();
        return new int[] {blend(fill.getRed(), under.getRed(), a), blend(fill.getGreen(), under.getGreen(), a),
                blend(fill.getBlue(), under.getBlue(), a)};
    }

    private static Color plotBackground(Figure figure) {
        Region plot = (Region) figure.trend().lookup(".chart-plot-background");
        if (plot.getBackground() == null || plot.getBackground().getFills().isEmpty()) {
            return Color.WHITE;
        }
        return (Color) plot.getBackground().getFills().get(0).getFill();
    }

    private static int blend(double over, double under, double alpha) {
        return (int) Math.round(255 * (over * alpha + under * (1 - alpha)));
    }

    private static int[] rgb(Color c) {
        return new int[] {(int) Math.round(255 * c.getRed()), (int) Math.round(255 * c.getGreen()),
                (int) Math.round(255 * c.getBlue())};
    }

    private static int distance(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
    }

    @Test
    void footerCarriesTheSourceAndIsDrawn() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        Figure figure = HeadlessToolkit.onFxThread(() -> FigureBuilder.build(data, FigureContent.BOTH, FigureSize.WIDE));
        Bounds footer = HeadlessToolkit.onFxThread(() -> figure.footer().localToScene(figure.footer().getLayoutBounds()));
        assertThat(footer.getMaxY()).isLessThanOrEqualTo(FigureSize.WIDE.height());
        BufferedImage png = png(data, new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.PNG, 1));

        int inked = 0;
        for (int y = (int) footer.getMinY() + 2; y < (int) footer.getMaxY(); y++) {
            for (int x = (int) footer.getMinX(); x < (int) footer.getMaxX(); x++) {
                int rgb = png.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("non-white pixels of the source line").isGreaterThan(500);
    }

    /** Scene coordinates of a year at 40% of the plot's height, between horizontal grid lines. */
    private static Point2D plotPoint(Figure figure, double year) {
        ValueAxis<Number> x = (ValueAxis<Number>) figure.trend().getXAxis();
        ValueScaleAxis y = figure.trend().valueAxis();
        double unit = y.tickValues().get(1) - y.tickValues().get(0);
        double value = (Math.floor(0.6 * y.getUpperBound() / unit) + 0.5) * unit;
        double sceneX = x.localToScene(x.getDisplayPosition(year), 0).getX();
        double sceneY = y.localToScene(0, y.getDisplayPosition(value)).getY();
        return new Point2D(sceneX, sceneY);
    }

    private static void assertColour(BufferedImage png, Point2D at, int[] expected) {
        int rgb = png.getRGB((int) at.getX(), (int) at.getY());
        int[] actual = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        for (int i = 0; i < 3; i++) {
            assertThat(actual[i]).as("channel %d at %s: %s vs %s", i, at, java.util.Arrays.toString(actual),
                    java.util.Arrays.toString(expected)).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(3));
        }
    }

    static BufferedImage png(ChartData data, ExportSettings settings) throws Exception {
        FigureExport export = ExportFixtures.prepare(data, settings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.writeTo(bytes);
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
