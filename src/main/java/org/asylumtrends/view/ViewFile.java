package org.asylumtrends.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylumtrends.data.Annotation;
import org.asylumtrends.data.Editorial;
import org.asylumtrends.data.EraConvention;
import org.asylumtrends.data.Measure;
import org.asylumtrends.data.RangeAggregation;
import org.asylumtrends.data.Scale;
import org.asylumtrends.data.Selection;
import org.asylumtrends.data.YearRange;
import org.asylumtrends.export.AtomicFileWriter;
import org.asylumtrends.export.ExportException;
import org.asylumtrends.export.FigureContent;
import org.asylumtrends.export.FigureSize;
import org.asylumtrends.text.Messages;

/**
 * The saved-view file ({@code .atview}): UTF-8 text, one {@code key: value} a line, {@code #} comments, versioned
 * by its first line ({@code asylum-trends-view: 1}). Human-readable and diff-friendly on purpose: a journalist can
 * read what a chart showed without the app, and a reviewer can see what changed. Values escape only a line break
 * ({@code \n}) and a backslash ({@code \\}). README.md documents the format.
 * <p>
 * Reading is strict, as for any file from elsewhere: a file over {@link #MAX_BYTES}, invalid UTF-8, a line over
 * {@link #MAX_LINE_CHARS}, an unknown key or version, a control or bidirectional-override character, or a value
 * out of range is refused with a sentence naming the file and line. Writing goes through a temporary file, so an
 * existing view is replaced whole or not at all.
 */
