package org.asylumtrends.data;

/**
 * Text read from a data file (country names, preamble facts), made safe to show once, at read time: control
 * characters (U+0001 made an exported SVG ill-formed), bidi controls and other invisible format characters
 * (a U+202E in a name reversed the window title), non-characters and lone surrogates are dropped, and runs of
 * white space become one space. Countries stay apart by their codes, whatever their names become.
 */
final class DataText {
    private DataText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (isPlain(text)) {
            return text.strip();
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (!shown(c)) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** The common case, checked without copying: printable ASCII and letters outside the special ranges. */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || (c >= 0x7F && !Character.isLetter(c)) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shown(int c) {
        int type = Character.getType(c);
        boolean nonCharacter = (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE && !nonCharacter;
    }
}
