package org.asylumtrends.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.asylumtrends.data.ChartData;

/**
 * One figure ready to be saved. {@link #prepare} runs on the FX thread: it lays the figure out and takes a
 * snapshot (PNG) or traces it (SVG, PDF). {@link #writeTo(Path)} encodes and writes, on any thread, atomically.
 */
public final class FigureExport {
    private final ExportSettings settings;
    private final String title;
    private final String subtitle;
    private final String credit;
    private final Image snapshot;
    private final Drawing drawing;

    private FigureExport(ExportSettings settings, String title, String subtitle, String credit, Image snapshot,
                         Drawing drawing) {
        this.settings = settings;
        this.title = title;
        this.subtitle = subtitle;
        this.credit = credit;
        this.snapshot = snapshot;
        this.drawing = drawing;
    }

    /** Lays the figure out off-screen and captures it. Must run on the FX thread. */
    public static FigureExport prepare(ChartData data, ExportSettings settings) {
        Objects.requireNonNull(data, "data");
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a figure is laid out on the FX thread");
        }
        Figure figure = FigureBuilder.build(data, settings.content(), settings.size());
        String title = FigureBuilder.title(data, settings.content());
        String subtitle = FigureBuilder.subtitle(data, settings.content());
        String credit = data.metadata().credit();
        if (settings.format().isRaster()) {
            return new FigureExport(settings, title, subtitle, credit, figure.snapshot(settings.scale()), null);
        }
        return new FigureExport(settings, title, subtitle, credit, null, figure.trace());
    }

    /** A file name that says what the figure shows: "asylum-seekers-CHN-2012-2024-figure.png". */
    public static String suggestedFileName(ChartData data, ExportSettings settings) {
        String years = data.selected().from() == data.selected().to() ? Integer.toString(data.selected().from())
                : data.selected().from() + "-" + data.selected().to();
        String sum = data.measure().isStock() && data.aggregation() == org.asylumtrends.data.RangeAggregation.SUM_OVER_YEARS
                && settings.content().hasDestinations() ? "-summed" : "";
        return data.measure().id() + "-" + data.origin().iso3() + "-" + years + sum + "-" + settings.content().id()
                + "." + settings.format().extension();
    }

    /** Encodes and writes the file in one step: a failure leaves no partial file. Any thread. */
    public void writeTo(Path target) throws ExportException {
        AtomicFileWriter.write(target, this::writeTo);
    }

    /** Encodes the figure to a stream. Any thread. */
    public void writeTo(OutputStream out) throws IOException {
        String source = "Source: " + credit;
        switch (settings.format()) {
            case PNG -> {
                Map<String, String> text = new LinkedHashMap<>();
                text.put("Title", title);
                text.put("Description", subtitle);
                text.put("Source", credit);
                text.put("Software", "Asylum Trends");
                PngWriter.write(snapshot, settings.scale(), text, out);
            }
            case SVG -> SvgWriter.write(drawing, title, subtitle + ". " + source, out);
            case PDF -> PdfWriter.write(drawing, settings.size(), title, subtitle + ". " + source, out);
        }
    }

    public ExportSettings settings() {
        return settings;
    }

    public String title() {
        return title;
    }

    /** The vector operations (SVG and PDF), or null for a PNG. */
    public Drawing drawing() {
        return drawing;
    }

    /** The pixels (PNG), or null for the vector formats. */
    public Image snapshot() {
        return snapshot;
    }
}
