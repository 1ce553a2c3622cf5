package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.SmallData;
import org.asylumtrends.data.YearRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** summary and export build their selection with one mixin: the same words, defaults and result. */
class SelectionOptionsTest {
    private static final List<String> SELECTION_OPTIONS = List.of("--origin", "--asylum", "--scale", "--measure",
            "--from", "--to", "--aggregation");
    private static AsylumDataset data;

    @BeforeAll
    static void load() throws Exception {
        data = SmallData.of("population.csv", """
                year,coo_iso,coo_name,coa_iso,coa_name,asylum_seekers,refugees
                2010,CHN,China,USA,United States of America,100,10
                2011,CHN,China,USA,United States of America,200,20
                2010,IND,India,GBR,United Kingdom of Great Britain and Northern Ireland,300,30
                2011,IND,India,GBR,United Kingdom of Great Britain and Northern Ireland,400,40
                2010,RUS,Russian Federation,KOR,Rep. of Korea,5,0
                2010,PRK,Dem. People's Rep. of Korea,KOR,Rep. of Korea,5,0
                2010,IRN,Iran (Islamic Rep. of),PRK,Dem. People's Rep. of Korea,5,0
                """);
    }

    private static SelectionOptions export(String... args) {
        ExportCommand command = new ExportCommand();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", "figure.png"));
        new CommandLine(command).parseArgs(all.toArray(String[]::new));
        return command.selection;
    }

    private static SelectionOptions summary(String... args) {
        SummaryCommand command = new SummaryCommand();
        new CommandLine(command).parseArgs(args);
        return command.selection;
    }

    /** The command line that asks for {@code s}. */
    private static String[] argsFor(Selection s) {
        return new String[] {"--origin", s.origin().toLowerCase(java.util.Locale.ROOT), "--measure", s.measure().id(),
                "--aggregation", s.aggregation().id(), "--from", Integer.toString(s.years().from()),
                "--to", Integer.toString(s.years().to())};
    }

    @ParameterizedTest
    @ValueSource(strings = {"export", "summary"})
    void aSelectionRoundTripsThroughTheOptions(String command) throws Exception {
        Selection wanted = new Selection(List.of("IND"), Measure.REFUGEES, RangeAggregation.SUM_OVER_YEARS,
                new YearRange(2010, 2011), EraConvention.MAJORITY_OF_YEAR);

        SelectionOptions options = command.equals("export") ? export(argsFor(wanted)) : summary(argsFor(wanted));

        assertThat(options.selection(data)).isEqualTo(wanted);
    }

    @Test
    void noOptionsGiveTheArticlesViewAndSummaryTakesTheDatasYears() throws Exception {
        assertThat(export().selection(data)).isEqualTo(Selection.DEFAULT);
        assertThat(summary().selection(data)).isEqualTo(Selection.DEFAULT);
        assertThat(summary().years(new YearRange(2010, 2011))).isEqualTo(new YearRange(2010, 2011));
        assertThat(export("--to", "2010").years(Selection.DEFAULT.years())).isEqualTo(new YearRange(2010, 2010));
        assertThat(export("--from", "2020").years(Selection.DEFAULT.years())).isEqualTo(new YearRange(2020, 2024));
    }

    @Test
    void bothCommandsShowTheSameOptionsWithTheSameWordsAndDefaults() {
        CommandLine summary = new CommandLine(new SummaryCommand());
        CommandLine export = new CommandLine(new ExportCommand());
        for (String name : SELECTION_OPTIONS) {
            OptionSpec s = summary.getCommandSpec().findOption(name);
            OptionSpec e = export.getCommandSpec().findOption(name);
            assertThat(List.of(s.description())).as(name).isEqualTo(List.of(e.description()));
            assertThat(s.defaultValueString()).as(name).isEqualTo(e.defaultValueString());
        }
        assertThat(summary.getCommandSpec().findOption("--origin").defaultValueString()).isEqualTo("CHN");
        assertThat(summary.getCommandSpec().findOption("--measure").defaultValueString()).isEqualTo("asylum-seekers");
    }

