package org.asylumtrends.data;

/**
 * Remembers which line first had each key, by a 64-bit fingerprint of the key's normalised cells (year, codes,
 * split columns), to find keys that repeat: in a table with one row per key a repeat is an error naming both
 * lines, elsewhere it is counted.
 *
 * <p>Only fingerprints are kept (12 to 24 bytes a distinct key, not the text), so that memory grows with the
 * distinct keys, not with the rows.
 * The fingerprint is FNV-1a over the cells: two rows that differ in one character never collide, and other
 * collisions are about as likely as 1 in 2<sup>64</sup> per pair of rows.
 */
final class RowFingerprints {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Between cells, so that the cells "a,b" and "a", "b" differ; not a char a decoded text can hold alone. */
    private static final char CELL_END = '\uFFFF';

    private long[] prints;
    /** The line of each slot as an unsigned int (0: free), 4 bytes not 8: a slot is 12 bytes, not 16. */
    private int[] lines;
    private int size;

    /** For about {@code expectedKeys} keys; it grows with the distinct keys actually seen. */
    RowFingerprints(long expectedKeys) {
        int capacity = Integer.highestOneBit((int) Math.min(1 << 24, Math.max(512, expectedKeys)) * 2 - 1) * 2;
        prints = new long[capacity];
        lines = new int[capacity];
    }

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

    /**
     * Remembers the row's line if its fingerprint is new; otherwise returns the line that had it first, else 0.
     * Lines past 2<sup>32</sup> − 1 (a 200 GB file) are remembered as that line.
     */
    long putIfAbsent(long print, long line) {
        int mask = prints.length - 1;
        int stored = (int) Math.min(line, 0xFFFF_FFFFL);
        for (int i = slot(print, mask); ; i = (i + 1) & mask) {
            if (lines[i] == 0) {
                prints[i] = print;
                lines[i] = stored;
                // Grown at three quarters full: linear probing stays short, and memory stays near 16 bytes a key.
                if (++size * 4L > prints.length * 3L) {
                    grow();
                }
                return 0;
            }
            if (prints[i] == print) {
                return Integer.toUnsignedLong(lines[i]);
            }
        }
    }

    private static int slot(long print, int mask) {
        long h = print * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private void grow() {
        long[] oldPrints = prints;
        int[] oldLines = lines;
        prints = new long[oldPrints.length * 2];
        lines = new int[oldLines.length * 2];
        int mask = prints.length - 1;
        for (int j = 0; j < oldPrints.length; j++) {
            if (oldLines[j] != 0) {
                int i = slot(oldPrints[j], mask);
                while (lines[i] != 0) {
                    i = (i + 1) & mask;
                }
                prints[i] = oldPrints[j];
                lines[i] = oldLines[j];
            }
        }
    }
}
