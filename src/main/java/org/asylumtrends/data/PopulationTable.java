package org.asylumtrends.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a population table ({@code iso3,year,population}, as {@code tools/derive_population.py} writes the bundled
 * World Bank one) into a {@link Population}. A code and year the table lacks has no figure; a 0 or a negative
 * number is refused, since a per-capita figure divided by it would be infinite or meaningless.
 */
public final class PopulationTable {
    /** The bundled table, next to the UNHCR data. */
    public static final String BUNDLED = "world_bank_population.csv";
    /** The credit line of the bundled table, as the World Bank asks for it (CC BY 4.0). */
    public static final String WORLD_BANK_SOURCE = "World Bank, World Development Indicators (SP.POP.TOTL), CC BY 4.0";
    private static final List<String> HEADER = List.of("iso3", "year", "population");

    private PopulationTable() {
    }

    public static Population read(InputStream in, String fileName, String source)
            throws IOException, DataFormatException {
        Map<String, Map<Integer, Long>> figures = new HashMap<>();
        for (SmallTable.Row row : SmallTable.read(in, fileName, HEADER)) {
            String[] r = row.cells();
            String code = r[0].strip();
            if (!Country.isIso3(code)) {
                throw DataFormatException.atCell(fileName, row.line(), "iso3", r[0], DataMessage.of("input.bundle.notIso3"));
            }
            int year = (int) parse(fileName, row.line(), "year", r[1], 1000, 9999);
            long population = parse(fileName, row.line(), "population", r[2], 1, Long.MAX_VALUE);
            if (figures.computeIfAbsent(code, c -> new HashMap<>()).put(year, population) != null) {
                throw DataFormatException.atLine(fileName, row.line(), DataMessage.of("input.population.repeated",
                        code, String.valueOf(year)));
            }
        }
        return new Population(figures, source);
    }

    private static long parse(String file, long line, String column, String text, long min, long max)
            throws DataFormatException {
        try {
            long v = Long.parseLong(text.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw DataFormatException.atCell(file, line, column, text, DataMessage.of("input.population.range",
                String.valueOf(min), String.valueOf(max)));
    }
}
