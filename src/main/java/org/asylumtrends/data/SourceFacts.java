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
 * @param extractedOn the date of extraction, or null when the file gives none or none that reads as a date
 */
public record SourceFacts(String source, String extracted, String lastUpdated, String licence, String contentType,
                          LocalDate extractedOn) {
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
        return new SourceFacts(source, "", "", "", "", null);
    }

    /** Reads the preamble lines (each a key cell and a value cell) of a Refugee Data Finder download. */
    static SourceFacts ofPreamble(List<String[]> lines) {
        String extracted = "";
        LocalDate extractedOn = null;
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
                case "date extracted" -> {
                    extractedOn = date(value);
                    extracted = extractedOn == null ? DataFormatException.abbreviate(value) : extractedOn.format(SHOWN);
                }
                case "last updated" -> updated = value;
                case "usage licence", "usage license", "licence", "license" -> licence = licence(value);
                case "content type" -> content = value;
                default -> { }
            }
        }
        return new SourceFacts(RDF, extracted, updated, licence, content, extractedOn);
    }

    /** "UNHCR Refugee Data Finder, extracted 21 Jul 2024": the file's part of a chart's source line, in English. */
    public String describe() {
        return extracted.isEmpty() ? source : source + ", extracted " + extracted;
    }

    /**
     * The same for the {@code text} package to word in the reader's language: the date is handed over as a date, so
     * that Chinese reads 2024年7月21日 (issue 18); an undated text stays as the file wrote it.
     */
    public DataMessage describeMessage() {
        if (extracted.isEmpty()) {
            return DataMessage.of("source.file", source);
        }
        return DataMessage.of("source.extracted", source, extractedOn != null ? extractedOn : extracted);
    }

    private static LocalDate date(String value) {
        Matcher m = DAY_MONTH_YEAR.matcher(value);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            } catch (java.time.DateTimeException notADate) {
                // Shown as written.
            }
        }
        return null;
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
