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
import org.asylumtrends.data.Destination;
import org.asylumtrends.data.DestinationRanking;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
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
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints a measure per year (year,<measure>) or a ranking of countries of asylum",
                "(iso3,country,<measure>) as CSV. Source: UNHCR Refugee Population Statistics Database, CC BY 4.0.",
                "Exit code 2 with one line on stderr for bad arguments or bad input."},
        footer = {"", "Measures:",
                "  asylum-seekers   claims pending at year end (a stock; UNHCR 'Asylum-seekers')",
                "  applications-new new asylum applications lodged in the year (application type N)",
                "  applications-all all applications: new, repeat, appeal and unspecified",
                "  refugees         refugees under UNHCR's mandate at year end (a stock)",
                "  decisions-total, recognized, complementary-protection, rejected, otherwise-closed",
                "                   decisions taken in the year",
                "  recognition-rate (recognized + complementary) / (recognized + complementary + rejected)",
                "", "A stock is not summed over years unless --aggregation sum is given: over a range, a",
                "destination ranking shows the stock in the last year."})
public final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--origin", paramLabel = "ISO3", defaultValue = "CHN",
            description = "Country of origin by ISO3 code (default: ${DEFAULT-VALUE}).")
    String origin;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "asylum-seekers",
            description = "What to count (default: ${DEFAULT-VALUE}); see the list below.")
    String measureName;

    @Option(names = "--from", paramLabel = "Y", description = "First year (default: the first year in the data).")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", description = "Last year (default: the last year in the data).")
    Integer to;

    @Option(names = "--by", paramLabel = "year|destination", defaultValue = "year",
            description = "One row per year, or one per country of asylum (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "With --by destination: how many countries before 'Other' (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--aggregation", paramLabel = "last-year|sum", defaultValue = "last-year",
            description = {"With --by destination and a stock measure: the stock in the last year (default),",
                    "or the sum over the years (which counts people pending several years more than once)."})
    String aggregationName;

    @Option(names = "--release", paramLabel = "R", defaultValue = "latest",
            description = {"UNHCR release: latest (default) or 2024.6.0, whose 2024 asylum-seeker figure",
                    "is the mid-2024 value the Safeguard Defenders article used."})
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
        Measure measure = Choices.measure(measureName);
        RangeAggregation aggregation = Choices.aggregation(aggregationName);
        boolean byYear = switch (by.toLowerCase(Locale.ROOT)) {
            case "year" -> true;
            case "destination" -> false;
            default -> throw CommandFailure.of("cli.summary.unknownBy", by);
        };
        if (top < 1) {
            throw CommandFailure.of("cli.summary.top");
        }
        AsylumDataset dataset = data.load();
        Vintage vintage = ReleaseChoice.resolve(release, dataset);
        String originIso = origin.strip().toUpperCase(Locale.ROOT);
        if (dataset.origin(originIso).isEmpty()) {
            throw CommandFailure.of(dataset.origins().size() > 12 ? "cli.unknownOrigin.more" : "cli.unknownOrigin", origin,
                    dataset.origins().stream().limit(12).map(Country::iso3).collect(Collectors.joining(", ")));
        }
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
        YearSeries series = YearSeries.of(dataset, originIso, measure, vintage);
        YearRange all = series.years().orElseThrow(() -> CommandFailure.of("cli.summary.noFigures", measure.id(),
                originIso));
        int first = from == null ? all.from() : from;
        int last = to == null ? all.to() : to;
        // Checked before building the range, whose constructor would fail with exit code 1 instead of 2.
        if (first > last) {
            throw from != null && to != null ? CommandFailure.of("cli.fromAfterTo", from, to)
                    : from != null ? CommandFailure.of("cli.summary.fromAfterLast", from, last, measure.id())
                    : CommandFailure.of("cli.summary.toBeforeFirst", to, first, measure.id());
        }
        YearRange range = new YearRange(first, last);
        // The window's table export writes through the same writer: formulas in names stay text in both.
        SpreadsheetCsv csv = new SpreadsheetCsv(out);
        if (byYear) {
            csv.row("year", measure.id());
            for (YearValue p : series.pointsIn(range)) {
                csv.row(Integer.toString(p.year()), format(measure, p.value()));
            }
        } else {
            DestinationRanking ranking = DestinationRanking.of(dataset, originIso, measure, vintage, range, aggregation, top);
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

    static String format(Measure measure, double value) {
        return measure.kind() == Measure.Kind.RATE ? String.format(Locale.ROOT, "%.4f", value)
                : Long.toString(Math.round(value));
    }

    /** For tests. */
    static List<String> measureIds() {
        return Arrays.stream(Measure.values()).map(Measure::id).toList();
    }
}
