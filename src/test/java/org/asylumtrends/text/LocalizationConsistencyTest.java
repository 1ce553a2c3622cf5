package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundles and the code agree, in JabRef's manner ({@code LocalizationConsistencyTest}): every key the code
 * uses is in every bundle, no bundle has keys nothing uses, every language has the same keys and placeholders
 * as English. Keys are found by lexing the sources, so the shape of the call does not matter; a key built at
 * run time cannot be found, so the code writes every key out whole and this test fails on one that is built.
 */
class LocalizationConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    /** The command line's help, read by picocli: keys in {@code descriptionKey = "..."} and keys picocli derives
     * from the command names ({@code asylum-trends.summary.usage.description.0}); values in picocli's format. */
    private static final String HELP = "org/asylumtrends/cli/help";
    /** The bundle families: base name to the calls whose first argument is one of its keys. */
    private static final Map<String, List<Call>> FAMILIES = Map.of(
            "org/asylumtrends/text/messages", List.of(new Call("Messages", List.of("get", "format")),
                    new Call("CommandFailure", List.of("of")), new Call("DataMessage", List.of("of"))),
            "org/asylumtrends/data/claims/claims", List.of(new Call("Message", List.of("of")),
                    new Call("text", List.of("text"))),
            HELP, List.of());
    /** What a key looks like: dotted words, as in {@code export.dialog.title}. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9-]+)+");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(css|properties|csv|png|svg|pdf|txt|json|ttf)");

    private record Call(String owner, List<String> methods) {
    }

    private record Use(Path file, int line, String text) {
        @Override
        public String toString() {
            return SOURCES.relativize(file) + ":" + line + " \"" + text + "\"";
        }
    }

    private static Map<String, Map<String, Properties>> bundles; // family -> language suffix ("" for English) -> keys
    private static Map<Path, JavaSource> sources;

    @BeforeAll
    static void read() throws IOException {
        bundles = new TreeMap<>();
        for (String family : FAMILIES.keySet()) {
            Path folder = RESOURCES.resolve(family).getParent();
            String stem = RESOURCES.resolve(family).getFileName().toString();
            Map<String, Properties> languages = new TreeMap<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Matcher m = Pattern.compile(Pattern.quote(stem) + "(_[A-Za-z_]+)?\\.properties")
                            .matcher(f.getFileName().toString());
                    if (m.matches()) {
                        languages.put(m.group(1) == null ? "" : m.group(1).substring(1), load(f));
                    }
                }
            }
            bundles.put(family, languages);
        }
        sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                sources.put(f, JavaSource.lex(Files.readString(f)));
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }

    private static Set<String> allKeys() {
        return bundles.values().stream().flatMap(l -> l.values().stream()).flatMap(p -> p.stringPropertyNames().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void bothBundlesAndTheirUsesAreFound() {
        assertThat(bundles.get("org/asylumtrends/text/messages")).containsKey("");
        assertThat(bundles.get("org/asylumtrends/data/claims/claims")).containsKey("");
        assertThat(keyArguments("org/asylumtrends/text/messages").size()).as("Messages.get/format calls").isGreaterThan(100);
        assertThat(keyArguments("org/asylumtrends/data/claims/claims").size()).as("Message.of calls").isGreaterThan(40);
        assertThat(descriptionKeys().size()).as("picocli descriptionKey uses").isGreaterThan(15);
        assertThat(picocliKeys(bundles.get(HELP).get(""))).as("keys picocli derives from the command names")
                .contains("asylum-trends.usage.description.0", "asylum-trends.summary.usage.footer.11",
                        "mixinStandardHelpOptions.help");
        assertThat(sources.values().stream().mapToInt(s -> s.calls("DataMessage", List.of("of")).size()).sum())
                .as("DataMessage.of calls").isGreaterThan(90);
    }

    /**
     * The data layer's sentences ({@code DataMessage.of("input.error.notAYear")}) are rendered long after they are
     * made, far from the pattern: each call must hand over exactly the arguments its pattern uses, {0} to {n-1},
     * or a translation would show "{2}" or drop a file name. Checked for every key a call may pass (both sides
     * of a ternary).
     */
    @Test
    void everyDataMessageGivesTheArgumentsItsPatternUses() {
        Properties english = bundles.get("org/asylumtrends/text/messages").get("");
        List<String> problems = new ArrayList<>();
        sources.forEach((file, src) -> problems.addAll(argumentCountProblems(src, english).stream()
                .map(p -> SOURCES.relativize(file) + ":" + p).toList()));
        assertThat(problems).isEmpty();
    }

    /** The argument check itself, on calls with too few and too many arguments and a missing key. */
    @Test
    void aDataMessageWithTheWrongNumberOfArgumentsOrAnUnknownKeyIsCaught() {
        Properties english = new Properties();
        english.setProperty("input.a", "{0} and {1}");
        english.setProperty("input.b", "none");
        JavaSource src = JavaSource.lex("""
                class X {
                    Object ok = DataMessage.of("input.a", file, DataMessage.of("input.b"));
                    Object few = DataMessage.of("input.a", file);
                    Object many = DataMessage.of(flag ? "input.b" : "input.a", f(x, y), z);
                    Object unknown = DataMessage.of("input.c");
                }
                """);
        assertThat(argumentCountProblems(src, english)).containsExactly(
                "3: input.a uses 2 arguments, the call gives 1",
                "4: input.b uses 0 arguments, the call gives 2",
                "5: input.c is not a key");
    }

    private static List<String> argumentCountProblems(JavaSource src, Properties english) {
        List<String> problems = new ArrayList<>();
        for (var args : src.calls("DataMessage", List.of("of"))) {
            if (args.isEmpty()) {
                continue;
            }
            int given = args.size() - 1;
            for (JavaSource.Token key : args.getFirst()) {
                if (key.kind() != JavaSource.Kind.STRING) {
                    continue;
                }
                String pattern = english.getProperty(key.text());
                if (pattern == null) {
                    problems.add(key.line() + ": " + key.text() + " is not a key");
                    continue;
                }
                Set<Integer> used = placeholders(pattern);
                boolean exact = used.size() == given && (given == 0 || java.util.Collections.max(used) == given - 1);
                if (!exact) {
                    problems.add(key.line() + ": " + key.text() + " uses " + used.size() + " arguments, the call gives "
                            + given);
                }
            }
        }
        return problems;
    }

    /** A call like {@code Messages.get("menu.file")}, {@code Messages.format(p ? "a" : "b", …)}: every literal in
     * the key argument is a key of the bundle, in every language, and no key is glued together from parts. */
    @Test
    void everyKeyTheCodeAsksForIsInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (var family : bundles.entrySet()) {
            for (var arg : keyArguments(family.getKey())) {
                if (arg.stream().anyMatch(t -> t.is("+"))) {
                    problems.add("a key built at run time, which no test can check: line " + arg.getFirst().line()
                            + ": " + arg.stream().map(JavaSource.Token::text).collect(Collectors.joining(" ")));
                }
            }
            for (Use use : family.getKey().equals(HELP) ? descriptionKeys() : keyLiterals(family.getKey())) {
                family.getValue().forEach((language, keys) -> {
                    if (!keys.containsKey(use.text())) {
                        problems.add(use + " is not in " + family.getKey() + suffix(language) + ".properties");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A key may also travel through a variable or a helper ({@code label("export.dialog.size")}): any literal
     * shaped like a key of one of the bundles' key groups must be a key. */
    @Test
    void everyKeyShapedTextInTheCodeIsAKey() {
        Set<String> keys = allKeys();
        Set<String> groups = keys.stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
        List<Use> unknown = new ArrayList<>();
        for (Use use : allLiterals()) {
            String s = use.text();
            if (KEY_SHAPE.matcher(s).matches() && !FILE_NAME.matcher(s).matches()
                    && groups.contains(s.substring(0, s.indexOf('.'))) && !keys.contains(s)) {
                unknown.add(use);
            }
        }
        assertThat(unknown).as("look like keys but are in no bundle").isEmpty();
    }

    /**
     * Every release assets/data/releases.csv lists has its note, why its newest figures are preliminary, in every
     * language: a new release row without one would put an English sentence under a Chinese chart.
     */
    @Test
    void everyBundledReleaseHasItsPreliminaryNoteInEveryLanguage() throws Exception {
        List<String> keys = releaseNoteKeys();
        assertThat(keys).as("releases listed").isNotEmpty();
        bundles.get("org/asylumtrends/text/messages").forEach((language, bundle) -> assertThat(bundle.stringPropertyNames())
                        .as("release notes in messages%s", suffix(language)).containsAll(keys));
    }

    /** {@code release.note.<id>} for each release in the bundled releases.csv (its first column, after the header). */
    private static List<String> releaseNoteKeys() {
        try {
            return java.nio.file.Files.readAllLines(Path.of("assets/data/releases.csv")).stream().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> "release.note." + l.substring(0, l.indexOf(',')).strip())
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void noBundleHasKeysNothingUses() {
        Set<String> literals = allLiterals().stream().map(Use::text).collect(Collectors.toCollection(TreeSet::new));
        literals.addAll(picocliKeys(bundles.get(HELP).get("")));
        literals.addAll(releaseNoteKeys()); // built from the bundled releases' ids (Messages.preliminaryNote)
        Map<String, Set<String>> unused = new TreeMap<>();
        bundles.forEach((family, languages) -> languages.forEach((language, keys) -> {
            Set<String> u = new TreeSet<>(keys.stringPropertyNames());
            u.removeAll(literals);
            if (!u.isEmpty()) {
                unused.put(family + suffix(language) + ".properties", u);
            }
        }));
        assertThat(unused).as("keys no code uses (remove them, or write a built key out whole)").isEmpty();
    }

    @Test
    void everyLanguageHasTheKeysAndPlaceholdersOfEnglish() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((family, languages) -> languages.forEach((language, keys) -> {
            if (!language.isEmpty()) {
                problems.addAll(differences(languages.get(""), keys).stream().map(d -> family + "_" + language + ": " + d)
                        .toList());
            }
        }));
        assertThat(problems).isEmpty();
    }

    /** The cross-language check itself, on a translation with each kind of mistake. */
    @Test
    void aTranslationWithAMissingKeyAnExtraKeyOrAnotherPlaceholderIsCaught() throws IOException {
        Properties english = new Properties();
        english.load(new StringReader("a=One {0}\nb=Two\nc={0} of {1}\n"));
        Properties german = new Properties();
        german.load(new StringReader("a=Eins {0}\nc={0} von {2}\nd=Vier\n"));
        assertThat(differences(english, german)).containsExactlyInAnyOrder("missing key b", "key d not in English",
                "c: placeholders [0, 2], English has [0, 1]");
        assertThat(differences(english, english)).isEmpty();
    }

    /** Every pattern parses ({@code MessageFormat} throws on an unbalanced brace) and no file repeats a key, which
     * {@link Properties} would hide by keeping the last. */
    @Test
    void everyPatternParsesAndNoKeyIsRepeated() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String family : FAMILIES.keySet()) {
            for (var language : bundles.get(family).entrySet()) {
                if (family.equals(HELP)) {
                    continue; // picocli's format, not MessageFormat's: its placeholders are compared below
                }
                Path file = RESOURCES.resolve(family + suffix(language.getKey()) + ".properties");
                Set<String> seen = new TreeSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    int eq = l.indexOf('=');
                    if (!l.isEmpty() && !l.startsWith("#") && eq > 0 && !seen.add(l.substring(0, eq).strip())) {
                        problems.add(file + ": " + l.substring(0, eq) + " twice");
                    }
                }
                language.getValue().forEach((k, v) -> {
                    problems.addAll(parseProblems((String) v).stream().map(p -> file + ": " + k + ": " + p).toList());
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Why a pattern would not format: it does not parse, or one of its choices' texts does not parse on its own
     * (MessageFormat re-reads the chosen text as a pattern, so an unbalanced brace there fails only when that
     * branch is taken, at run time, in one language).
     */
    static List<String> parseProblems(String pattern) {
        List<String> problems = new ArrayList<>();
        try {
            for (String alternative : choiceAlternatives(new MessageFormat(pattern))) {
                if (alternative.contains("{")) {
                    problems.addAll(parseProblems(alternative).stream().map(p -> "in \"" + alternative + "\": " + p)
                            .toList());
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** The parse check and the placeholder comparison reach into choices, where a translation can drop a number. */
    @Test
    void aChoiceThatDropsAnArgumentOrDoesNotParseOnItsOwnIsCaught() throws IOException {
        Properties english = new Properties();
        english.load(new StringReader("a={1,choice,0#none|1#{0} more}\n"));
        Properties dropped = new Properties();
        dropped.load(new StringReader("a={1,choice,0#keine|1#mehr}\n"));
        assertThat(differences(english, dropped)).containsExactly("a: placeholders [1], English has [0, 1]");
        assertThat(parseProblems("{1,choice,0#none|1#{0,number,integer} more}")).isEmpty();
        // Quoted, the brace passes the whole pattern's parse; the choice unquotes it, and "{0 more" is no pattern.
        assertThat(parseProblems("{1,choice,0#none|1#'{'0 more}")).singleElement().asString().startsWith("in \"{0 more\"");
        assertThat(parseProblems("{0} and {1")).isNotEmpty();
    }

    static List<String> differences(Properties english, Properties other) {
        List<String> d = new ArrayList<>();
        for (String k : new TreeSet<>(english.stringPropertyNames())) {
            if (!other.containsKey(k)) {
                d.add("missing key " + k);
            } else {
                Set<Integer> mine = placeholders(other.getProperty(k));
                Set<Integer> theirs = placeholders(english.getProperty(k));
                if (!mine.equals(theirs)) {
                    d.add(k + ": placeholders " + mine + ", English has " + theirs);
                }
            }
        }
        for (String k : new TreeSet<>(other.stringPropertyNames())) {
            if (!english.containsKey(k)) {
                d.add("key " + k + " not in English");
            }
        }
        return d;
    }

    /** The argument numbers a pattern uses; quoted text ('{' or 'It''s') is not a placeholder. A help text's
     * picocli variables (${DEFAULT-VALUE}) are told apart by the hash of their names. */
    private static Set<Integer> placeholders(String pattern) {
        if (pattern.contains("${")) {
            Set<Integer> variables = new TreeSet<>();
            Matcher v = Pattern.compile("\\$\\{([A-Z-]+)}").matcher(pattern);
            while (v.find()) {
                variables.add(v.group(1).hashCode());
            }
            return variables;
        }
        MessageFormat format = new MessageFormat(pattern);
        String unquoted = format.toPattern().replaceAll("'[^']*'", "");
        Set<Integer> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(unquoted);
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        // An argument inside a choice ({1,choice,0#none|1#{0} more}) is quoted by toPattern: read each alternative.
        for (String alternative : choiceAlternatives(format)) {
            if (alternative.contains("{")) {
                used.addAll(placeholders(alternative));
            }
        }
        return used;
    }

    /** The texts of every choice in a pattern, as MessageFormat will re-read them when one is chosen. */
    private static List<String> choiceAlternatives(MessageFormat format) {
        List<String> alternatives = new ArrayList<>();
        for (java.text.Format f : format.getFormats()) {
            if (f instanceof java.text.ChoiceFormat choice) {
                for (Object text : choice.getFormats()) {
                    alternatives.add((String) text);
                }
            }
        }
        return alternatives;
    }

    private static String suffix(String language) {
        return language.isEmpty() ? "" : "_" + language;
    }

    private static List<List<JavaSource.Token>> keyArguments(String family) {
        List<List<JavaSource.Token>> args = new ArrayList<>();
        for (JavaSource src : sources.values()) {
            for (Call call : FAMILIES.get(family)) {
                args.addAll(src.firstArguments(call.owner(), call.methods()));
            }
        }
        return args;
    }

    private static List<Use> keyLiterals(String family) {
        List<Use> uses = new ArrayList<>();
        for (var src : sources.entrySet()) {
            for (Call call : FAMILIES.get(family)) {
                for (var arg : src.getValue().firstArguments(call.owner(), call.methods())) {
                    arg.stream().filter(t -> t.kind() == JavaSource.Kind.STRING)
                            .forEach(t -> uses.add(new Use(src.getKey(), t.line(), t.text())));
                }
            }
        }
        return uses;
    }

    /** {@code descriptionKey = "summary.top"} in a picocli option. */
    private static List<Use> descriptionKeys() {
        List<Use> uses = new ArrayList<>();
        sources.forEach((file, src) -> {
            List<JavaSource.Token> t = src.tokens();
            for (int i = 0; i + 2 < t.size(); i++) {
                if (t.get(i).is("descriptionKey") && t.get(i + 1).is("=") && t.get(i + 2).kind() == JavaSource.Kind.STRING) {
                    uses.add(new Use(file, t.get(i + 2).line(), t.get(i + 2).text()));
                }
            }
        });
        return uses;
    }

    /**
     * The keys picocli looks up by itself: each command's description and footer lines, under its name qualified
     * by its parent's ({@code asylum-trends.summary.usage.footer.3}), and the standard help options' texts.
     */
    private static Set<String> picocliKeys(Properties help) {
        Set<String> commands = new TreeSet<>();
        boolean standardHelp = false;
        for (JavaSource src : sources.values()) {
            List<JavaSource.Token> t = src.tokens();
            for (int i = 0; i + 5 < t.size(); i++) {
                if (t.get(i).is("@") && t.get(i + 1).is("Command") && t.get(i + 2).is("(") && t.get(i + 3).is("name")
                        && t.get(i + 4).is("=") && t.get(i + 5).kind() == JavaSource.Kind.STRING) {
                    commands.add(t.get(i + 5).text());
                }
                standardHelp |= t.get(i).is("mixinStandardHelpOptions") && t.get(i + 2).is("true");
            }
        }
        String root = "asylum-trends";
        Set<String> prefixes = commands.stream().map(c -> c.equals(root) ? root : root + "." + c)
                .collect(Collectors.toSet());
        Set<String> keys = new TreeSet<>();
        for (String k : help.stringPropertyNames()) {
            boolean section = prefixes.stream().anyMatch(p -> k.matches(Pattern.quote(p) + "\\.usage\\.(description|footer)(\\.\\d+)?"));
            boolean standard = standardHelp && k.matches("mixinStandardHelpOptions\\.(help|version)");
            // picocli's section headings, for every command ("Usage: ", "Options:%n").
            standard |= k.matches("usage\\.(synopsis|parameterList|optionList|commandList)Heading");
            if (section || standard) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static List<Use> allLiterals() {
        List<Use> uses = new ArrayList<>();
        sources.forEach((file, src) -> src.strings().forEach(t -> uses.add(new Use(file, t.line(), t.text()))));
        return uses;
    }
}
