package org.asylumtrends.export;

import org.asylumtrends.fonts.BundledFonts;
import org.asylumtrends.text.AppLocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.Era;
import org.asylumtrends.chart.LineLegend;
import org.asylumtrends.text.Messages;
import org.asylumtrends.text.ScaleText;

/**
 * Builds a figure off-screen, at its exact size, from the same charts the window shows: the {@link FigureTexts}'
 * title and subtitle, the chart(s) with era bands and the author's annotations, an era legend and a footer with
 * the author's notes, the app's own notes (preliminary figures, summed stocks), the source and licence, and the
 * byline. The source line has no switch: every figure carries it.
 * The charts are the content's {@link FigurePanel}s, built in order; this class names none of them. Runs on the FX
 * thread.
 */
public final class FigureBuilder {
    static final String APP_CSS = "/org/asylumtrends/ui/app.css";
    static final String FIGURE_CSS = "/org/asylumtrends/export/figure.css";

    private FigureBuilder() {
    }

    public static Figure build(ChartData data, FigureContent content, FigureSize size) {
        return build(data, content, size, Editorial.NONE);
    }

    /** A figure with the author's texts (defaults where none is written) and annotations, in print colours. */
    public static Figure build(ChartData data, FigureContent content, FigureSize size, Editorial editorial) {
        return build(data, content, size, editorial, FigurePalette.PRINT);
    }

    /** As above, in {@code palette}'s colours (issue 18: "as on screen" in the dark theme). */
    public static Figure build(ChartData data, FigureContent content, FigureSize size, Editorial editorial,
                               FigurePalette palette) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(content, "content");
        FigureTexts texts = FigureTexts.of(data, content, editorial);
        VBox root = new VBox();
        root.getStyleClass().add("export-figure");
        root.setMinSize(size.width(), size.height());
        root.setPrefSize(size.width(), size.height());
        root.setMaxSize(size.width(), size.height());

        Label title = wrapping(new Label(texts.title()), "figure-title");
        Label subtitle = wrapping(new Label(texts.subtitle()), "figure-subtitle");

        Pane charts = size.isLandscape() ? new HBox() : new VBox();
        charts.getStyleClass().add("figure-charts");
        List<Region> panels = new ArrayList<>();
        Set<Era> erasShown = new LinkedHashSet<>();
        int count = content.panels().size();
        for (FigurePanel panel : content.panels()) {
            FigurePanel.Built built = panel.build(data, count == 1);
            panel.annotate(built.node(), editorial.annotations());
            Region r = built.node();
            r.setMinSize(0, 0);
            HBox.setHgrow(r, Priority.ALWAYS);
            VBox.setVgrow(r, Priority.ALWAYS);
            if (count > 1 && size.isLandscape()) {
                // Side by side, each panel gets an equal share: UNHCR's country names are long.
                r.setPrefWidth(size.width() / (double) count);
            }
            charts.getChildren().add(r);
            panels.add(r);
            erasShown.addAll(built.erasShown());
        }
        VBox.setVgrow(charts, Priority.ALWAYS);

        root.getChildren().addAll(title, subtitle, charts);
        if (data.lines().lines().size() > 1) { // issue 15: which colour is which country, in full
            LineLegend lines = new LineLegend();
            lines.show(data);
            lines.getStyleClass().add("figure-legend");
            root.getChildren().add(lines);
        }
        FlowPane legend = eraLegend(data, data.eras().stream().filter(erasShown::contains).toList());
        if (legend != null) {
            root.getChildren().add(legend);
        }
        VBox footer = new VBox();
        footer.getStyleClass().add("figure-footer");
        for (String note : texts.notes()) {
            footer.getChildren().add(wrapping(new Label(note), "figure-note"));
        }
        for (String note : texts.automaticNotes()) {
            footer.getChildren().add(wrapping(new Label(note), "figure-note"));
        }
        footer.getChildren().add(wrapping(new Label(texts.source()), "figure-source"));
        // Per 100,000 divides by the World Bank's population: its source is credited on every such figure.
        ScaleText.populationCredit(data).ifPresent(credit ->
                footer.getChildren().add(wrapping(new Label(credit), "figure-source")));
        if (!texts.byline().isEmpty()) {
            footer.getChildren().add(wrapping(new Label(texts.byline()), "figure-byline"));
        }
        root.getChildren().add(footer);

        // Its own scene, never one the theme manager styles: the export looks the same in every theme, in the
        // palette asked for (the print one by default).
        Scene scene = new Scene(root, size.width(), size.height());
        scene.getStylesheets().addAll(stylesheet(palette.tokensStylesheet()), stylesheet(APP_CSS), stylesheet(FIGURE_CSS));
        // In Chinese and Korean, the bundled CJK font: the same glyphs in the PDF and SVG on every machine.
        BundledFonts.stylesheet(AppLocale.current(), true).ifPresent(scene.getStylesheets()::add);
        Figure figure = new Figure(root, size, panels, legend, footer);
        // No widening of the value axis for the labels: the chart writes a value that does not fit after its bar
        // inside the bar, so the axis ends just above the data (it ran to 250,000 for 147,909).
        figure.layout();
        return figure;
    }

    /** The generated headline, in plain language (what is counted, from where). */
    public static String title(ChartData data, FigureContent content) {
        return FigureTexts.defaultTitle(data);
    }

    /** The generated subtitle: the years, and what the bars count over them. */
    public static String subtitle(ChartData data, FigureContent content) {
        return FigureTexts.defaultSubtitle(data, content);
    }

    /** A swatch in the band's colour and the era's name and years, for each era the trend chart shows. */
    private static FlowPane eraLegend(ChartData data, List<Era> shown) {
        if (shown.isEmpty()) {
            return null;
        }
        // Wraps, as the lines' key above it does: "Bands for China:" and four eras ran past a 640 px figure.
        FlowPane legend = new FlowPane(22, 4);
        legend.getStyleClass().add("figure-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        // Beside other countries' lines the bands are one country's eras: the legend says whose.
        data.eraCountryAmongOthers().ifPresent(c -> {
            Label whose = new Label(Messages.format("figure.eraLegend.compared", Messages.countryShortName(c)));
            whose.getStyleClass().add("figure-legend-item");
            legend.getChildren().add(whose);
        });
        for (Era era : shown) {
            Rectangle swatch = new Rectangle(14, 14);
            swatch.getStyleClass().addAll("era-swatch", "era-band", "era-band-" + data.eras().indexOf(era));
            Label label = new Label(Messages.eraLabel(era), swatch);
            label.getStyleClass().add("figure-legend-item");
            legend.getChildren().add(label);
        }
        return legend;
    }

    private static Label wrapping(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static String stylesheet(String path) {
        var url = FigureBuilder.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + path);
        }
        return url.toExternalForm();
    }
}
