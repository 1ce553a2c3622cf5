package org.asylumtrends.cli;

import java.util.List;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The options that say what a command shows, shared by {@code summary} and {@code export} so that their words,
 * defaults and errors agree: they build a {@link Selection}, defaulting to {@link Selection#DEFAULT}. The one
 * difference between the commands is the years an end not given comes from: {@code export} takes the article's
 * (a figure of the window's opening view), {@code summary} the years the data have (a table of everything); each
 * passes its own to {@link #years}.
 */
final class SelectionOptions {
    /** The command these options are part of: it tells an option given from its default. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--origin", paramLabel = "ISO3,…", descriptionKey = "option.origin")
    String origin = Selection.DEFAULT.origin();

    @Option(names = "--asylum", paramLabel = "ISO3,…", descriptionKey = "option.asylum")
    String asylum;

    @Option(names = "--scale", paramLabel = "linear|log|indexed|per-100k",
            descriptionKey = "option.scale")
    String scale = Selection.DEFAULT.scale().id();

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
        Scale sc = scale(scale);
        if (asylum != null && given("--origin")) {
            throw CommandFailure.of("cli.originAndAsylum");
        }
        if (asylum != null) {
            return new Selection(List.of(), CountryChoice.resolve(asylum, data.asylums(), true), m, a, years,
                    Selection.DEFAULT.convention(), sc);
        }
        List<String> origins = CountryChoice.resolve(origin, data.origins(), false);
        return new Selection(origins, List.of(), m, a, years, Selection.DEFAULT.convention(), sc);
    }

    /** Whether the command line named the option (its default does not count). */
    private boolean given(String option) {
        ParseResult parsed = command == null || command.commandLine() == null ? null
                : command.commandLine().getParseResult();
        return parsed != null && parsed.hasMatchedOption(option);
    }

    private static Scale scale(String id) throws CommandFailure {
        // The PNG's pixels per figure pixel were once --scale 2: name the option that took them.
        return Scale.byId(id).orElseThrow(() -> id.strip().matches("[0-9]+")
                ? CommandFailure.of("cli.unknownScale.pixels", id, id.strip())
                : CommandFailure.of("cli.unknownScale", id));
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
}
