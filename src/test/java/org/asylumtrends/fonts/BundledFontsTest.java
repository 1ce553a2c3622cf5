package org.asylumtrends.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.asylumtrends.data.EraTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled CJK subsets hold every character the app writes in Chinese and Korean: its texts, the JDK's country
 * names and the era names. A translation that brings a character the subsets lack fails here, and is fixed by
 * rerunning {@code tools/cjk-fonts/subset.py}; without this, that character would need a CJK font installed.
 */
class BundledFontsTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/asylumtrends");

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ko"})
    void everyCharacterOfTheLanguageIsInTheBundledFonts(String language) throws Exception {
        StringBuilder text = new StringBuilder();
        text.append(Files.readString(RESOURCES.resolve("text/messages_" + language + ".properties"), StandardCharsets.UTF_8));
        text.append(Files.readString(RESOURCES.resolve("data/claims/claims_" + language + ".properties"), StandardCharsets.UTF_8));
        text.append(Files.readString(Path.of("assets/claims.csv"), StandardCharsets.UTF_8));
        text.append(Files.readString(Path.of("assets/eras.csv"), StandardCharsets.UTF_8));
        Locale locale = Locale.forLanguageTag(language);
        for (String iso2 : Locale.getISOCountries()) {
            text.append(Locale.of("", iso2).getDisplayCountry(locale));
        }
        EraTable.loadBundled().forOrigin("CHN").forEach(e -> text.append(e.displayName(locale)));

        List<CmapLookup> cmaps = new ArrayList<>();
        List<TrueTypeFont> fonts = new ArrayList<>();
        for (Path file : BundledFonts.files()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            assertThat(ttf.getTableMap()).as("TrueType outlines, which PDFBox can embed").containsKey("glyf");
            fonts.add(ttf);
            cmaps.add(ttf.getUnicodeCmapLookup());
        }
        TreeSet<String> lacking = new TreeSet<>();
        text.codePoints().filter(cp -> cp > 0x2E7F).forEach(cp -> {
            if (cmaps.stream().noneMatch(c -> c.getGlyphId(cp) > 0)) {
                lacking.add(new String(Character.toChars(cp)) + " U+" + Integer.toHexString(cp));
            }
        });
        for (TrueTypeFont f : fonts) {
            f.close();
        }
        assertThat(lacking).as("characters of the " + language + " texts the bundled fonts lack"
                + " (rerun tools/cjk-fonts/subset.py)").isEmpty();
        assertThat(text.toString()).contains(language.equals("zh") ? "\u4e60\u8fd1\u5e73" : "\uc2dc\uc9c4\ud551");
    }
}
