package org.asylumtrends.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import picocli.CommandLine.Option;

/**
 * The options that say what a command shows, shared by {@code summary} and {@code export} so that their words,
 * defaults and errors agree: they build a {@link Selection}, defaulting to {@link Selection#DEFAULT}. The one
 * difference between the commands is the years an end not given comes from: {@code export} takes the article's
 * (a figure of the window's opening view), {@code summary} the years the data have (a table of everything); each
 * passes its own to {@link #years}.
 */
final class SelectionOptions {
    @Option(names = "--origin", paramLabel = "ISO3",
            descriptionKey = "option.origin")
    String origin = Selection.DEFAULT.origin();

    @Option(names = "--measure", paramLabel = "M",
            descriptionKey = "option.measure")
    String measure = Selection.DEFAULT.measure().id();

    @Option(names = "--from", paramLabel = "Y", descriptionKey = "option.from")
    Integer from;

    @Option(names = "--to", paramLabel = "Y", descriptionKey = "option.to")
    Integer to;

    @Option(names = "--aggregation", paramLabel = "last-year|sum",
            descriptionKey = "option.aggregation")
    String aggregation = Selection.DEFAULT.aggregation().id();

    /**
     * The selection asked for, checked against the data: words known, the origin in the data, the years from
     * {@link #years} with the article's years for an end not given.
     */
    Selection selection(AsylumDataset data) throws CommandFailure {
        // In the order the commands always checked them: words, years, then what needs the data.
        Measure m = Choices.measure(measure);
        RangeAggregation a = Choices.aggregation(aggregation);
        YearRange years = years(Selection.DEFAULT.years());
        return new Selection(List.of(originIn(data)), m, a, years, Selection.DEFAULT.convention());
    }

    /**
     * The years asked for. An end not given is {@code defaults}' end, moved to the given end where it would make the
     * range run backwards ({@code --to 2010} with defaults 2012–2024: 2010 alone).
     */
    YearRange years(YearRange defaults) throws CommandFailure {
        if (from != null && to != null && from > to) {
            throw CommandFailure.of("cli.fromAfterTo", from, to);
        }
        int first = from != null ? from : to != null ? Math.min(to, defaults.from()) : defaults.from();
        int last = to != null ? to : from != null ? Math.max(from, defaults.to()) : defaults.to();
        return new YearRange(first, last);
    }

    /** Whether --from or --to was given: years the data lack are then an error, not a view to clamp. */
    boolean yearsGiven() {
        return from != null || to != null;
    }

    private String originIn(AsylumDataset data) throws CommandFailure {
        String iso3 = origin.strip().toUpperCase(Locale.ROOT);
        if (data.origin(iso3).isEmpty()) {
            throw CommandFailure.of(data.origins().size() > 12 ? "cli.unknownOrigin.more" : "cli.unknownOrigin", origin,
                    data.origins().stream().limit(12).map(Country::iso3).collect(Collectors.joining(", ")));
        }
        return iso3;
    }
}
