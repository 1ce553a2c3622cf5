package org.asylumtrends.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.DataFormatException;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.data.claims.ClaimsText;
import org.asylumtrends.data.claims.FigureCandidate;
import org.asylumtrends.data.claims.FigureFinder;
import org.asylumtrends.data.claims.FigureQuery;
import org.asylumtrends.data.claims.FigureText;
import org.asylumtrends.data.claims.FinderResult;
import org.asylumtrends.text.AppLocale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code find}: where a published number comes from, as the figure finder reads it. */
@Command(name = "find", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Finds which figures of the data a published number can be: every measure,",
                "release, scope, window of years and aggregation (one year, last year, sum, mean,",
                "ratio, change), with one-digit slips, best first. The number may be a sentence:",
                "  find 1,158,739 Chinese nationals 2012-2024",
                "  find 1158739 --origin CHN --years 2012-2024",
                "  find \"1,426 %\" --origin CHN --years 2012-2024",
                "Source: UNHCR Refugee Population Statistics Database, CC BY 4.0.",
                "Exit code 2 with one line on stderr for bad arguments or bad input."})
public final class FindCommand implements Callable<Integer> {
    private static final int WIDTH = 100;
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-\u2013]\\s*(\\d{4}))?");

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "NUMBER", arity = "1..*",
            description = "The published number, alone or with its sentence (1158739, \"1.16 million\", \"1,426 %\").")
    List<String> words = new ArrayList<>();

    @Option(names = "--origin", paramLabel = "ISO3", description = "The country of origin (default: read from the text).")
    String origin;

    @Option(names = "--in", paramLabel = "ISO3", description = "The country of asylum (default: all, each, and the top 5 and 10).")
    String asylum;

    @Option(names = "--years", paramLabel = "Y[-Y]", description = "The years the number is about (default: read from the text, or every window).")
    String years;

    @Override
    public Integer call() throws DataFormatException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            AsylumDataset dataset = data.load();
            FigureQuery query = query(dataset);
            // The era table ships in the jar: if it cannot be read, the installation is damaged (exit 1).
            FinderResult result = new FigureFinder(dataset, EraTable.loadBundled()).find(query);
            ClaimsText text = new ClaimsText(AppLocale.current());
            for (String line : ClaimsCommand.wrap(text.format(result.summary()), WIDTH)) {
                out.println(line);
            }
            int n = 1;
            for (FigureCandidate c : result.candidates()) {
                List<String> lines = ClaimsCommand.wrap(text.format(c.sentence()), WIDTH - 4);
                out.println(String.format(Locale.ROOT, "%2d. %s", n++, lines.get(0)));
                lines.stream().skip(1).forEach(l -> out.println("    " + l));
            }
            out.flush();
            return 0;
        } catch (CommandFailure e) {
            err.println("asylum-trends find: " + e.getMessage());
            return AsylumTrendsCommand.BAD_INPUT;
        }
    }

    private FigureQuery query(AsylumDataset dataset) throws CommandFailure {
        List<Country> known = new ArrayList<>(dataset.origins());
        dataset.asylums().stream().filter(c -> !known.contains(c)).forEach(known::add);
        FigureQuery q;
        try {
            q = FigureText.parse(String.join(" ", words), known);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        if (origin != null) {
            // One origin, by code or name, worded as --origin is everywhere else (a long list is not printed).
            q = q.withOrigin(CountryChoice.resolve(origin, dataset.origins(), false).get(0));
        }
        if (asylum != null) {
            String code = asylum.strip().toUpperCase(Locale.ROOT);
            if (!Country.isIso3(code)) {
                throw CommandFailure.of("cli.find.notIso3", asylum);
            }
            q = q.withAsylum(code);
        }
        if (years != null) {
            Matcher m = YEARS.matcher(years.strip());
            if (!m.matches()) {
                throw CommandFailure.of("cli.find.years", years);
            }
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            q = q.withYears(new YearRange(Math.min(a, b), Math.max(a, b)));
        }
        return q;
    }
}
