package org.asylumtrends.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.ChartData;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.InputFiles;
import org.asylumtrends.data.LoadMonitor;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.export.AtomicFileWriter;
import org.asylumtrends.export.ExportException;
import org.asylumtrends.export.ExportSettings;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigurePalette;
import org.asylumtrends.export.FigureExport;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.export.HeadlessToolkit;
import org.asylumtrends.export.ImageFormat;
import org.asylumtrends.text.Messages;
import org.asylumtrends.view.ViewData;
import org.asylumtrends.view.ViewFile;
import org.asylumtrends.view.ViewFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export}: the window's figure as PNG, SVG or PDF, rendered without a display. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--chart", paramLabel = "trend|destinations|map|both", defaultValue = "figure",
            descriptionKey = "export.chart")
    String chart;

    @Option(names = "--format", paramLabel = "png|svg|pdf",
            descriptionKey = "export.format")
    String format;

    // Not --scale: that is the mixin's scale of the figures (linear, log, indexed, per-100k).
    @Option(names = "--pixel-scale", paramLabel = "1|2|3", defaultValue = "1",
            descriptionKey = "export.pixelScale")
    int scale;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1200x675",
            descriptionKey = "export.size")
    String size;

    @Mixin
    SelectionOptions selection;

    @Mixin
    DataOptions data;

    @Option(names = "--palette", paramLabel = "print|dark", defaultValue = "print", descriptionKey = "export.palette")
    String palette;

    @Option(names = "--out", paramLabel = "PATH", required = true, descriptionKey = "export.out")
    Path out;

    @Option(names = "--follow-links", descriptionKey = "export.followLinks")
    boolean followLinks;

    @Option(names = "--view", paramLabel = "FILE", descriptionKey = "export.view")
    Path view;

    /** The options a saved view gives: naming one beside --view would be silently ignored, so it is an error. */
    private static final java.util.List<String> VIEW_GIVES = java.util.List.of("--chart", "--size", "--origin",
            "--asylum", "--scale", "--measure", "--from", "--to", "--aggregation", "--file");

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportSettings settings;
        ChartData chartData;
        Editorial editorial = Editorial.NONE;
        try {
            if (view != null) {
                ViewFile.Saved saved = savedView(err);
                settings = settings(saved.view().panels(), saved.view().size());
                chartData = chartData(saved);
                editorial = saved.view().editorial();
            } else {
                settings = settings(FigureContent.byId(chart).orElseThrow(() -> CommandFailure.of(
                        "cli.export.unknownChart", chart, FigureContent.knownIds())), FigureSize.parse(size)
                        .orElseThrow(() -> CommandFailure.of("cli.export.size", size, FigureSize.MIN, FigureSize.MAX)));
                chartData = chartData();
            }
        } catch (CommandFailure e) {
            err.println("asylum-trends export: " + e.getMessage());
            return AsylumTrendsCommand.BAD_INPUT;
        }
        try {
            // Before the toolkit starts and anything is drawn: what is at --out, and whether a PNG fits in memory.
            AtomicFileWriter.checkTarget(out.toAbsolutePath().normalize(), followLinks);
            FigureExport.checkMemory(settings);
            HeadlessToolkit.start();
            Editorial words = editorial;
            FigureExport figure = HeadlessToolkit.onFxThread(() -> FigureExport.prepare(chartData, settings, words));
            figure.writeTo(out, followLinks);
            for (String note : figure.notes()) {
                err.println("asylum-trends export: " + Messages.format("cli.note", note));
            }
        } catch (ExportException e) {
            err.println("asylum-trends export: " + e.getMessage());
            return 1;
        }
        stdout.println(settings.format().isRaster()
                ? Messages.format("cli.export.wrote.raster", out, settings.format().displayName(), settings.size().width(),
                        settings.size().height(), settings.scale(), settings.pixelWidth(), settings.pixelHeight())
                : Messages.format("cli.export.wrote", out, settings.format().displayName(), settings.size().width(),
                        settings.size().height()));
        return 0;
    }

    private ExportSettings settings(FigureContent content, FigureSize figureSize) throws CommandFailure {
        ImageFormat fmt;
        if (format != null) {
            fmt = ImageFormat.byId(format).orElseThrow(() -> CommandFailure.of("cli.export.unknownFormat", format));
        } else {
            fmt = ImageFormat.ofFile(out).orElseThrow(() -> CommandFailure.of("cli.export.formatFromName", out));
        }
        if (scale < 1 || scale > ExportSettings.MAX_SCALE) {
            throw CommandFailure.of("cli.export.scale", scale);
        }
        if (scale != 1 && !fmt.isRaster()) {
            throw CommandFailure.of("cli.export.scaleVector", fmt.displayName());
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw CommandFailure.of("cli.export.noFolder", out, folder);
        }
        FigurePalette colours = FigurePalette.byId(palette)
                .orElseThrow(() -> CommandFailure.of("cli.export.unknownPalette", palette));
        return new ExportSettings(content, figureSize, fmt, scale, colours);
    }

    /** The view file, read; an option it gives that is also named is an error; changed data are a note. */
    private ViewFile.Saved savedView(PrintWriter err) throws CommandFailure {
        for (String name : VIEW_GIVES) {
            if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
                throw CommandFailure.of("cli.export.viewGives", name);
            }
        }
        ViewFile.Saved saved;
        try {
            saved = ViewFile.read(view);
        } catch (ViewFileException e) {
            throw new CommandFailure(e.getMessage());
        }
        for (String change : saved.data().changesSince(ViewData.shippedRelease())) {
            err.println("asylum-trends export: " + Messages.format("cli.note", change));
        }
        return saved;
    }

    /** The figures of a saved view: its data files (and the bundled data if it had them), its selection. */
    private ChartData chartData(ViewFile.Saved saved) throws CommandFailure {
        AsylumDataset dataset;
        try {
            ViewData d = saved.data();
            for (Path f : d.paths()) {
                InputFiles.checkReadable(f);
            }
            dataset = d.paths().isEmpty() ? DatasetLoader.loadBundled()
                    : d.withBundled() ? DatasetLoader.loadWithBundled(d.paths(), LoadMonitor.NONE)
                    : DatasetLoader.load(d.paths(), LoadMonitor.NONE);
        } catch (DataFormatException e) {
            throw new CommandFailure(e.getMessage());
        } catch (java.io.IOException e) {
            throw CommandFailure.of("cli.cannotRead", e.getMessage());
        }
        Selection chosen = saved.view().selection();
        if (!dataset.has(chosen.measure(), Vintage.LATEST)) {
            throw CommandFailure.of("cli.measureMissing", chosen.measure().id(),
                    dataset.measures().stream().map(Measure::id).collect(Collectors.joining(", ")));
        }
        if (dataset.origin(chosen.listed().get(0)).isEmpty()) {
            throw CommandFailure.of("cli.noFigures", chosen.measure().id(), chosen.listed().get(0));
        }
        EraTable eras;
        try {
            eras = EraTable.loadBundled();
        } catch (DataFormatException e) {
            throw new CommandFailure(e.getMessage());
        }
        ChartData chartData = ChartData.of(dataset, eras, chosen);
        if (chartData.available() == null) {
            throw CommandFailure.of("cli.noFigures", chosen.measure().id(), chosen.origin());
        }
        return chartData;
    }

    private ChartData chartData() throws CommandFailure {
        AsylumDataset dataset = data.load();
        // Years not given are the article's: export draws the window's opening view (summary takes the data's).
        Selection chosen = selection.selection(dataset);
        Measure measure = chosen.measure();
        if (!dataset.has(measure, Vintage.LATEST)) {
            throw CommandFailure.of("cli.measureMissing", measure.id(),
                    dataset.measures().stream().map(Measure::id).collect(Collectors.joining(", ")));
        }
        EraTable eras;
        try {
            eras = EraTable.loadBundled();
        } catch (DataFormatException e) {
            throw new CommandFailure(Messages.describe(e));
        }
        ChartData chartData = ChartData.of(dataset, eras, chosen);
        if (chartData.available() == null) {
            throw CommandFailure.of("cli.noFigures", measure.id(), chosen.listed().get(0));
        }
        YearRange available = chartData.available();
        YearRange years = chosen.years();
        if (selection.yearsGiven() && (years.to() < available.from() || years.from() > available.to())) {
            throw CommandFailure.of("cli.noFiguresInYears", measure.id(), years.toString(), available.toString());
        }
        return chartData;
    }
}
