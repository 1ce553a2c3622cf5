package org.asylumtrends.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The other side of a view, country by country and year by year within a range: the countries of asylum of one
 * origin, or the origins in one country of asylum, each with the measure's input counts per year. The bars rank
 * these ({@link DestinationRanking}) and the map colours them ({@link CountryValues}); {@link ChartData} groups
 * once for both. Read straight from the column store's rows: an {@link Observation} per row made a few thousand
 * objects per year-range change, most of what a change allocated in the model.
 */
final class CountryYears {
    private CountryYears() {
    }

    /**
     * Groups the rows of {@code iso3} (an origin, or with {@code ofAsylum} a country of asylum) in {@code figures}.
     * A country with rows outside the years only is left out; a figure a row lacks stays absent (not 0).
     */
    static Map<Country, Map<Integer, Counts>> of(AsylumDataset figures, String iso3, boolean ofAsylum,
                                                 Measure measure, YearRange years) {
        FigureTable table = figures.figures();
        FigureTable.Rows rows = figures.rows(iso3, ofAsylum);
        Set<Count> inputs = measure.inputs();
        Map<Country, TreeMap<Integer, Counts.Builder>> byCountry = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.row(i);
            if (years.contains(table.year(row))) {
                Counts.Builder b = byCountry.computeIfAbsent(rows.other(row), c -> new TreeMap<>())
                        .computeIfAbsent(table.year(row), y -> Counts.builder());
                table.addTo(b, row, inputs);
            }
        }
        Map<Country, Map<Integer, Counts>> built = new HashMap<>(byCountry.size() * 2);
        byCountry.forEach((country, yearly) -> {
            Map<Integer, Counts> counts = new TreeMap<>();
            yearly.forEach((y, b) -> counts.put(y, b.build()));
            built.put(country, counts);
        });
        return built;
    }
}
