package org.asylumtrends.data.claims;

/**
 * A one-digit slip: a candidate matches the published figure if one of its components (one year's figure) is read
 * with one digit changed, as 12,362 for 15,362. A copying mistake of this shape is common; two digits are not.
 *
 * @param year     the year whose figure would have been mis-copied
 * @param data     the data's figure for that year
 * @param slipped  the figure with one digit changed
 * @param value    the candidate's figure computed with the slipped component
 */
public record Slip(int year, long data, long slipped, double value) {
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    /**
     * The figure one digit away from {@code data} that comes nearest to {@code needed}, or -1 when none is: the
     * changed digit is the one at the place of the gap (or one place up, when the gap is 9.5 units or more), the
     * length stays the same (no leading zero), and a negative figure is never produced.
     */
    static long nearest(long data, double needed) {
        if (data < 0) {
            return -1;
        }
        double gap = needed - data;
        if (Math.abs(gap) < 0.5) {
            return -1;
        }
        int length = 1;
        while (length < POWERS.length - 1 && POWERS[length] <= data) {
            length++;
        }
        int place = (int) Math.floor(Math.log10(Math.abs(gap)));
        long best = -1;
        double bestMiss = Double.MAX_VALUE;
        for (int p = Math.max(0, place); p <= place + 1 && p < length; p++) {
            long unit = POWERS[p];
            long digit = (data / unit) % 10;
            long change = Math.round(gap / unit);
            long newDigit = digit + change;
            if (change == 0 || newDigit < 0 || newDigit > 9 || (p == length - 1 && newDigit == 0 && length > 1)) {
                continue;
            }
            long slipped = data + change * unit;
            if (Math.abs(change * unit) * 2 > data) {
                continue; // a digit that changes the figure by more than half is no slip anyone would miss
            }
            double miss = Math.abs(needed - slipped);
            if (miss < bestMiss) {
                best = slipped;
                bestMiss = miss;
            }
        }
        return best;
    }
}
