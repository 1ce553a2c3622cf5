package org.asylumtrends.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dataset's figures column by column: one primitive array per figure with an entry per year × origin × country
 * of asylum, and nothing per observation that costs an object. All of UNHCR's tables (150,000 observations) take
 * about 7 MB this way; as {@link Observation}s with their {@link Counts} they took five times that, and a
 * collector's pause with them. Rows are sorted by origin, year and country of asylum, so one origin's rows are one
 * run of positions; a second index sorts them by country of asylum, year and origin for the "in" views.
 * Immutable once built; package-private: queries go through {@link YearSeries} and {@link DestinationRanking}.
 */
final class FigureTable {
    private static final Count[] COUNTS = Count.values();
    static final FigureTable EMPTY = new Builder(0).build(Map.of());

    /** Every country of the table (as origin or as country of asylum), sorted by ISO3 code: a row's code indexes it. */
    private final Country[] countries;
    private final String[] codes;
    private final int size;
    private final int[] year;
    private final short[] origin;
    private final short[] asylum;
    /** Which figures a row has, one bit per {@link Count}: a figure not given is absent, which is not 0. */
    private final short[] present;
    /** Per count: the figures as ints where every one fits (UNHCR's do), else null and {@link #wide} holds them. */
    private final int[][] narrow;
    private final long[][] wide;
    /** Rows of origin code c are {@code originStart[c]} to {@code originStart[c + 1]}. */
    private final int[] originStart;
    /** Row numbers by country of asylum, year, origin; those of code c start at {@code asylumStart[c]}. */
    private final int[] byAsylum;
    private final int[] asylumStart;

    private FigureTable(Country[] countries, int size, int[] year, short[] origin, short[] asylum, short[] present,
                        int[][] narrow, long[][] wide) {
        this.countries = countries;
        this.codes = Arrays.stream(countries).map(Country::iso3).toArray(String[]::new);
        this.size = size;
        this.year = year;
        this.origin = origin;
        this.asylum = asylum;
        this.present = present;
        this.narrow = narrow;
        this.wide = wide;
        this.originStart = starts(origin, null, countries.length);
        this.byAsylum = order(size, asylum, year, origin);
        this.asylumStart = starts(asylum, byAsylum, countries.length);
    }

    int size() {
        return size;
    }

    /** The code of a country in this table, or -1 when it has none. */
    int code(String iso3) {
        int i = Arrays.binarySearch(codes, iso3);
        return i < 0 ? -1 : i;
    }

    Country country(int code) {
        return countries[code];
    }

    /** The countries that are the origin of at least one row. */
    List<Country> origins() {
        return sides(originStart);
    }

    /** The countries that are the country of asylum of at least one row. */
    List<Country> asylums() {
        return sides(asylumStart);
    }

    private List<Country> sides(int[] starts) {
        List<Country> list = new ArrayList<>();
        for (int c = 0; c < countries.length; c++) {
            if (starts[c + 1] > starts[c]) {
                list.add(countries[c]);
            }
        }
        return list;
    }

    /** One origin's rows (by year, then country of asylum), or one host's (by year, then origin); none if unknown. */
    Rows rows(String iso3, boolean ofAsylum) {
        int c = code(iso3);
        if (c < 0) {
            return new Rows(this, null, 0, 0, ofAsylum);
        }
        return ofAsylum ? new Rows(this, byAsylum, asylumStart[c], asylumStart[c + 1], true)
                : new Rows(this, null, originStart[c], originStart[c + 1], false);
    }

    int year(int row) {
        return year[row];
    }

    Country origin(int row) {
        return countries[origin[row]];
    }

    Country asylum(int row) {
        return countries[asylum[row]];
    }

    boolean has(int row, Count c) {
        return (present[row] & (1 << c.ordinal())) != 0;
    }

    long value(int row, Count c) {
        int i = c.ordinal();
        return narrow[i] != null ? narrow[i][row] : wide[i] != null ? wide[i][row] : 0;
    }

    /** Adds a row's figures among {@code inputs} to {@code sums}; a figure the row lacks stays absent there. */
    void addTo(Counts.Builder sums, int row, Set<Count> inputs) {
        for (Count c : inputs) {
            if (has(row, c)) {
                sums.add(c, value(row, c));
            }
        }
    }

    /** A row as an object, for the few callers that want one (the detail table of one origin). */
    Observation observation(int row) {
        Counts.Builder b = Counts.builder();
        for (Count c : COUNTS) {
            if (has(row, c)) {
                b.add(c, value(row, c));
            }
        }
        return new Observation(year[row], origin(row), asylum(row), b.build());
    }

    /** Where each code's rows start in {@code codeOf} (read through {@code order} when given), and where they end. */
    private static int[] starts(short[] codeOf, int[] order, int n) {
        int[] starts = new int[n + 1];
        for (int i = 0; i < codeOf.length; i++) {
            starts[codeOf[order == null ? i : order[i]] + 1]++;
        }
        for (int c = 0; c < n; c++) {
            starts[c + 1] += starts[c];
        }
        return starts;
    }

