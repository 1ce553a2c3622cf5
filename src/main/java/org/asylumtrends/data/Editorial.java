package org.asylumtrends.data;

import java.util.List;
import java.util.Objects;

/**
 * What the author of a view writes beside the {@link Selection}: a headline, a subtitle, notes, a byline, the alt
 * text, and dated annotations. An empty text means "the generated default" (written from the selection, in the
 * application's language), so a view that was never edited follows the data. The source, licence and release are
 * not here: they come from the data and no author can remove them. Immutable; undo keeps a stack of these.
 *
 * @param notes the author's notes under the chart, lines separated by '\n'
 */
public record Editorial(String title, String subtitle, String notes, String byline, String altText,
                        List<Annotation> annotations) {
    /** The longest one-line text (title, subtitle, byline, an annotation's label). */
    public static final int MAX_LINE = 300;
    /** The longest text of several lines (notes, alt text). */
    public static final int MAX_TEXT = 4000;
    /** The most annotations one chart carries: more would bury the line. */
    public static final int MAX_ANNOTATIONS = 50;
    /** Nothing written: every text generated, no annotation. */
    public static final Editorial NONE = new Editorial("", "", "", "", "", List.of());

    public Editorial {
        title = checked("title", title, MAX_LINE, false);
        subtitle = checked("subtitle", subtitle, MAX_LINE, false);
        notes = checked("notes", notes, MAX_TEXT, true);
        byline = checked("byline", byline, MAX_LINE, false);
        altText = checked("alt text", altText, MAX_TEXT, true);
        annotations = List.copyOf(annotations);
        if (annotations.size() > MAX_ANNOTATIONS) {
            throw new IllegalArgumentException("at most " + MAX_ANNOTATIONS + " annotations, not "
                    + annotations.size());
        }
    }

    public Editorial withTitle(String t) {
        return new Editorial(t, subtitle, notes, byline, altText, annotations);
    }

    public Editorial withSubtitle(String s) {
        return new Editorial(title, s, notes, byline, altText, annotations);
    }

    public Editorial withNotes(String n) {
        return new Editorial(title, subtitle, n, byline, altText, annotations);
    }

    public Editorial withByline(String b) {
        return new Editorial(title, subtitle, notes, b, altText, annotations);
    }

    public Editorial withAltText(String a) {
        return new Editorial(title, subtitle, notes, byline, a, annotations);
    }

    public Editorial withAnnotations(List<Annotation> a) {
        return new Editorial(title, subtitle, notes, byline, altText, a);
    }

    /**
     * What is wrong with a text for a view, or null if nothing: too long, or holding a control character (other
     * than a line break where lines are allowed) or a bidirectional override, which would make a headline read
     * differently from what it says (U+202E turns "2024" into "4202" on screen).
     */
    public static String problem(String text, int max, boolean lines) {
        if (text.length() > max) {
            return "is longer than " + max + " characters (" + text.length() + ")";
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp, lines)) {
                return String.format(java.util.Locale.ROOT, "holds the character U+%04X at position %d", cp, i + 1);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** The text without what {@link #problem} refuses: for what a user types or pastes. Cut at {@code max}. */
    public static String clean(String text, int max, boolean lines) {
        StringBuilder b = new StringBuilder();
        text.replace("\r\n", "\n").codePoints().filter(cp -> allowed(cp, lines)).forEach(b::appendCodePoint);
        return b.length() > max ? b.substring(0, max) : b.toString();
    }

    private static boolean allowed(int cp, boolean lines) {
        if (cp == '\n') {
            return lines;
        }
        if (Character.isISOControl(cp) || cp == 0xFFFE || cp == 0xFFFF) {
            return false;
        }
        boolean bidiControl = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
        return !bidiControl && Character.getType(cp) != Character.SURROGATE;
    }

    static String checked(String what, String text, int max, boolean lines) {
        Objects.requireNonNull(text, what);
        String problem = problem(text, max, lines);
        if (problem != null) {
            throw new IllegalArgumentException("the " + what + " " + problem);
        }
        return text;
    }
}
