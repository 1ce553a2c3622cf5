package org.asylumtrends.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Editorial;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a figure keeps the print palette unless the dark one is asked for ("as on screen" in the dark theme);
 * then its page is dark, its text light and still readable (WCAG AA, 4.5:1, on the computed styles), and its
 * source line is there as in every figure.
 */
class DarkExportTest {
    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    @Test
    void theDefaultExportIsOnAWhitePage() throws Exception {
        BufferedImage png = PngExportTest.png(ExportFixtures.defaultView(), ExportSettings.defaults());

        assertThat(ExportSettings.defaults().palette()).isEqualTo(FigurePalette.PRINT);
        assertThat(png.getRGB(4, 4) & 0xffffff).as("page corner").isEqualTo(0xffffff);
    }

    @Test
    void aDarkExportHasADarkPageAndLightTitleText() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        ExportSettings dark = new ExportSettings(FigureContent.BOTH, FigureSize.WIDE, ImageFormat.PNG, 1, FigurePalette.DARK);
        Figure figure = HeadlessToolkit.onFxThread(() -> FigureBuilder.build(data, FigureContent.BOTH, FigureSize.WIDE,
                Editorial.NONE, FigurePalette.DARK));
        Bounds title = HeadlessToolkit.onFxThread(() -> {
            Label t = (Label) figure.root().lookup(".figure-title");
            return t.localToScene(t.getLayoutBounds());
        });
        BufferedImage png = PngExportTest.png(data, dark);

        assertThat(luminance(png.getRGB(4, 4))).as("page corner is dark").isLessThan(0.03);
        double lightest = 0;
        for (int y = (int) title.getMinY(); y < (int) title.getMaxY(); y++) {
            for (int x = (int) title.getMinX(); x < (int) title.getMaxX(); x++) {
                lightest = Math.max(lightest, luminance(png.getRGB(x, y)));
            }
        }
        assertThat(lightest).as("the title is drawn in a light colour").isGreaterThan(0.6);
    }

    @Test
    void everyTextOfADarkFigureReadsAtFourAndAHalfToOneAndTheSourceIsThere() throws Exception {
        ChartData data = ExportFixtures.defaultView();
        List<String> problems = new ArrayList<>();
        List<String> texts = HeadlessToolkit.onFxThread(() -> {
            Figure figure = FigureBuilder.build(data, FigureContent.BOTH, FigureSize.WIDE, Editorial.NONE,
                    FigurePalette.DARK);
            Color page = (Color) figure.root().getBackground().getFills().get(0).getFill();
            List<String> seen = new ArrayList<>();
            for (var node : figure.root().lookupAll(".label")) {
                if (node instanceof Label label && label.isVisible() && !label.getText().isEmpty()) {
                    seen.add(label.getText());
                    double ratio = contrast((Color) label.getTextFill(), page);
                    if (ratio < 4.5) {
                        problems.add(String.format("%s: %.2f:1", label.getText(), ratio));
                    }
                }
            }
            return seen;
        });
        String source = FigureTexts.of(data, FigureContent.BOTH, Editorial.NONE).source();

        assertThat(problems).isEmpty();
        assertThat(texts).contains(source).anyMatch(t -> t.startsWith("Source: UNHCR"));
    }

    private static double luminance(int argb) {
        return relative(Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
    }

    /** WCAG 2 relative luminance. */
    private static double relative(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double contrast(Color a, Color b) {
        double la = relative(a);
        double lb = relative(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
