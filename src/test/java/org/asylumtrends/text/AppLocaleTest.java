package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.asylumtrends.data.Measure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Words and numbers come from one application locale. With only an English bundle, a German desktop gets English
 * words with English digits: "176,239", never "176.239", which an English reader takes for 176 and a bit.
 */
class AppLocaleTest {
    private Locale desktop;

    @BeforeEach
    void remember() {
        desktop = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(desktop);
        AppLocale.set(desktop);
    }

    @Test
    void aGermanDesktopGetsEnglishWordsWithEnglishDigits() {
        Locale.setDefault(Locale.GERMANY);
        AppLocale.set(AppLocale.fromTag("")); // no preference: the system's locale, as at start

        assertThat(AppLocale.current()).isEqualTo(Locale.ENGLISH);
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 176_239)).isEqualTo("176,239");
        assertThat(Formats.value(Measure.RECOGNITION_RATE, 0.176)).isEqualTo("17.6%");
        assertThat(Formats.ratio(1.5)).isEqualTo("1.50\u00d7");
        assertThat(Messages.format("table.count", 1_234, 176_239)).isEqualTo("1,234 of 176,239 rows");
        assertThat(Formats.date(LocalDate.of(2012, 11, 15))).isEqualTo("Nov 15, 2012");
    }

    @Test
    void aLanguageTheAppHasKeepsItsRegionForNumbers() {
        AppLocale.set(Locale.forLanguageTag("en-CH")); // Swiss English groups with an apostrophe

        assertThat(AppLocale.current()).isEqualTo(Locale.forLanguageTag("en-CH"));
        assertThat(Formats.value(Measure.ASYLUM_SEEKERS, 176_239)).isEqualTo("176\u2019239");
        // The cached pattern of the earlier locale is not reused: MessageFormat's numbers follow too.
        assertThat(Messages.format("table.count", 1_234, 176_239)).isEqualTo("1\u2019234 of 176\u2019239 rows");
    }

    @Test
    void thePreferenceWinsOverTheDesktop() {
        Locale.setDefault(Locale.GERMANY);
        AppLocale.set(AppLocale.fromTag("en-GB"));

        assertThat(AppLocale.current()).isEqualTo(Locale.UK);
        assertThat(Formats.date(LocalDate.of(2012, 11, 15))).isEqualTo("15 Nov 2012");
    }

    @Test
    void anyLanguageWithoutABundleFallsBackToPlainEnglish() {
        for (String tag : new String[] {"de-DE", "fr", "ar-EG", "ja-JP", "und"}) {
            assertThat(AppLocale.resolve(Locale.forLanguageTag(tag))).as(tag).isEqualTo(Locale.ENGLISH);
        }
        assertThat(AppLocale.resolve(Locale.US)).isEqualTo(Locale.US);
        // Chinese and Korean have their bundles (issue 18): the language and its region stay.
        assertThat(AppLocale.resolve(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo(Locale.forLanguageTag("zh-Hans-CN"));
        assertThat(AppLocale.resolve(Locale.KOREA)).isEqualTo(Locale.KOREA);
    }

    @Test
    void theSamePatternFormatsTheSameFromManyThreadsAtOnce() throws InterruptedException {
        AppLocale.set(Locale.US);
        String expected = Messages.format("table.count", 7, 9);
        Thread[] threads = new Thread[4];
        String[] wrong = new String[1];
        for (int t = 0; t < threads.length; t++) {
            int seed = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    int a = seed * 100_000 + i;
                    String s = Messages.format("table.count", a, a + 1);
                    if (!s.equals(String.format(Locale.US, "%,d of %,d rows", a, a + 1))) {
                        wrong[0] = s;
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(wrong[0]).isNull();
        assertThat(expected).isEqualTo("7 of 9 rows");
    }
}
