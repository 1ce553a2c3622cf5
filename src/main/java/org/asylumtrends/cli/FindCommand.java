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
@Command(name = "find", mixinStandardHelpOptions = true, sortOptions = false)
public final class FindCommand implements Callable<Integer> {
    private static final int WIDTH = 100;
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-\u2013]\\s*(\\d{4}))?");

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(paramLabel = "NUMBER", arity = "1..*",
            descriptionKey = "find.number")
    List<String> words = new ArrayList<>();

    @Option(names = "--origin", paramLabel = "ISO3", descriptionKey = "find.origin")
    String origin;

    @Option(names = "--in", paramLabel = "ISO3", descriptionKey = "find.in")
    String asylum;

    @Option(names = "--years", paramLabel = "Y[-Y]", descriptionKey = "find.years")
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
