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

    /** Issue 18: under --lang zh the help is the Chinese bundle's, headings included, with defaults filled in. */
    @Test
    void helpUnderLangZhIsChineseThroughout() {
        ResourceBundle chinese = ResourceBundle.getBundle(AsylumTrendsCommand.HELP, Locale.CHINESE);
        CommandRun run = CommandRun.of("--lang", "zh", "export", "--help");
        // Chinese has no spaces between words: picocli's wrapping is undone without adding one.
        String help = run.out().replaceAll("\\s*\\R\\s*", "");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("用法：asylum-trends export").contains("\n选项：\n");
        assertThat(help).contains(chinese.getString("export.out"), chinese.getString("asylum-trends.export.usage.description.0"),
                        chinese.getString("export.followLinks"), "示例：")
                .contains("图表尺寸，单位为像素（默认：1200x675）")
                .doesNotContain(ENGLISH.getString("export.out"), "Usage:", "Options:", "Show this help message");
    }

    /** The list of commands in Korean, each with its whole first sentence; find's too (it was cut at a comma). */
    @Test
    void theCommandListInKoreanHasItsHeadingAndEveryCommandsSummary() {
        ResourceBundle korean = ResourceBundle.getBundle(AsylumTrendsCommand.HELP, Locale.KOREAN);
        List<String> lines = CommandRun.of("--lang", "ko", "--help").outLines();

        assertThat(lines).contains("명령:", "  find     " + korean.getString("asylum-trends.find.usage.description.0"),
                "  summary  " + korean.getString("asylum-trends.summary.usage.description.0"));
        assertThat(CommandRun.of("--lang", "en", "--help").outLines()).contains("Commands:",
                "  find     Finds which figures of the data a published number can be.");
    }

    /** picocli's own parse errors, which it words in English only, come out in the language asked for. */
    @Test
    void parseErrorsAreInTheLanguageAskedFor() {
        CommandRun unknown = CommandRun.of("--lang", "zh", "summary", "--bogus");
        CommandRun missing = CommandRun.of("--lang", "ko", "export");
        CommandRun badValue = CommandRun.of("--lang", "zh", "summary", "--from", "abc");
        CommandRun twice = CommandRun.of("--lang", "en", "summary", "--from", "2000", "--from", "2001");

        assertThat(unknown.exitCode()).isEqualTo(AsylumTrendsCommand.BAD_INPUT);
        assertThat(unknown.errLines()).containsExactly("asylum-trends: 未知的选项“--bogus”（参见 --help）");
        assertThat(missing.errLines()).containsExactly("asylum-trends: 꼭 필요한 옵션이 없습니다: --out(--help 참고)");
        assertThat(badValue.errLines()).containsExactly("asylum-trends: --from 需要一个整数，而不是“abc”（参见 --help）");
        assertThat(twice.errLines()).containsExactly("asylum-trends: --from is given more than once (see --help)");
    }

    /** The help with picocli's wrapping undone, so that a sentence is found whatever the terminal width. */
    private static String flat(String help) {
        return help.replaceAll("\\s*\\R\\s+", " ");
    }
}
