package org.asylumtrends.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Colours shown together stay apart for readers with a colour-vision deficiency: every series colour, every era
 * band (as drawn: translucent over the plot) and every map step, if the tokens define one, simulated for
 * protanopia, deuteranopia and tritanopia at full severity (Machado, Oliveira and Fernandes 2009), are at least
 * a CIEDE2000 distance apart, in both themes. Read from the token files, so a colour added later is checked too.
 */
class ColourVisionTest {
    private static final Path THEMES = Path.of("src/main/resources/org/asylumtrends/ui/theme");
    /** Lines and map steps must be told apart at a glance. */
    static final double MIN_SERIES_DELTA_E = 20;
    /** Era bands are pale on purpose (the line runs over them); neighbours must still differ visibly. */
    static final double MIN_BAND_DELTA_E = 3.5;
    /**
     * Map classes and "no data": a sequential scale is read in order against its legend, so its steps need not be as
     * far apart as lines, but no two fills (no data included) may look the same.
     */
    static final double MIN_MAP_DELTA_E = 5;

    /**
     * Compared lines (issue 18), the eight {@code -at-line-*} tokens (Okabe–Ito): a pair at least
     * {@link #MIN_SERIES_DELTA_E} apart is told apart by colour alone, like any series. Eight colours cannot all be
     * that far apart for every colour vision (Okabe–Ito's closest pairs fall to 11–12 under tritanopia and
     * protanopia), so a closer pair must differ in marker shape, the second cue, and still be at least this far
     * apart in colour: between markers only the colour of a 2.5-px stroke tells the lines apart, and thin marks
     * need several times the difference that large patches do (Szafir 2017, "Modeling Color Difference for
     * Visualization Design"), so 10 ΔE2000, about ten just-noticeable differences, is the floor.
     */
    static final double MIN_LINE_DELTA_E_WITH_SHAPE = 10;
    private static final Path APP_CSS = Path.of("src/main/resources/org/asylumtrends/ui/app.css");

