package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the source line a figure carries is worded in the reader's language: the extraction date in the
 * locale's own form, the word "release", and the joins between sources; the names and the licence stay as UNHCR
 * writes them.
 */
class SourceLineLanguageTest {
    @AfterEach
    void english() {
        AppLocale.set(Locale.ENGLISH);
    }

    @Test
    void aDownloadsExtractionDateIsWrittenInTheAppsLanguage() throws Exception {
        AsylumDataset data = Fixtures.load("downloads/rdf-population-preamble.csv");

        AppLocale.set(Locale.ENGLISH);
        assertThat(Messages.credit(data.metadata())).isEqualTo("UNHCR Refugee Data Finder, extracted 21 Jul 2024, CC BY 4.0");
        AppLocale.set(Locale.CHINESE);
        assertThat(Messages.credit(data.metadata())).isEqualTo("UNHCR Refugee Data Finder，2024年7月21日提取，CC BY 4.0");
        AppLocale.set(Locale.KOREAN);
        assertThat(Messages.credit(data.metadata())).isEqualTo("UNHCR Refugee Data Finder, 2024년 7월 21일 추출, CC BY 4.0");
    }

    @Test
    void theBundledReleaseIsNamedInTheAppsLanguage() {
        AsylumDataset bundled = Fixtures.bundled();
        String release = bundled.metadata().release();

        AppLocale.set(Locale.CHINESE);
        assertThat(Messages.credit(bundled.metadata()))
                .isEqualTo("UNHCR Refugee Population Statistics Database（" + release + " 版），CC BY 4.0");
        assertThat(Messages.releaseLabel(bundled.metadata())).isEqualTo(release + " 版").doesNotContain("release");
        AppLocale.set(Locale.KOREAN);
        assertThat(Messages.credit(bundled.metadata()))
                .isEqualTo("UNHCR Refugee Population Statistics Database(" + release + " 배포판), CC BY 4.0");
        AppLocale.set(Locale.ENGLISH);
        assertThat(Messages.credit(bundled.metadata())).isEqualTo(bundled.metadata().credit());
    }

    @Test
    void twoSourcesAndAChoiceAreJoinedAsTheLanguageJoinsThem() throws Exception {
        AsylumDataset two = Fixtures.load("downloads/rdf-population-preamble.csv", "downloads/hdx-population.csv");

        AppLocale.set(Locale.CHINESE);
        assertThat(Messages.credit(two.metadata())).contains("2024年7月21日提取；").doesNotContain("; ", " or ");
        assertThat(Messages.either(List.of("latest", "2024.6.0", "2023.12.0"))).isEqualTo("latest、2024.6.0或2023.12.0");
        AppLocale.set(Locale.KOREAN);
        assertThat(Messages.either(List.of("latest", "2024.6.0"))).isEqualTo("latest 또는 2024.6.0");
        AppLocale.set(Locale.ENGLISH);
        assertThat(Messages.credit(two.metadata())).isEqualTo(two.metadata().credit());
        assertThat(Messages.either(List.of("latest", "2024.6.0", "2023.12.0"))).isEqualTo("latest, 2024.6.0 or 2023.12.0");
    }

    /** Why the newest year is preliminary, under every chart that shows it, is in the reader's language too. */
    @Test
    void thePreliminaryNoteIsInTheAppsLanguage() throws Exception {
        AsylumDataset bundled = Fixtures.bundled();
        AsylumDataset opened = Fixtures.load("downloads/rdf-population-preamble.csv");

        AppLocale.set(Locale.ENGLISH);
        assertThat(Messages.preliminaryNote(bundled.metadata())).isEqualTo(bundled.metadata().preliminaryNote())
                .startsWith("2025 is preliminary");
        assertThat(Messages.preliminaryNote(opened.metadata())).startsWith("The newest year in the file");
        AppLocale.set(Locale.CHINESE);
        assertThat(Messages.preliminaryNote(bundled.metadata())).startsWith("2025年为初步").doesNotContain("preliminary");
        assertThat(Messages.preliminaryNote(opened.metadata())).startsWith("文件中最新的年份");
        AppLocale.set(Locale.KOREAN);
        assertThat(Messages.preliminaryNote(bundled.metadata())).startsWith("2025년은 잠정치");
        assertThat(Messages.preliminaryNote(opened.metadata())).contains("잠정치");
    }
}