    @Test
    void exportsHelpNamesTheDefaultYearsItUses() {
        // The help is prose and cannot read Selection.DEFAULT: this keeps the two from drifting apart.
        CommandRun run = CommandRun.of("export", "--help");
        assertThat(run.out()).contains("asylum-seekers, " + Selection.DEFAULT.years() + ".");
        assertThat(CommandRun.of("summary", "--help").out()).contains("over all the years the data have");
    }

    @Test
    void anOriginNotInTheDataNamesThoseThatAre() {
        assertThatThrownBy(() -> export("--origin", "TIB").selection(data)).isInstanceOf(CommandFailure.class)
                .hasMessage("origin 'TIB' is not in the data; origins present: CHN, PRK, IND, IRN, RUS");
        assertThatThrownBy(() -> summary("--from", "2011", "--to", "2010").selection(data))
                .hasMessage("--from 2011 is after --to 2010");
    }

    @ParameterizedTest
    @ValueSource(strings = {"export", "summary"})
    void severalOriginsByCodeOrNameInAnyCaseKeepTheirOrder(String command) throws Exception {
        String[] args = {"--origin", "rus,CHN, iran ,Dem. People's Rep. of Korea", "--scale", "LOG"};
        Selection s = (command.equals("export") ? export(args) : summary(args)).selection(data);
        assertThat(s.origins()).containsExactly("RUS", "CHN", "IRN", "PRK");
        assertThat(s.isAsylumView()).isFalse();
        assertThat(s.scale()).isEqualTo(Scale.LOG);
    }

    @Test
    void countriesOfAsylumMakeAnInView() throws Exception {
        Selection s = summary("--asylum", "kor,gbr", "--scale", "per-100k").selection(data);
        assertThat(s.isAsylumView()).isTrue();
        assertThat(s.asylums()).containsExactly("KOR", "GBR");
        assertThat(s.scale()).isEqualTo(Scale.PER_100K);
        assertThat(summary("--asylum", "North Korea").selection(data).asylums()).as("the short name").containsExactly("PRK");
    }

    @Test
    void badCountriesAreNamedInTheError() {
        assertThatThrownBy(() -> summary("--origin", "CHN,XYZ").selection(data))
                .hasMessage("origin 'XYZ' is not in the data; origins present: CHN, PRK, IND, IRN, RUS");
        assertThatThrownBy(() -> summary("--asylum", "CHN").selection(data))
                .hasMessage("country of asylum 'CHN' is not in the data; countries of asylum present: PRK, KOR, GBR,"
                        + " USA");
        // "Korea" is two countries: refused with both, never a guess.
        assertThatThrownBy(() -> summary("--asylum", "korea").selection(data))
                .hasMessage("'korea' fits several countries: Dem. People's Rep. of Korea (PRK), Rep. of Korea (KOR);"
                        + " give the ISO3 code");
        assertThatThrownBy(() -> summary("--origin", "CHN,chn").selection(data)).hasMessage("CHN is given twice in 'CHN,chn'");
        assertThatThrownBy(() -> summary("--origin", "CHN,").selection(data))
                .hasMessage("--origin has an empty country between commas");
        assertThatThrownBy(() -> summary("--origin", "CHN", "--asylum", "KOR").selection(data))
                .hasMessageStartingWith("give --origin or --asylum, not both");
        assertThatThrownBy(() -> summary("--scale", "cubic").selection(data))
                .hasMessage("unknown --scale 'cubic'; choose linear, log, indexed or per-100k");
    }

    @Test
    void atMostEightCountriesAreCompared() throws Exception {
        AsylumDataset nine = SmallData.of("population.csv", "year,coo_iso,coa_iso,asylum_seekers\n"
                + String.join("", List.of("AFG", "ALB", "DZA", "AGO", "ARG", "ARM", "AUS", "AUT", "AZE").stream()
                .map(c -> "2010," + c + ",USA,5\n").toList()));
        assertThat(summary("--origin", "AFG,ALB,DZA,AGO,ARG,ARM,AUS,AUT").selection(nine).origins()).hasSize(8);
        assertThatThrownBy(() -> summary("--origin", "AFG,ALB,DZA,AGO,ARG,ARM,AUS,AUT,AZE").selection(nine))
                .hasMessage("at most 8 countries are compared on one chart; 9 were given");
    }
}