    /** Machado et al. (2009), severity 1.0, on linear RGB. */
    static final Map<String, double[][]> DEFICIENCIES = Map.of(
            "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                {-0.003882, -0.048116, 1.051998}},
            "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                {-0.011820, 0.042940, 0.968881}},
            "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                {0.004733, 0.691367, 0.303900}},
            "normal vision", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void seriesBandsAndMapStepsStayApartForEveryColourVision(String theme) throws IOException {
        Map<String, double[]> tokens = tokens(THEMES.resolve("tokens-" + theme + ".css"));
        double[] plot = tokens.get("-at-plot-bg");
        List<String> problems = new ArrayList<>();
        problems.addAll(tooClose(group(tokens, "-at-series", plot), MIN_SERIES_DELTA_E));
        problems.addAll(tooClose(group(tokens, "-at-era-band-", plot), MIN_BAND_DELTA_E));
        Map<String, double[]> mapFills = group(tokens, "-at-map-", plot);
        mapFills.keySet().removeIf(name -> name.equals("-at-map-edge") || name.equals("-at-map-highlight")); // strokes
        problems.addAll(tooClose(mapFills, MIN_MAP_DELTA_E));
        assertThat(problems).as(theme + " theme").isEmpty();
    }

    /**
     * Every pair of the eight line colours, in both themes and every simulated colour vision, is far enough apart
     * in colour, or differs in marker shape and is still above the floor. The shapes are read from app.css.
     */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theEightLineColoursStayApartByColourOrByMarkerShape(String theme) throws IOException {
        Map<String, double[]> tokens = tokens(THEMES.resolve("tokens-" + theme + ".css"));
        Map<String, double[]> lines = group(tokens, "-at-line-", tokens.get("-at-plot-bg"));
        lines.keySet().removeIf(name -> !name.matches("-at-line-\\d+"));
        assertThat(lines).as("the palette's eight line colours").hasSize(8);
        Map<String, String> shapes = markerShapes(Files.readString(APP_CSS));
        assertThat(linesTooClose(lines, shapes)).as(theme + " theme").isEmpty();
    }

    /** The line check itself: a close pair passes only with two shapes, and never below the floor. */
    @Test
    void aCloseLinePairNeedsTwoShapesAndAnyPairTheFloor() {
        Map<String, double[]> lines = new LinkedHashMap<>();
        lines.put("-at-line-0", rgb(0x00, 0x72, 0xB2));
        lines.put("-at-line-1", rgb(0xCC, 0x79, 0xA7)); // 12.2 from line 0 under protanopia
        Map<String, String> shapes = markerShapes(".trend-chart .chart-line-symbol.line-1 { -fx-shape: \"M0 0 H1 V1 Z\"; }");
        assertThat(shapes).containsEntry("-at-line-1", "M0 0 H1 V1 Z").containsEntry("-at-line-0", "round");
        assertThat(linesTooClose(lines, shapes)).isEmpty();
        assertThat(linesTooClose(lines, Map.of())).singleElement().asString()
                .startsWith("protanopia: -at-line-0 and -at-line-1 are 12.2 apart");
        lines.put("-at-line-1", rgb(0x10, 0x80, 0xB8)); // a slightly different blue: a different shape is not enough
        assertThat(linesTooClose(lines, shapes)).anyMatch(p -> p.contains("(< 10.0 even with two shapes)"));
    }

    /** Problems with the line colours: pairs too close by colour and sharing a shape, or below the floor. */
    static List<String> linesTooClose(Map<String, double[]> lines, Map<String, String> shapes) {
        List<String> problems = new ArrayList<>();
        List<String> names = new ArrayList<>(lines.keySet());
        for (var d : DEFICIENCIES.entrySet()) {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    double e = deltaE2000(lab(simulate(lines.get(names.get(i)), d.getValue())),
                            lab(simulate(lines.get(names.get(j)), d.getValue())));
                    String a = shapes.getOrDefault(names.get(i), "round");
                    String b = shapes.getOrDefault(names.get(j), "round");
                    if (e < MIN_LINE_DELTA_E_WITH_SHAPE) {
                        problems.add(String.format(java.util.Locale.ROOT, "%s: %s and %s are %.1f apart (< %.1f even with two shapes)",
                                d.getKey(), names.get(i), names.get(j), e, MIN_LINE_DELTA_E_WITH_SHAPE));
                    } else if (e < MIN_SERIES_DELTA_E && a.equals(b)) {
                        problems.add(String.format(java.util.Locale.ROOT, "%s: %s and %s are %.1f apart (< %.1f) and share the marker %s",
                                d.getKey(), names.get(i), names.get(j), e, MIN_SERIES_DELTA_E, a));
                    }
                }
            }
        }
        return problems;
    }

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern SHAPE = Pattern.compile("-fx-shape\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYMBOL = Pattern.compile("\\.chart-line-symbol\\.line-(\\d+)\\b");

    /** Token name ({@code -at-line-3}) to the path its chart markers are drawn in; "round" where none is set. */
    static Map<String, String> markerShapes(String css) {
        Map<String, String> shapes = new java.util.TreeMap<>();
        for (int i = 0; i < 8; i++) {
            shapes.put("-at-line-" + i, "round");
        }
        Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            Matcher shape = SHAPE.matcher(rule.group(2));
            if (!shape.find()) {
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                Matcher symbol = SYMBOL.matcher(selector);
                if (selector.contains(".trend-chart") && symbol.find() && !selector.contains("preliminary")) {
                    shapes.put("-at-line-" + symbol.group(1), shape.group(1));
                }
            }
        }
        return shapes;
    }

    /** The check itself, on colours it must refuse: red and green, which protanopes and deuteranopes confuse. */
    @Test
    void redAgainstGreenFailsForProtanopiaAndDeuteranopiaButNotForNormalVision() {
        Map<String, double[]> redGreen = new LinkedHashMap<>();
        redGreen.put("red", rgb(0xD5, 0x5E, 0x00));
        redGreen.put("green", rgb(0x4C, 0x9A, 0x2A));
        List<String> problems = tooClose(redGreen, MIN_SERIES_DELTA_E);
        assertThat(problems).anyMatch(p -> p.startsWith("deuteranopia")).anyMatch(p -> p.startsWith("protanopia"))
                .noneMatch(p -> p.startsWith("normal vision"));
        assertThat(deltaE2000(lab(rgb(0, 0, 0)), lab(rgb(255, 255, 255)))).isCloseTo(100, org.assertj.core.data.Offset.offset(0.01));
    }

    static List<String> tooClose(Map<String, double[]> colours, double min) {
        List<String> problems = new ArrayList<>();
        List<String> names = new ArrayList<>(colours.keySet());
        for (var d : DEFICIENCIES.entrySet()) {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    double[] a = simulate(colours.get(names.get(i)), d.getValue());
                    double[] b = simulate(colours.get(names.get(j)), d.getValue());
                    if (same(colours.get(names.get(i)), colours.get(names.get(j)))) {
                        continue; // one colour under two names (the preliminary line is the firm line, dashed)
                    }
                    double e = deltaE2000(lab(a), lab(b));
                    if (e < min) {
                        problems.add(String.format(java.util.Locale.ROOT, "%s: %s and %s are %.1f apart (< %.1f)",
                                d.getKey(), names.get(i), names.get(j), e, min));
                    }
                }
            }
        }
        return problems;
    }

    /** The tokens whose name starts with {@code prefix}, as drawn over {@code background} (alpha composited). */
    static Map<String, double[]> group(Map<String, double[]> tokens, String prefix, double[] background) {
        Map<String, double[]> out = new LinkedHashMap<>();
        tokens.forEach((name, c) -> {
            if (name.startsWith(prefix)) {
                out.put(name, over(c, background));
            }
        });
        return out;
    }

    private static boolean same(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) < 1e-9;
    }

    /** sRGB (0–1) with alpha over an opaque background. */
    static double[] over(double[] c, double[] bg) {
        double a = c[3];
        return new double[] {c[0] * a + bg[0] * (1 - a), c[1] * a + bg[1] * (1 - a), c[2] * a + bg[2] * (1 - a), 1};
    }

    static double[] rgb(int r, int g, int b) {
        return new double[] {r / 255.0, g / 255.0, b / 255.0, 1};
    }

    static double[] simulate(double[] srgb, double[][] m) {
        double[] lin = {linear(srgb[0]), linear(srgb[1]), linear(srgb[2])};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = Math.min(1, Math.max(0, m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2]));
        }
        return new double[] {gamma(out[0]), gamma(out[1]), gamma(out[2]), 1};
    }

    static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double gamma(double c) {
        return c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
    }

    /** CIE L*a*b* (D65) of an sRGB colour. */
    static double[] lab(double[] srgb) {
        double r = linear(srgb[0]), g = linear(srgb[1]), b = linear(srgb[2]);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIEDE2000 (Sharma, Wu and Dalal 2005). */
    static double deltaE2000(double[] l1, double[] l2) {
        double c1 = Math.hypot(l1[1], l1[2]), c2 = Math.hypot(l2[1], l2[2]);
        double cm = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cm, 7) / (Math.pow(cm, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * l1[1], a2 = (1 + g) * l2[1];
        double cp1 = Math.hypot(a1, l1[2]), cp2 = Math.hypot(a2, l2[2]);
        double h1 = hue(l1[2], a1), h2 = hue(l2[2], a2);
        double dl = l2[0] - l1[0], dc = cp2 - cp1;
        double dh = cp1 * cp2 == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(Math.toRadians(dh / 2));
        double lm = (l1[0] + l2[0]) / 2, cpm = (cp1 + cp2) / 2;
        double hm = cp1 * cp2 == 0 ? h1 + h2
                : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hm - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hm))
                + 0.32 * Math.cos(Math.toRadians(3 * hm + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hm - 63));
        double sl = 1 + 0.015 * Math.pow(lm - 50, 2) / Math.sqrt(20 + Math.pow(lm - 50, 2));
        double sc = 1 + 0.045 * cpm, sh = 1 + 0.015 * cpm * t;
        double rt = -2 * Math.sqrt(Math.pow(cpm, 7) / (Math.pow(cpm, 7) + Math.pow(25, 7)))
                * Math.sin(Math.toRadians(60 * Math.exp(-Math.pow((hm - 275) / 25, 2))));
        return Math.sqrt(Math.pow(dl / sl, 2) + Math.pow(dc / sc, 2) + Math.pow(dH / sh, 2)
                + rt * (dc / sc) * (dH / sh));
    }

    private static double hue(double b, double a) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\s*(-at-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGBA = Pattern.compile("rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*(?:,\\s*([0-9.]+)\\s*)?\\)");

    /** The colour tokens of a file, references to other tokens followed; values that are no colour left out. */
    static Map<String, double[]> tokens(Path file) throws IOException {
        Map<String, String> raw = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            raw.put(m.group(1), m.group(2).strip());
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            String v = raw.get(name);
            for (int depth = 0; depth < 10 && raw.containsKey(v); depth++) {
                v = raw.get(v);
            }
            double[] c = parse(v);
            if (c != null) {
                out.put(name, c);
            }
        }
        return out;
    }

    static double[] parse(String v) {
        String s = v.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("white")) {
            return rgb(255, 255, 255);
        }
        if (s.equals("black")) {
            return rgb(0, 0, 0);
        }
        if (s.matches("#[0-9a-f]{6}")) {
            int x = Integer.parseInt(s.substring(1), 16);
            return rgb(x >> 16, (x >> 8) & 0xff, x & 0xff);
        }
        Matcher m = RGBA.matcher(s);
        if (m.matches()) {
            double[] c = rgb(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            c[3] = m.group(4) == null ? 1 : Double.parseDouble(m.group(4));
            return c;
        }
        return null;
    }
}
