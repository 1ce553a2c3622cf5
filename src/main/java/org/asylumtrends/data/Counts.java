package org.asylumtrends.data;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The figures known for one year, origin and country of asylum. Immutable. A figure the source did not give
 * is absent, which is not the same as zero: UNHCR leaves out what a country did not report.
 */
public final class Counts {
    private static final Count[] ALL = Count.values();
    static final Counts NONE = new Counts(new long[ALL.length], 0);

    private final long[] values;
    private final int present;

    private Counts(long[] values, int present) {
        this.values = values;
        this.present = present;
    }

    /** Creates counts from a builder-style mutable array; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    public OptionalLong get(Count count) {
        return has(count) ? OptionalLong.of(values[count.ordinal()]) : OptionalLong.empty();
    }

    public boolean has(Count count) {
        return (present & (1 << count.ordinal())) != 0;
    }

    /** The figure, or 0 when absent; only for sums where absence and zero add the same. */
    long valueOrZero(Count count) {
        return values[count.ordinal()];
    }

    public Set<Count> present() {
        EnumSet<Count> set = EnumSet.noneOf(Count.class);
        for (Count c : ALL) {
            if (has(c)) {
                set.add(c);
            }
        }
        return set;
    }

    public boolean isEmpty() {
        return present == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counts other && present == other.present && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * present + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Counts{");
        for (Count c : ALL) {
            if (has(c)) {
                sb.append(c).append('=').append(values[c.ordinal()]).append(' ');
            }
        }
        return sb.append('}').toString();
    }

    /** Accumulates figures; adding to a figure sums it, as UNHCR's splits (authority, stage, unit) sum. */
    public static final class Builder {
        private final long[] values = new long[ALL.length];
        private int present;
        /** The reader's: the line that first had this key, and which split combinations it has had. */
        long firstLine;
        private long splits;
        private long[] moreSplits;

        /** Marks split combination {@code id} (0 for a table without split columns) as seen; false if it was. */
        boolean markSplit(int id) {
            if (id < 64) {
                long bit = 1L << id;
                boolean fresh = (splits & bit) == 0;
                splits |= bit;
                return fresh;
            }
            int word = (id >>> 6) - 1;
            if (moreSplits == null || word >= moreSplits.length) {
                moreSplits = java.util.Arrays.copyOf(moreSplits == null ? new long[0] : moreSplits,
                        Math.max(word + 1, moreSplits == null ? 2 : moreSplits.length * 2));
            }
            long bit = 1L << (id & 63);
            boolean fresh = (moreSplits[word] & bit) == 0;
            moreSplits[word] |= bit;
            return fresh;
        }

        public Builder add(Count count, long value) {
            values[count.ordinal()] = Math.addExact(values[count.ordinal()], value);
            present |= 1 << count.ordinal();
            return this;
        }

        /** Marks a figure as reported (present) without changing its sum, e.g. "0 new applications". */
        public Builder touch(Count count) {
            present |= 1 << count.ordinal();
            return this;
        }

        public boolean has(Count count) {
            return (present & (1 << count.ordinal())) != 0;
        }

        public long value(Count count) {
            return values[count.ordinal()];
        }

        /**
         * Takes the figures of {@code other} that this builder lacks. Returns the first figure (in {@link Count}
         * order) that both give with different values, or null; on a conflict nothing is taken.
         */
        Count mergeAbsent(Builder other) {
            for (int both = present & other.present; both != 0; both &= both - 1) {
                int i = Integer.numberOfTrailingZeros(both);
                if (values[i] != other.values[i]) {
                    return ALL[i];
                }
            }
            for (int missing = other.present & ~present; missing != 0; missing &= missing - 1) {
                int i = Integer.numberOfTrailingZeros(missing);
                values[i] = other.values[i];
            }
            present |= other.present;
            return null;
        }

        public Counts build() {
            return present == 0 ? NONE : new Counts(values.clone(), present);
        }
    }
}
