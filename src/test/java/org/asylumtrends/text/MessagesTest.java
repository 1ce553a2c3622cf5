package org.asylumtrends.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.asylumtrends.data.Measure;
import org.junit.jupiter.api.Test;

/** Every text the code asks for exists in the bundle, so no user ever sees "!some.key!". */
class MessagesTest {
    private static final Pattern KEY_USE = Pattern.compile("Messages\\.(?:get|format)\\(\"([a-zA-Z0-9.\\-]+)\"");

    @Test
    void everyKeyUsedInTheCodeIsInTheEnglishBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("org.asylumtrends.text.messages", Locale.ENGLISH);
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path p : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(p));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(30);
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void everyMeasureHasANameAnAxisLabelAndADescription() {
        for (Measure m : Measure.values()) {
            assertThat(Messages.measureName(m)).doesNotStartWith("!");
            assertThat(Messages.measureAxis(m)).doesNotStartWith("!");
            assertThat(Messages.measureDescription(m)).doesNotStartWith("!").endsWith(".");
        }
    }
}
