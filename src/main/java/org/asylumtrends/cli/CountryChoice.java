package org.asylumtrends.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylumtrends.data.Country;
import org.asylumtrends.data.Selection;

/**
 * Turns what a user typed for {@code --origin} or {@code --asylum} ("CHN,RUS,iran", "Korea") into ISO3 codes of
 * countries in the data: a code, or a name (UNHCR's or the short one a chart draws) that names one country only,
 * whole or in part, in any case. A word that fits several countries is refused with their names and codes, never
 * guessed at: "Korea" is both Koreas.
 */
final class CountryChoice {
    /** How many countries an error lists before "…". */
    private static final int LISTED = 12;

    private CountryChoice() {
    }

    /**
     * @param typed     the option's value, countries separated by commas
     * @param countries the origins (or countries of asylum) in the data
     * @param asylum    whether these are countries of asylum, for the wording of errors
     */
    static List<String> resolve(String typed, List<Country> countries, boolean asylum) throws CommandFailure {
        List<String> codes = new ArrayList<>();
        for (String word : typed.split(",", -1)) {
            String iso3 = one(word.strip(), countries, asylum);
            if (codes.contains(iso3)) {
                throw CommandFailure.of("cli.countryTwice", iso3, typed);
            }
            codes.add(iso3);
        }
        if (codes.size() > Selection.MAX_COMPARED) {
            throw CommandFailure.of("cli.tooManyCountries", Selection.MAX_COMPARED, codes.size());
        }
        return codes;
    }

    private static String one(String word, List<Country> countries, boolean asylum) throws CommandFailure {
        if (word.isEmpty()) {
            throw CommandFailure.of("cli.emptyCountry", asylum ? "--asylum" : "--origin");
        }
        String needle = word.toLowerCase(Locale.ROOT);
        for (Country c : countries) {
            if (c.iso3().equalsIgnoreCase(word)) {
                return c.iso3();
            }
        }
        List<Country> whole = countries.stream().filter(c -> names(c).contains(needle)).toList();
        if (whole.size() == 1) {
            return whole.get(0).iso3();
        }
        List<Country> part = whole.isEmpty()
                ? countries.stream().filter(c -> names(c).stream().anyMatch(n -> n.contains(needle))).toList()
                : whole;
        if (part.size() == 1) {
            return part.get(0).iso3();
        }
        if (part.size() > 1) {
            throw CommandFailure.of(part.size() > LISTED ? "cli.ambiguousCountry.more" : "cli.ambiguousCountry", word,
                    part.stream().limit(LISTED).map(Country::toString).collect(Collectors.joining(", ")));
        }
        String present = list(countries);
        throw asylum ? CommandFailure.of(countries.size() > LISTED ? "cli.unknownAsylum.more" : "cli.unknownAsylum",
                word, present)
                : CommandFailure.of(countries.size() > LISTED ? "cli.unknownOrigin.more" : "cli.unknownOrigin", word,
                present);
    }

    private static Set<String> names(Country c) {
        Set<String> names = new LinkedHashSet<>();
        names.add(c.name().toLowerCase(Locale.ROOT));
        names.add(c.shortName().toLowerCase(Locale.ROOT));
        return names;
    }

    private static String list(List<Country> countries) {
        return countries.stream().limit(LISTED).map(Country::iso3).collect(Collectors.joining(", "));
    }
}
