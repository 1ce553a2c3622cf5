package org.asylumtrends.data;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names in the reader's language, from the JDK's CLDR data ({@link Locale#getDisplayCountry(Locale)}):
 * "韩国" and "대한민국" for ISO3 KOR. English keeps UNHCR's names (the bundled data speak UNHCR's English, and a
 * check against UNHCR's tables needs its spelling), and so does any country the JDK has no name for (UNHCR's
 * pseudo-codes such as XXA "Stateless", or a code retired from ISO 3166). Joined on ISO3 only.
 */
public final class CountryNames {
    /** ISO3 to ISO2, from the JDK's own list: CLDR names countries by their two-letter codes. */
    private static final Map<String, String> ISO2 = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            try {
                ISO2.put(Locale.of("", iso2).getISO3Country(), iso2);
            } catch (java.util.MissingResourceException noIso3) {
                // A region without a three-letter code cannot be joined to UNHCR's data.
            }
        }
    }

    private CountryNames() {
    }

    /** The name of the country in the language of {@code locale}, if the JDK has one (never for English). */
    public static Optional<String> inLanguage(String iso3, Locale locale) {
        if (locale.getLanguage().isEmpty() || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return Optional.empty();
        }
        String iso2 = ISO2.get(iso3);
        if (iso2 == null) {
            return Optional.empty();
        }
        String name = Locale.of("", iso2).getDisplayCountry(locale);
        // Without a name in that language the JDK answers with the code or the English name.
        boolean named = !name.isBlank() && !name.equals(iso2)
                && !(name.equals(Locale.of("", iso2).getDisplayCountry(Locale.ENGLISH)) && !latinScript(locale));
        return named ? Optional.of(name) : Optional.empty();
    }

    /** UNHCR's full name ("Rep. of Korea") in English; the reader's name elsewhere, else UNHCR's. */
    public static String name(Country country, Locale locale) {
        return inLanguage(country.iso3(), locale).orElse(country.name());
    }

    /** The short name for a chart ("South Korea") in English; the reader's name elsewhere, else the short name. */
    public static String shortName(Country country, Locale locale) {
        return inLanguage(country.iso3(), locale).orElse(country.shortName());
    }

    private static boolean latinScript(Locale locale) {
        return switch (locale.getLanguage()) {
            case "zh", "ko", "ja", "ru", "uk", "ar", "he", "el", "th", "hi" -> false;
            default -> true;
        };
    }
}