    /**
     * Row numbers sorted by (first, year, second). Packed into longs and sorted as primitives: a comparator over
     * boxed row numbers would make an object per row, which this class exists to avoid.
     */
    private static int[] order(int size, short[] first, int[] year, short[] second) {
        if (size == 0) {
            return new int[0];
        }
        int minYear = Arrays.stream(year).min().orElse(0);
        int maxYear = Arrays.stream(year).max().orElse(0);
        int codeBits = 15; // codes are below 26^3 = 17,576
        int yearBits = 64 - Long.numberOfLeadingZeros((long) maxYear - minYear);
        int rowBits = 32 - Integer.numberOfLeadingZeros(size);
        int[] order = new int[size];
        if (2 * codeBits + yearBits + rowBits > 63) {
            Integer[] boxed = new Integer[size];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> first[i]).thenComparingInt(i -> year[i])
                    .thenComparingInt(i -> second[i]));
            Arrays.setAll(order, i -> boxed[i]);
            return order;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            long key = first[i];
            key = (key << yearBits) | (year[i] - minYear);
            key = (key << codeBits) | second[i];
            keys[i] = (key << rowBits) | i;
        }
        Arrays.sort(keys);
        long mask = (1L << rowBits) - 1;
        for (int i = 0; i < size; i++) {
            order[i] = (int) (keys[i] & mask);
        }
        return order;
    }

    /** The rows of one origin or one country of asylum, in order; {@link #other} is the side not fixed. */
    record Rows(FigureTable table, int[] index, int from, int to, boolean ofAsylum) {
        int size() {
            return to - from;
        }

        /** The table's row number of the i-th row here. */
        int row(int i) {
            return index == null ? from + i : index[from + i];
        }

        /** The country on the other side: the country of asylum of an origin's row, the origin of a host's. */
        Country other(int row) {
            return ofAsylum ? table.origin(row) : table.asylum(row);
        }
    }

    /** Collects rows in any order; {@link #build} sorts them. */
    static final class Builder {
        private int size;
        private int[] year;
        private String[] origin;
        private String[] asylum;
        private short[] present;
        private long[][] values;

        Builder(int expected) {
            int n = Math.max(expected, 1);
            year = new int[n];
            origin = new String[n];
            asylum = new String[n];
            present = new short[n];
            values = new long[COUNTS.length][];
        }

        /** A row's figures from a reader's sums. */
        void add(ObservationKey key, Counts.Builder counts) {
            int row = append(key.year(), key.originIso3(), key.asylumIso3());
            for (Count c : COUNTS) {
                if (counts.has(c)) {
                    put(row, c, counts.value(c));
                }
            }
        }

        void add(Observation o) {
            int row = append(o.year(), o.origin().iso3(), o.asylum().iso3());
            for (Count c : COUNTS) {
                if (o.counts().has(c)) {
                    put(row, c, o.counts().get(c).getAsLong());
                }
            }
        }

        /** A row without figures yet, for {@link #put}: its number. */
        int row(int y, String originIso3, String asylumIso3) {
            return append(y, originIso3, asylumIso3);
        }

        private int append(int y, String originIso3, String asylumIso3) {
            if (size == year.length) {
                int n = size * 2;
                year = Arrays.copyOf(year, n);
                origin = Arrays.copyOf(origin, n);
                asylum = Arrays.copyOf(asylum, n);
                present = Arrays.copyOf(present, n);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        values[c] = Arrays.copyOf(values[c], n);
                    }
                }
            }
            year[size] = y;
            origin[size] = originIso3;
            asylum[size] = asylumIso3;
            return size++;
        }

        void put(int row, Count c, long value) {
            int i = c.ordinal();
            if (values[i] == null) {
                values[i] = new long[year.length];
            }
            values[i][row] = value;
            present[row] |= (short) (1 << i);
        }

        /** The table, rows sorted; {@code names} gives each code's name (the code itself where it has none). */
        FigureTable build(Map<String, String> names) {
            java.util.TreeSet<String> all = new java.util.TreeSet<>();
            for (int i = 0; i < size; i++) {
                all.add(origin[i]);
                all.add(asylum[i]);
            }
            Country[] countries = all.stream().map(iso -> new Country(iso, names.getOrDefault(iso, iso)))
                    .toArray(Country[]::new);
            String[] codes = Arrays.stream(countries).map(Country::iso3).toArray(String[]::new);
            short[] o = new short[size];
            short[] a = new short[size];
            for (int i = 0; i < size; i++) {
                o[i] = (short) Arrays.binarySearch(codes, origin[i]);
                a[i] = (short) Arrays.binarySearch(codes, asylum[i]);
            }
            int[] rowOrder = order(size, o, year, a);
            int[] y = new int[size];
            short[] so = new short[size];
            short[] sa = new short[size];
            short[] p = new short[size];
            for (int i = 0; i < size; i++) {
                int r = rowOrder[i];
                y[i] = year[r];
                so[i] = o[r];
                sa[i] = a[r];
                p[i] = present[r];
            }
            int[][] narrow = new int[COUNTS.length][];
            long[][] wide = new long[COUNTS.length][];
            for (int c = 0; c < COUNTS.length; c++) {
                long[] v = values[c];
                if (v == null) {
                    continue;
                }
                boolean fits = true;
                for (int i = 0; i < size && fits; i++) {
                    fits = v[i] == (int) v[i];
                }
                if (fits) {
                    narrow[c] = new int[size];
                    for (int i = 0; i < size; i++) {
                        narrow[c][i] = (int) v[rowOrder[i]];
                    }
                } else {
                    wide[c] = new long[size];
                    for (int i = 0; i < size; i++) {
                        wide[c][i] = v[rowOrder[i]];
                    }
                }
            }
            return new FigureTable(countries, size, y, so, sa, p, narrow, wide);
        }
    }
}
