package org.asylumtrends.data;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file says about itself: the Refugee Data Finder writes a preamble of "key:,value" lines before the
 * header ("Date extracted:","21/07/2024 14:54 UTC", "Usage licence",https://creativecommons.org/licenses/by/4.0/
 * ...). Without a preamble, the layout of the header tells at least where the file comes from.
 *
 * @param source      who published it, as a reader of a chart should see it: "UNHCR Refugee Data Finder"
 * @param extracted   when it was extracted, "21 Jul 2024", or "" when the file does not say
 * @param lastUpdated when UNHCR last updated the data, as written ("13 June 2024"), or ""
 * @param licence     "CC BY 4.0", or the licence as written, or "" when the file does not say
 * @param contentType "End year stock population totals", or ""
 */
public record SourceFacts(String source, String extracted, String lastUpdated, String licence, String contentType) {
    static final String RDF = "UNHCR Refugee Data Finder";
    static final String HDX = "UNHCR data from HDX (Humanitarian Data Exchange)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public SourceFacts {
        source = DataText.clean(source);
        extracted = DataText.clean(extracted);
        lastUpdated = DataText.clean(lastUpdated);
        licence = DataText.clean(licence);
        contentType = DataText.clean(contentType);
    }

    /** Facts for a file with no preamble: only where its layout says it comes from. */
    static SourceFacts ofLayout(String source) {
        return new SourceFacts(source, "", "", "", "");
    }

    /** Reads the preamble lines (each a key cell and a value cell) of a Refugee Data Finder download. */
    static SourceFacts ofPreamble(List<String[]> lines) {
        String extracted = "";
        String updated = "";
        String licence = "";
        String content = "";
        for (String[] line : lines) {
            if (line.length < 2) {
                continue;
            }
            String key = Field.normalize(line[0]).replaceAll(":$", "").strip();
            String value = line[1].strip();
            switch (key) {
                case "date extracted" -> extracted = date(value);
                case "last updated" -> updated = value;
                case "usage licence", "usage license", "licence", "license" -> licence = licence(value);
                case "content type" -> content = value;
                default -> { }
            }
        }
        return new SourceFacts(RDF, extracted, updated, licence, content);
    }

    /** "UNHCR Refugee Data Finder, extracted 21 Jul 2024": the file's part of a chart's source line. */
    public String describe() {
        return extracted.isEmpty() ? source : source + ", extracted " + extracted;
    }

    private static String date(String value) {
        Matcher m = DAY_MONTH_YEAR.matcher(value);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))).format(SHOWN);
            } catch (java.time.DateTimeException notADate) {
                // Shown as written below.
            }
        }
        return DataFormatException.abbreviate(value);
    }

    private static String licence(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("creativecommons.org/licenses/by/4.0")) {
            return "CC BY 4.0";
        }
        if (v.contains("creativecommons.org/licenses/by/3.0/igo")) {
            return "CC BY 3.0 IGO";
        }
        return DataFormatException.abbreviate(value);
    }
}
