package org.asylumtrends.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.ChartDataCsv;
import org.asylumtrends.data.ListedSeries;
import org.asylumtrends.data.Population;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.TrendLines;
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.DestinationRanking;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.SpreadsheetCsv;
import org.asylumtrends.data.Vintage;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.data.YearSeries;
import org.asylumtrends.data.YearValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code summary}: a measure per year, or countries of asylum ranked, as CSV on stdout. */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false)
public final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--by", paramLabel = "year|destination", defaultValue = "year",
            descriptionKey = "summary.by")
    String by;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            descriptionKey = "summary.top")
    int top;

    @Option(names = "--list-origins",
            descriptionKey = "summary.listOrigins")
    boolean listOrigins;

    @Option(names = "--list-asylums",
            descriptionKey = "summary.listAsylums")
    boolean listAsylums;

    @Option(names = "--release", paramLabel = "R", defaultValue = "latest",
            completionCandidates = ReleaseChoice.Bundled.class, descriptionKey = "summary.release")
    String release;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            run(out);
            return 0;
        } catch (CommandFailure e) {
            err.println("asylum-trends summary: " + e.getMessage());
            return AsylumTrendsCommand.BAD_INPUT;
        }
    }

    private void run(PrintWriter out) throws CommandFailure {
        boolean byYear = switch (by.toLowerCase(Locale.ROOT)) {
            case "year" -> true;
            case "destination" -> false;
            default -> throw CommandFailure.of("cli.summary.unknownBy", by);
        };
        if (top < 1) {
            throw CommandFailure.of("cli.summary.top");
        }
        AsylumDataset dataset = data.load();
        if (listOrigins || listAsylums) {
            // The codes --origin and --asylum take, with the names they also take, sorted by name.
            SpreadsheetCsv csv = new SpreadsheetCsv(out);
            csv.row("iso3", "country");
            for (Country c : listOrigins ? dataset.origins() : dataset.asylums()) {
                csv.row(c.iso3(), c.name());
            }
            out.flush();
            return;
        }
        Vintage vintage = ReleaseChoice.resolve(release, dataset);
        Selection chosen = selection.selection(dataset);
        Measure measure = chosen.measure();
        String originIso = chosen.listed().get(0);
        if (!dataset.has(measure, vintage)) {
            List<Measure> kept = dataset.figuresIn(vintage).measures();
            if (!vintage.isLatest() && !kept.isEmpty()) {
                throw CommandFailure.of("cli.summary.releaseKeptFor", vintage.release(),
                        kept.stream().map(Measure::id).collect(Collectors.joining(", ")), measure.id());
            }
            String present = dataset.measures().stream().map(Measure::id).collect(Collectors.joining(", "));
            throw !vintage.isLatest()
                    ? CommandFailure.of("cli.summary.measureMissing.release", measure.id(), vintage.release(), present)
                    : CommandFailure.of("cli.measureMissing", measure.id(), present);
        }
        YearSeries series = chosen.isAsylumView() ? ListedSeries.of(dataset, chosen, originIso)
                : YearSeries.of(dataset, originIso, measure, vintage);
        YearRange all = series.years().orElseThrow(() -> CommandFailure.of("cli.summary.noFigures", measure.id(),
                originIso));
        // Years not given are all the data have: a table of everything (export takes the article's years).
        YearRange range = selection.years(all);
        if (selection.to == null && range.from() > all.to()) {
            throw CommandFailure.of("cli.summary.fromAfterLast", range.from(), all.to(), measure.id());
        }
        if (selection.from == null && range.to() < all.from()) {
            throw CommandFailure.of("cli.summary.toBeforeFirst", range.to(), all.from(), measure.id());
        }
        chosen = chosen.withYears(range);
        // The window's table export writes through the same writer: formulas in names stay text in both.
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        if (byYear && (chosen.listed().size() > 1 || chosen.scale() != Scale.LINEAR || chosen.isAsylumView())) {
            writeLines(csv, dataset, vintage, chosen);
        } else if (byYear) {
            csv.row("year", measure.id());
            for (YearValue p : series.pointsIn(chosen.years())) {
                csv.row(Integer.toString(p.year()), format(measure, p.value()));
            }
        } else {
            DestinationRanking ranking = chosen.isAsylumView()
                    ? ListedSeries.ranking(dataset, chosen, originIso, chosen.years(), chosen.aggregation(), top)
                    : DestinationRanking.of(dataset, originIso, measure, vintage, chosen.years(), chosen.aggregation(),
                    top);
            csv.row("iso3", "country", measure.id());
            for (Destination d : ranking.top()) {
                csv.row(d.country().iso3(), d.country().name(), format(measure, d.value()));
            }
            OptionalDouble other = ranking.other();
            if (other.isPresent()) {
                csv.row("", "Other (" + ranking.otherCount() + " countries)",
                        format(measure, other.getAsDouble()));
            }
        }
        out.flush();
    }

    /**
     * Issue 15: a column per listed country on the selection's scale, exactly the chart's lines (ChartDataCsv); a
     * value the scale cannot make is empty (per 100,000 without a population figure, such as 2025: empty, never
     * guessed).
     */
    static void writeLines(SpreadsheetCsv csv, AsylumDataset dataset, Vintage vintage, Selection chosen) {
        List<YearSeries> series = chosen.listed().stream().map(iso -> chosen.isAsylumView()
                ? ListedSeries.of(dataset, chosen, iso) : YearSeries.of(dataset, iso, chosen.measure(), vintage))
                .toList();
        TrendLines lines = TrendLines.of(series, series.stream().map(YearSeries::origin).toList(), chosen.years(),
                chosen.scale(), dataset.population());
        csv.row(ChartDataCsv.header(lines));
        ChartDataCsv.rows(lines, chosen.measure()).forEach(csv::row);
    }

    static String format(Measure measure, double value) {
        return measure.kind() == Measure.Kind.RATE ? String.format(Locale.ROOT, "%.4f", value)
                : Long.toString(Math.round(value));
    }

    /** For tests. */
    static List<String> measureIds() {
        return Arrays.stream(Measure.values()).map(Measure::id).toList();
    }
}
