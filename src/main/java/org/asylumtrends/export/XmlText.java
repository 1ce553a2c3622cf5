package org.asylumtrends.export;

/**
 * Text made fit for XML 1.0, which cannot hold some characters at all, escaped or not: the controls U+0001–U+001F
 * other than tab, line feed and carriage return, U+FFFE, U+FFFF and surrogates without their pair. One of them in a
 * country name made the whole SVG unreadable ("not well-formed"); each is replaced by U+FFFD, the replacement
 * character, and counted so that the export can say so.
 */
final class XmlText {
    static final char REPLACEMENT = '\uFFFD';
    private int replaced;

    /** {@code text} with every character XML 1.0 cannot hold replaced by U+FFFD. */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int width = 1;
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                ok = true;
                width = 2;
            } else {
                ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (ok) {
                if (out != null) {
                    out.append(text, i, i + width);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(REPLACEMENT);
                replaced++;
            }
            i += width - 1;
        }
        return out == null ? text : out.toString();
    }

    /** How many characters were replaced so far. */
    int replaced() {
        return replaced;
    }
}