public final class ViewFile {
    /** The version this code writes, and the newest it reads. */
    public static final int VERSION = 1;
    public static final String EXTENSION = "atview";
    static final String MAGIC = "asylum-trends-view";
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_LINE_CHARS = 2 * Editorial.MAX_TEXT + 200;
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern ANNOTATION = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:\\.\\.(\\d{4}-\\d{2}-\\d{2}))? \\| (.*)");
    private static final Set<String> SINGLE_KEYS = Set.of("origins", "asylums", "measure", "scale", "aggregation",
            "years", "convention", "panels", "size", "title", "subtitle", "notes", "byline", "alt-text");
    private static final Set<String> REPEATED_KEYS = Set.of("annotation", "data");

    /** A view as read, with the data it was made from. */
    public record Saved(View view, ViewData data) {
    }

    private ViewFile() {
    }

    /** The file's text. */
    public static String format(View view, ViewData data) {
        Selection s = view.selection();
        Editorial e = view.editorial();
        StringBuilder b = new StringBuilder();
        b.append("# Asylum Trends view. Open it with File > Open, or: asylum-trends export --view FILE --out F.png\n");
        b.append(MAGIC).append(": ").append(VERSION).append('\n');
        line(b, "origins", String.join(",", s.origins()));
        line(b, "asylums", String.join(",", s.asylums()));
        line(b, "measure", s.measure().id());
        line(b, "scale", s.scale().id());
        line(b, "aggregation", s.aggregation().id());
        line(b, "years", s.years().from() + "-" + s.years().to());
        line(b, "convention", s.convention().id());
        line(b, "panels", view.panels().panels().stream().map(p -> p.id()).reduce((x, y) -> x + "," + y).orElse(""));
        line(b, "size", view.size().width() + "x" + view.size().height());
        line(b, "title", e.title());
        line(b, "subtitle", e.subtitle());
        line(b, "notes", e.notes());
        line(b, "byline", e.byline());
        line(b, "alt-text", e.altText());
        for (Annotation a : e.annotations()) {
            line(b, "annotation", a.from() + (a.isRange() ? ".." + a.to() : "") + " | " + a.label());
        }
        if (data.withBundled()) {
            line(b, "data", "bundled" + (data.bundledRelease().isEmpty() ? "" : " | release " + data.bundledRelease()));
        }
        for (ViewData.DataFile f : data.files()) {
            line(b, "data", f.path() + " | sha256 " + f.sha256());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(key).append(": ").append(value.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
    }

    /** Writes the view whole or not at all; refuses a folder, link, device or read-only file as exports do. */
    public static void write(Path target, View view, ViewData data) throws ExportException {
        String text = format(view, data);
        AtomicFileWriter.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** Whether a path names a view file, by its extension. */
    public static boolean isViewFile(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }

    /** Reads a view file; any problem is one sentence naming the file (and the line). Any thread but the FX one. */
    public static Saved read(Path file) throws ViewFileException {
        byte[] bytes;
        try {
            org.asylumtrends.data.InputFiles.checkReadable(file);
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (org.asylumtrends.data.DataFormatException e) {
            throw new ViewFileException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ViewFileException(Messages.format("view.error.file", file,
                    Messages.format("view.error.unreadable", String.valueOf(e.getMessage()))), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ViewFileException(Messages.format("view.error.file", file,
                    Messages.format("view.error.tooLarge", MAX_BYTES >> 20)));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ViewFileException(Messages.format("view.error.file", file, Messages.get("view.error.notUtf8")));
        }
        return parse(file, text);
    }

    /** Parses a view's text; {@code file} names it in messages. */
    static Saved parse(Path file, String text) throws ViewFileException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<int[]> annotationLines = new ArrayList<>();
        List<String> annotations = new ArrayList<>();
        List<int[]> dataLines = new ArrayList<>();
        List<String> data = new ArrayList<>();
        boolean versionSeen = false;
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String raw = lines[i];
            if (raw.length() > MAX_LINE_CHARS) {
                throw error(file, n, Messages.format("view.error.longLine", raw.length(), MAX_LINE_CHARS));
            }
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            int colon = raw.indexOf(':');
            if (colon < 0) {
                throw error(file, n, Messages.get("view.error.noKey"));
            }
            String key = raw.substring(0, colon).strip();
            String value = unescape(file, n, raw.substring(colon + 1).strip());
            if (!versionSeen) {
                if (!key.equals(MAGIC)) {
                    throw error(file, n, Messages.format("view.error.notView", MAGIC));
                }
                if (!value.matches("\\d{1,3}")) {
                    throw error(file, n, Messages.format("view.error.badVersion", printable(value)));
                }
                int version = Integer.parseInt(value);
                if (version > VERSION || version < 1) {
                    throw error(file, n, Messages.format("view.error.newerVersion", version, VERSION));
                }
                versionSeen = true;
                continue;
            }
            if (REPEATED_KEYS.contains(key)) {
                (key.equals("annotation") ? annotations : data).add(value);
                (key.equals("annotation") ? annotationLines : dataLines).add(new int[] {n});
            } else if (SINGLE_KEYS.contains(key)) {
                if (values.containsKey(key)) {
                    throw error(file, n, Messages.format("view.error.twice", key, lineOf.get(key)));
                }
                values.put(key, value);
                lineOf.put(key, n);
            } else {
                throw error(file, n, Messages.format("view.error.unknownKey", printable(key)));
            }
        }
        if (!versionSeen) {
            throw new ViewFileException(Messages.format("view.error.file", file,
                    Messages.format("view.error.notView", MAGIC)));
        }
        Reader r = new Reader(file, values, lineOf, lines.length);
        Selection selection = r.selection();
        Editorial editorial = r.editorial(annotations, annotationLines);
        FigureContent panels = FigureContent.byId(r.required("panels"))
                .orElseThrow(() -> r.error("panels", Messages.format("view.error.panels", FigureContent.knownIds())));
        FigureSize size = FigureSize.parse(r.required("size")).orElseThrow(() -> r.error("size",
                Messages.format("view.error.size", FigureSize.MIN, FigureSize.MAX)));
        ViewData viewData = r.data(data, dataLines);
        return new Saved(new View(selection, editorial, panels, size), viewData);
    }

    /** Undoes {@code \n} and {@code \\}; any other backslash is an error, not a guess. */
    private static String unescape(Path file, int line, String value) throws ViewFileException {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char next = i + 1 < value.length() ? value.charAt(i + 1) : ' ';
            if (next == 'n') {
                b.append('\n');
            } else if (next == '\\') {
                b.append('\\');
            } else {
                throw error(file, line, Messages.format("view.error.escape", i + 1));
            }
            i++;
        }
        return b.toString();
    }

    static ViewFileException error(Path file, int line, String problem) {
        return new ViewFileException(Messages.format("view.error.line", file, line, problem));
    }

    /** A value quoted in a message, made harmless: control and bidi characters as U+XXXX, cut at 60 characters. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(cp -> {
            if (Editorial.problem(new String(Character.toChars(cp)), 2, false) != null) {
                b.append(String.format(Locale.ROOT, "U+%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return s.codePointCount(0, s.length()) > 60 ? b + "\u2026" : b.toString();
    }

    /** Turns the keys' values into records, naming the line of the value that is wrong. */
    private record Reader(Path file, Map<String, String> values, Map<String, Integer> lineOf, int lastLine) {
        String required(String key) throws ViewFileException {
            String v = values.get(key);
            if (v == null) {
                throw new ViewFileException(Messages.format("view.error.file", file,
                        Messages.format("view.error.missingKey", key)));
            }
            return v;
        }

        String optional(String key) {
            return values.getOrDefault(key, "");
        }

        ViewFileException error(String key, String problem) {
            return ViewFile.error(file, lineOf.getOrDefault(key, lastLine), problem);
        }

        Selection selection() throws ViewFileException {
            List<String> origins = codes("origins");
            List<String> asylums = codes("asylums");
            Measure measure = Measure.byId(required("measure")).orElseThrow(() -> error("measure",
                    Messages.format("view.error.value", "measure", printable(values.get("measure")))));
            Scale scale = Scale.byId(optional("scale").isEmpty() ? Scale.LINEAR.id() : optional("scale"))
                    .orElseThrow(() -> error("scale", Messages.format("view.error.value", "scale",
                            printable(values.get("scale")))));
            RangeAggregation aggregation = RangeAggregation.byId(required("aggregation")).orElseThrow(() ->
                    error("aggregation", Messages.format("view.error.value", "aggregation",
                            printable(values.get("aggregation")))));
            EraConvention convention = EraConvention.byId(required("convention")).orElseThrow(() ->
                    error("convention", Messages.format("view.error.value", "convention",
                            printable(values.get("convention")))));
            Matcher m = YEARS.matcher(required("years"));
            if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
                throw error("years", Messages.format("view.error.years", printable(values.get("years"))));
            }
            YearRange years = new YearRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            try {
                return new Selection(origins, asylums, measure, aggregation, years, convention, scale);
            } catch (IllegalArgumentException e) {
                throw error(origins.isEmpty() ? "asylums" : "origins", e.getMessage());
            }
        }

        private List<String> codes(String key) {
            String v = optional(key);
            return v.isBlank() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).toList();
        }

        Editorial editorial(List<String> annotations, List<int[]> lines) throws ViewFileException {
            String[][] texts = {{"title", "false", "" + Editorial.MAX_LINE}, {"subtitle", "false", "" + Editorial.MAX_LINE},
                {"notes", "true", "" + Editorial.MAX_TEXT}, {"byline", "false", "" + Editorial.MAX_LINE},
                {"alt-text", "true", "" + Editorial.MAX_TEXT}};
            for (String[] t : texts) {
                String problem = Editorial.problem(optional(t[0]), Integer.parseInt(t[2]), Boolean.parseBoolean(t[1]));
                if (problem != null) {
                    throw error(t[0], "the " + t[0] + " " + problem);
                }
            }
            if (annotations.size() > Editorial.MAX_ANNOTATIONS) {
                throw ViewFile.error(file, lines.get(Editorial.MAX_ANNOTATIONS)[0],
                        Messages.format("view.error.annotations", Editorial.MAX_ANNOTATIONS));
            }
            List<Annotation> list = new ArrayList<>();
            for (int i = 0; i < annotations.size(); i++) {
                int n = lines.get(i)[0];
                Matcher m = ANNOTATION.matcher(annotations.get(i));
                if (!m.matches()) {
                    throw ViewFile.error(file, n, Messages.get("view.error.annotation"));
                }
                try {
                    LocalDate from = LocalDate.parse(m.group(1));
                    LocalDate to = m.group(2) == null ? from : LocalDate.parse(m.group(2));
                    list.add(new Annotation(from, to, m.group(3)));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw ViewFile.error(file, n, e.getMessage());
                }
            }
            return new Editorial(optional("title"), optional("subtitle"), optional("notes"), optional("byline"),
                    optional("alt-text"), list);
        }

        ViewData data(List<String> entries, List<int[]> lines) throws ViewFileException {
            boolean bundled = false;
            String release = "";
            List<ViewData.DataFile> files = new ArrayList<>();
            Set<Path> seen = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                String e = entries.get(i);
                int n = lines.get(i)[0];
                if (e.equals("bundled") || e.startsWith("bundled | release ")) {
                    bundled = true;
                    release = e.equals("bundled") ? "" : e.substring("bundled | release ".length()).strip();
                    if (Editorial.problem(release, 40, false) != null) {
                        throw ViewFile.error(file, n, Messages.get("view.error.data"));
                    }
                    continue;
                }
                int bar = e.lastIndexOf(" | sha256 ");
                if (bar < 0) {
                    throw ViewFile.error(file, n, Messages.get("view.error.data"));
                }
                String path = e.substring(0, bar).strip();
                String sum = e.substring(bar + " | sha256 ".length()).strip();
                if (path.isEmpty() || Editorial.problem(path, 4096, false) != null || !sum.matches("[0-9a-f]{64}")) {
                    throw ViewFile.error(file, n, Messages.get("view.error.data"));
                }
                Path p;
                try {
                    // A relative path is the view's neighbour: a folder with its view and its CSVs can be moved.
                    p = file.toAbsolutePath().getParent().resolve(path).normalize();
                } catch (java.nio.file.InvalidPathException ex) {
                    throw ViewFile.error(file, n, Messages.get("view.error.data"));
                }
                if (seen.add(p)) {
                    files.add(new ViewData.DataFile(p, sum));
                }
            }
            if (!bundled && files.isEmpty()) {
                throw new ViewFileException(Messages.format("view.error.file", file, Messages.get("view.error.noData")));
            }
            return new ViewData(bundled, release, files);
        }
    }
}
