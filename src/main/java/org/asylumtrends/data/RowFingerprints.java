package org.asylumtrends.data;

/**
 * A 64-bit fingerprint of a row's cells or of its normalised key (year, codes, split columns): used to find, on
 * a second reading of a file, the line that first had a key that repeats. Nothing is stored per row.
 * The fingerprint is FNV-1a over the cells: two rows that differ in one character never collide, and other
 * collisions are about as likely as 1 in 2<sup>64</sup> per pair of rows.
 */
final class RowFingerprints {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Between cells, so that the cells "a,b" and "a", "b" differ; not a char a decoded text can hold alone. */
    private static final char CELL_END = '\uFFFF';

    static final long START = FNV_OFFSET;

    static long of(String[] cells) {
        long h = START;
        for (String cell : cells) {
            for (int i = 0, n = cell.length(); i < n; i++) {
                h = add(h, cell.charAt(i));
            }
            h = endCell(h);
        }
        return h;
    }

    /** Adds one character of a cell; with {@link #endCell} the same as {@link #of} over the cells. */
    static long add(long h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    static long endCell(long h) {
        return (h ^ CELL_END) * FNV_PRIME;
    }
}
