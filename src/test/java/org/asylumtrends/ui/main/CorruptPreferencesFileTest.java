package org.asylumtrends.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;

/**
 * A damaged preferences store on disk (java.util.prefs keeps a user's preferences in
 * {@code ~/.java/.userPrefs/<node>/prefs.xml} on Linux): the app starts with the article's view, never crashes.
 * Each case runs in its own JVM, because java.util.prefs fixes the store's location when it is first used.
 */
@Tag("slow") // a separate JVM: left out of the quick run (-Pquick)
class CorruptPreferencesFileTest {
    /** The app's own node, org/asylumtrends/app, as a folder of the store. */
    private static final String NODE_DIR = ".java/.userPrefs/org/asylumtrends/app";
    private static final String DEFAULTS = "selection=Selection[origins=[CHN], asylums=[], measure=ASYLUM_SEEKERS,"
            + " aggregation=LAST_YEAR, years=2012–2024, convention=MAJORITY_OF_YEAR, scale=LINEAR]";

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"garbage text", "truncated XML", "binary bytes", "values out of range",
            "prefs.xml is a folder", "node folder is a file"})
    void aDamagedStoreGivesTheDefaults(String damage) throws Exception {
        damage(damage);

        Run run = java(PreferencesProbe.class.getName());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains(DEFAULTS, "bounds=WindowBounds[x=NaN, y=NaN, width=1600.0, height=1000.0,"
                + " maximized=false]", "done");
    }

    @Test
    void theAppStartsAndDrawsItsChartsOverAGarbledStore() throws Exception {
        damage("garbage text");

        Run run = java("org.asylumtrends.Launcher", "--smoke-test");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("first-frame-ms=\\d+");
    }

    private void damage(String how) throws IOException {
        Path node = home.resolve(NODE_DIR);
        Path prefs = node.resolve("prefs.xml");
        Files.createDirectories(node);
        switch (how) {
            case "garbage text" -> Files.writeString(prefs, "this is not XML { measure = refugees");
            case "truncated XML" -> Files.writeString(prefs, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                    + "<!DOCTYPE map SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">\n<map MAP_XML_VERSION=\"1.0\">\n"
                    + "  <entry key=\"measure\" value=\"refu");
            case "binary bytes" -> Files.write(prefs, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, 0x1A});
            case "values out of range" -> Files.writeString(prefs, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                    + "<!DOCTYPE map SYSTEM \"http://java.sun.com/dtd/preferences.dtd\">\n<map MAP_XML_VERSION=\"1.0\">\n"
                    + "  <entry key=\"measure\" value=\"no-such-measure\"/>\n  <entry key=\"years.from\" value=\"3000\"/>\n"
                    + "  <entry key=\"years.to\" value=\"-1\"/>\n  <entry key=\"window.width\" value=\"NaN\"/>\n"
                    + "  <entry key=\"window.height\" value=\"1e308\"/>\n  <entry key=\"aggregation\" value=\"\"/>\n</map>\n",
                    StandardCharsets.UTF_8);
            case "prefs.xml is a folder" -> Files.createDirectories(prefs);
            case "node folder is a file" -> {
                Files.delete(node);
                Files.writeString(node, "not a folder");
            }
            default -> throw new IllegalArgumentException(how);
        }
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs a main class of the test class path in a new JVM, headless, with the damaged store as its user root. */
    private Run java(String mainClass, String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.prefs.userRoot=" + home, "-Duser.home=" + home,
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no exit within 60 s: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
