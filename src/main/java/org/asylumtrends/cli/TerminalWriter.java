package org.asylumtrends.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * What the command line prints, with control characters shown as escapes ({@code \x1B}, {@code \u202E}) instead of
 * sent: a country name from a file anyone can write must not recolour, clear or retitle the user's terminal, nor
 * reverse the line it is on. Tab and line ends pass. Also keeps the first write error, which a
 * {@link java.io.PrintWriter} would swallow, so that lost output ({@code > /dev/full}) can be reported and exit
 * non-zero.
 */
final class TerminalWriter extends Writer {
    private final Writer out;
    private final boolean crlf = System.lineSeparator().contains("\r");
    private IOException failure;

    TerminalWriter(Writer out) {
        this.out = out;
    }

    /** The first error writing or flushing, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        StringBuilder safe = null;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = buf[i];
            if (shown(c)) {
                if (safe != null) {
                    safe.append(c);
                }
            } else {
                if (safe == null) {
                    safe = new StringBuilder(len + 16).append(buf, off, i - off);
                }
                safe.append(c < 0x100 ? String.format(Locale.ROOT, "\\x%02X", (int) c)
                        : String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        try {
            if (safe == null) {
                out.write(buf, off, len);
            } else {
                out.write(safe.toString());
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Whether a character may reach the terminal as it is. */
    boolean shown(char c) {
        if (c == '\n' || c == '\t' || (c == '\r' && crlf)) {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        // Bidirectional controls: U+202E reverses the rest of the line.
        return !(c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069));
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void fail(IOException e) throws IOException {
        if (failure == null) {
            failure = e;
        }
        throw e;
    }

    /** Escapes a string the same way, e.g. for a test. */
    static String escape(String text) {
        java.io.StringWriter sink = new java.io.StringWriter();
        try (TerminalWriter w = new TerminalWriter(sink)) {
            w.write(text);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return sink.toString();
    }
}
