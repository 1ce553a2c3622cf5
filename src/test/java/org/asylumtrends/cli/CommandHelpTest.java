package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.Release;
import org.asylumtrends.text.AppLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code --help} is worded by the help bundle, in the application's language, and names releases from the data. */
class CommandHelpTest {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(AsylumTrendsCommand.HELP, Locale.ENGLISH);

    @AfterEach
    void english() {
        AppLocale.set(Locale.ENGLISH);
    }

    @Test
    void summaryHelpShowsTheBundlesTextsWithDefaultsFilledIn() {
        String help = flat(CommandRun.of("summary", "--help").out());

        assertThat(help).contains(ENGLISH.getString("asylum-trends.summary.usage.description.0"))
                .contains(ENGLISH.getString("summary.by").replace("${DEFAULT-VALUE}", "year"))
                .contains(ENGLISH.getString("option.origin").replace("${DEFAULT-VALUE}", "CHN"))
                .contains("otherwise-closed  decisions taken in the year")
                .doesNotContain("${");
    }

    @Test
    void releaseHelpListsTheReleasesOfReleasesCsvNotOneNamedInCode() {
        List<Release> bundled = DatasetLoader.bundledReleases();
        String help = flat(CommandRun.of("summary", "--help").out());

        StringBuilder choices = new StringBuilder("latest");
        bundled.stream().skip(1).forEach(r -> choices.append(", ").append(r.id()));
        assertThat(help).contains("The UNHCR release whose figures to use: " + choices + " (default: latest).");
    }

    @Test
    void theCommandListGivesEachCommandsFirstSentenceWhole() {
        List<String> lines = CommandRun.of("--help").outLines();

        assertThat(lines).contains("  summary  " + ENGLISH.getString("asylum-trends.summary.usage.description.0"),
                "  export   " + ENGLISH.getString("asylum-trends.export.usage.description.0"));
    }

    /** Under a test-only bundle: the texts it has replace the English ones, the others stay English. */
    @Test
    void helpFollowsTheApplicationLanguage() {
        AppLocale.set(Locale.forLanguageTag("eo"));
        String help = flat(CommandRun.of("export", "--help").out());

        assertThat(help).contains("Konservas figuron kiel PNG, SVG a\u016d PDF.")
                .contains("Se --out estas simbola ligilo, anstata\u016digu la dosieron, al kiu \u011di montras.")
                .contains(ENGLISH.getString("export.format"))
                .doesNotContain(ENGLISH.getString("export.followLinks"));
    }

    /** The help with picocli's wrapping undone, so that a sentence is found whatever the terminal width. */
    private static String flat(String help) {
        return help.replaceAll("\\s*\\R\\s+", " ");
    }
}
