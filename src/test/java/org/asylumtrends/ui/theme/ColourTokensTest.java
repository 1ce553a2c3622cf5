package org.asylumtrends.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Colours are written once, in the two token files; every other stylesheet and every class under src/main names
 * tokens. The only literal allowed elsewhere is {@code transparent} (CSS) / {@code Color.TRANSPARENT} (Java): it is
 * no colour of any theme but "paint nothing", e.g. the invisible mouse targets over bars and the trend plot.
 */
class ColourTokensTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path LIGHT = RESOURCES.resolve("org/asylumtrends/ui/theme/tokens-light.css");
    private static final Path DARK = RESOURCES.resolve("org/asylumtrends/ui/theme/tokens-dark.css");

    /** The CSS named colours (CSS Color Module Level 4), which JavaFX accepts; "transparent" is allowed. */
    private static final Set<String> NAMED = Set.of("aliceblue", "antiquewhite", "aqua", "aquamarine", "azure",
            "beige", "bisque", "black", "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue",
            "chartreuse", "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue",
            "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki", "darkmagenta",
            "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon", "darkseagreen", "darkslateblue",
            "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue", "dimgray",
            "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite",
            "gold", "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred", "indigo",
            "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral",
            "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
            "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow",
            "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid",
            "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise",
            "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace",
            "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise",
            "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple", "red",
            "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen", "seashell", "sienna",
            "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan",
            "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke", "yellow",
            "yellowgreen");
    private static final Pattern CSS_FUNCTION_OR_HEX = Pattern.compile(
            "#[0-9a-fA-F]{3,8}\\b|\\b(?:rgba?|hsba?|hsla?)\\s*\\(");
    /** A word in a value, not part of a looked-up name ({@code -at-fg-muted}) or a longer identifier. */
    private static final Pattern WORD = Pattern.compile("(?<![-\\w])[a-zA-Z]+(?![-\\w])");
    private static final Pattern JAVA_LITERAL = Pattern.compile(
            "\\bColor\\.(?!TRANSPARENT\\b)[A-Z][A-Z_]+\\b"
            + "|\\b(?:Color|Paint)\\.(?:web|rgb|color|hsb|gray|grayRgb|valueOf)\\s*\\("
            + "|\\bnew\\s+(?:java\\.awt\\.)?Color\\s*\\(\\s*[-0-9.]"
            + "|\"[^\"\\n]*(?:#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b|\\brgba?\\s*\\()");
    private static final Pattern TOKEN_DEFINED = Pattern.compile("(?m)^\\s*(-at-[a-z0-9-]+)\\s*:");
    private static final Pattern TOKEN_USED = Pattern.compile("(?<![-\\w])(-at-[a-z0-9-]+)");

    @Test
    void noStylesheetOrClassOutsideTheTokenFilesWritesAColour() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path css : files(RESOURCES, ".css")) {
            if (!css.equals(LIGHT) && !css.equals(DARK)) {
                found.addAll(cssLiterals(css.toString(), Files.readString(css)));
            }
        }
        for (Path java : files(SOURCES, ".java")) {
            found.addAll(javaLiterals(java.toString(), Files.readString(java)));
        }
        assertThat(files(RESOURCES, ".css")).as("stylesheets scanned").hasSizeGreaterThanOrEqualTo(5);
        assertThat(found).as("literal colours outside the token files").isEmpty();
    }

    /** The scanner itself: each kind of literal is seen, names and tokens are not. */
    @Test
    void theScannerSeesEveryKindOfLiteralColour() {
        assertThat(cssLiterals("a.css", ".a {\n -fx-fill: #fff;\n -fx-stroke: rgba(0, 0, 0, 0.1);\n"
                + " -fx-background-color: -at-bg, white;\n -fx-text-fill: hsb(10, 20%, 30%);\n}"))
                .containsExactly("a.css:2: #fff", "a.css:3: rgba(", "a.css:4: white", "a.css:5: hsb(");
        assertThat(cssLiterals("b.css", "/* white #000 */\n.b { -fx-fill: transparent; -fx-font-weight: bold;"
                + " -fx-text-fill: -at-fg-muted; -fx-alignment: center-right; }")).isEmpty();
        assertThat(javaLiterals("C.java", "x.setFill(Color.WHITE);\ny(Color.web(\"red\"));\n"
                + "z(new java.awt.Color(0.2f, 0f, 0f));\nw.setStyle(\"-fx-text-fill: #333333\");"))
                .containsExactly("C.java:1: Color.WHITE", "C.java:2: Color.web(", "C.java:3: new java.awt.Color(0",
                        "C.java:4: \"-fx-text-fill: #333333");
        assertThat(javaLiterals("D.java", "r.setFill(Color.TRANSPARENT); // #333 in a comment\n"
                + "lookup(\"#loadErrorDialog\"); new java.awt.Color((float) c.getRed(), 0f, 0f);")).isEmpty();
    }

    @Test
    void everyTokenNamedAnywhereIsDefinedInBothThemes() throws IOException {
        Set<String> light = defined(LIGHT);
        Set<String> dark = defined(DARK);
        assertThat(light).as("tokens of the light theme").hasSizeGreaterThan(20);
        assertThat(dark).as("the dark theme defines the light theme's tokens").isEqualTo(light);
        Set<String> used = new TreeSet<>();
        for (Path css : files(RESOURCES, ".css")) {
            Matcher m = TOKEN_USED.matcher(stripCssComments(Files.readString(css)));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).as("tokens used").hasSizeGreaterThan(20);
        assertThat(light).as("tokens used but not defined").containsAll(used);
    }

    private static Set<String> defined(Path tokens) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = TOKEN_DEFINED.matcher(stripCssComments(Files.readString(tokens)));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static List<String> cssLiterals(String file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = stripCssComments(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String body = lines[i].substring(lines[i].lastIndexOf('{') + 1); // declarations, not the selector
            for (String declaration : body.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String value = declaration.substring(colon + 1);
                Matcher hex = CSS_FUNCTION_OR_HEX.matcher(value);
                while (hex.find()) {
                    found.add(file + ":" + (i + 1) + ": " + hex.group().replaceAll("\\s+", ""));
                }
                Matcher word = WORD.matcher(value);
                while (word.find()) {
                    if (NAMED.contains(word.group().toLowerCase(java.util.Locale.ROOT))) {
                        found.add(file + ":" + (i + 1) + ": " + word.group());
                    }
                }
            }
        }
        return found;
    }

    static List<String> javaLiterals(String file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = Pattern.compile("(?s)/\\*.*?\\*/").matcher(text)
                .replaceAll(m -> m.group().replaceAll("[^\n]", " ")).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("(?<![:\"])//.*$", "");
            Matcher m = JAVA_LITERAL.matcher(line);
            while (m.find()) {
                found.add(file + ":" + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }

    /** Comments blanked, line breaks kept, so line numbers stay true. */
    private static String stripCssComments(String text) {
        return Pattern.compile("(?s)/\\*.*?\\*/").matcher(text).replaceAll(m -> m.group().replaceAll("[^\n]", " "));
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
