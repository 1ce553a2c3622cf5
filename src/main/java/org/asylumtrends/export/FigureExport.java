package org.asylumtrends.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.text.Messages;

/**
 * One figure ready to be saved. {@link #prepare} runs on the FX thread: it lays the figure out and takes a
 * snapshot (PNG) or traces it (SVG, PDF). {@link #writeTo(Path)} encodes and writes, on any thread, atomically.
 */
public final class FigureExport {
    /** Memory beyond the pixels: the layout, a snapshot tile and its copy, the encoder's buffers. */
    private static final long HEADROOM = 96L << 20;

    private final ExportSettings settings;
    private final FigureTexts texts;
    private final BufferedImage pixels;
    private final Drawing drawing;
    private final List<String> notes = new CopyOnWriteArrayList<>();

    private FigureExport(ExportSettings settings, FigureTexts texts, BufferedImage pixels, Drawing drawing) {
        this.settings = settings;
        this.texts = texts;
        this.pixels = pixels;
        this.drawing = drawing;
    }

    /**
     * Lays the figure out off-screen and captures it. Must run on the FX thread. A PNG too large for the memory left
     * is refused here, before anything is drawn, with a sentence saying how much memory it needs.
     */
    public static FigureExport prepare(ChartData data, ExportSettings settings) throws ExportException {
        return prepare(data, settings, Editorial.NONE);
    }

    /** As {@link #prepare(ChartData, ExportSettings)}, with the author's texts and annotations. */
    public static FigureExport prepare(ChartData data, ExportSettings settings, Editorial editorial)
            throws ExportException {
        Objects.requireNonNull(data, "data");
        checkMemory(settings);
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a figure is laid out on the FX thread");
        }
        Figure figure = FigureBuilder.build(data, settings.content(), settings.size(), editorial, settings.palette());
        FigureTexts texts = FigureTexts.of(data, settings.content(), editorial);
        if (settings.format().isRaster()) {
            return new FigureExport(settings, texts, figure.pixels(settings.scale()), null);
        }
        return new FigureExport(settings, texts, null, figure.trace());
    }

    /** A file name that says what the figure shows: "asylum-seekers-CHN-2012-2024-figure.png". */
    public static String suggestedFileName(ChartData data, ExportSettings settings) {
        return baseName(data, settings.content().aggregatesYears()) + "-" + settings.content().id()
                + "." + settings.format().extension();
    }

    /**
     * What a file of this view is called before what it holds: "asylum-seekers-CHN-RUS-2012-2024-per-100k", for a
     * figure ({@link #suggestedFileName}) and for the chart data's CSV ("…-chart-data.csv").
     *
     * @param summed whether the file shows a stock summed over the years when the view sums it
     */
    public static String baseName(ChartData data, boolean summed) {
        String years = data.selected().from() == data.selected().to() ? Integer.toString(data.selected().from())
                : data.selected().from() + "-" + data.selected().to();
        String sum = data.measure().isStock() && data.aggregation() == org.asylumtrends.data.RangeAggregation.SUM_OVER_YEARS
                && summed ? "-summed" : "";
        // Every compared country and the scale in the name: two views exported one after the other no longer share
        // "asylum-seekers-CHN-2012-2024-figure.png", and a folder of figures says which is which.
        String countries = data.lines().lines().isEmpty() ? data.origin().iso3()
                : data.lines().lines().stream().map(l -> l.country().iso3())
                        .collect(java.util.stream.Collectors.joining("-"));
        String side = data.asylumView() ? "in-" : "";
        String scale = data.scale() == org.asylumtrends.data.Scale.LINEAR ? "" : "-" + data.scale().id();
        return data.measure().id() + "-" + side + countries + "-" + years + sum + scale;
    }

    /**
     * Refuses a PNG whose pixels (4 bytes each, held once while encoding) would not fit in the memory this JVM may
     * still use; an out-of-memory error half-way would end the command line with a stack trace.
     */
    public static void checkMemory(ExportSettings settings) throws ExportException {
        if (!settings.format().isRaster()) {
            return;
        }
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (4L * settings.pixelWidth() * settings.pixelHeight() + HEADROOM > free) {
            System.gc();
            free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        checkMemory(settings, free);
    }

    /** As {@link #checkMemory(ExportSettings)}, given the bytes free. */
    static void checkMemory(ExportSettings settings, long free) throws ExportException {
        long needed = 4L * settings.pixelWidth() * settings.pixelHeight() + HEADROOM;
        if (settings.format().isRaster() && needed > free) {
            throw new ExportException(Messages.format("export.error.tooLarge",
                    settings.pixelWidth(), settings.pixelHeight(), needed >> 20, Math.max(0, free >> 20)));
        }
    }

    /** Encodes and writes the file in one step: a failure leaves no partial file. Any thread. */
    public void writeTo(Path target) throws ExportException {
        writeTo(target, false);
    }

    /** As {@link #writeTo(Path)}; with {@code followLinks} a symbolic link's target file is replaced, not refused. */
    public void writeTo(Path target, boolean followLinks) throws ExportException {
        AtomicFileWriter.write(target, followLinks, this::writeTo);
    }

    /**
     * What the last write had to change, in sentences for the user: characters an SVG cannot hold, characters no
     * font could draw in a PDF. Empty when the file shows the text exactly.
     */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Encodes the figure to a stream. Any thread. */
    public void writeTo(OutputStream out) throws IOException {
        notes.clear();
        if (drawing != null && !drawing.skipped().isEmpty()) {
            notes.add(Messages.format("export.note.skipped", drawing.skipped().size(),
                    String.join(", ", new java.util.LinkedHashSet<>(drawing.skipped()))));
        }
        switch (settings.format()) {
            case PNG -> {
                Map<String, String> text = new LinkedHashMap<>();
                // The alt text as the PNG's standard "Description" keyword, which image tools and CMSs read.
                text.put("Title", texts.title());
                text.put("Description", texts.altText());
                if (!texts.byline().isEmpty()) {
                    text.put("Author", texts.byline());
                }
                text.put("Source", texts.source());
                text.put("Software", "Asylum Trends");
                PngWriter.write(pixels, settings.scale(), text, out);
            }
            case SVG -> {
                int replaced = SvgWriter.write(drawing, texts.title(), texts.description(), out);
                if (replaced > 0) {
                    notes.add(Messages.format("export.note.xmlReplaced", replaced));
                }
            }
            case PDF -> {
                PdfWriter.Fallbacks fallbacks = PdfWriter.write(drawing, settings.size(), texts.title(),
                        texts.description(), texts.altText(), out);
                if (fallbacks.outlined() > 0) {
                    notes.add(Messages.format("export.note.pdfOutlined", fallbacks.outlined()));
                }
                if (fallbacks.missing() > 0) {
                    notes.add(Messages.format("export.note.pdfMissing", fallbacks.missing()));
                }
            }
        }
    }

    public ExportSettings settings() {
        return settings;
    }

    public String title() {
        return texts.title();
    }

    /** The figure's words: title, notes, source, alt text. */
    public FigureTexts texts() {
        return texts;
    }

    /** The vector operations (SVG and PDF), or null for a PNG. */
    public Drawing drawing() {
        return drawing;
    }

    /** The pixels (PNG), or null for the vector formats. */
    public BufferedImage pixels() {
        return pixels;
    }
}
