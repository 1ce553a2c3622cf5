package org.asylumtrends.data;

/**
 * Remembers which line first had each row, by a 64-bit fingerprint of the row's cells, to find rows that repeat
 * exactly. A raw UNHCR table has one row per year, origin, country of asylum and split (authority, stage,
 * cases/persons); an identical second row is almost surely a copy-paste slip, and summing it would double a
 * figure without a trace.
 *
 * <p>Only fingerprints are kept (16 bytes a row, not the text), so that a file of millions of rows costs little.
 * The fingerprint is FNV-1a over the cells: two rows that differ in one character never collide, and other
 * collisions are about as likely as 1 in 2<sup>64</sup> per pair of rows.
 */
final class RowFingerprints {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Between cells, so that the cells "a,b" and "a", "b" differ; not a char a decoded text can hold alone. */
    private static final char CELL_END = '\uFFFF';

    private long[] prints;
    private long[] lines;
    private int size;

    /** For about {@code expectedRows} rows: sized so that the table rarely grows. */
    RowFingerprints(long expectedRows) {
        int capacity = Integer.highestOneBit((int) Math.min(1 << 24, Math.max(512, expectedRows)) * 2 - 1) * 2;
        prints = new long[capacity];
        lines = new long[capacity];
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

    /** Remembers the row's line if its fingerprint is new; otherwise returns the line that had it first, else 0. */
    long putIfAbsent(long print, long line) {
        int mask = prints.length - 1;
        // lines[i] == 0 marks a free slot: line numbers start at 1.
        for (int i = slot(print, mask); ; i = (i + 1) & mask) {
            if (lines[i] == 0) {
                prints[i] = print;
                lines[i] = line;
                if (++size * 2 > prints.length) {
                    grow();
                }
                return 0;
            }
            if (prints[i] == print) {
                return lines[i];
            }
        }
    }

    private static int slot(long print, int mask) {
        long h = print * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private void grow() {
        long[] oldPrints = prints;
        long[] oldLines = lines;
        prints = new long[oldPrints.length * 2];
        lines = new long[oldLines.length * 2];
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
