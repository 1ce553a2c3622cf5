package org.asylumtrends.data;

import java.util.List;
import java.util.Locale;

/**
 * A column Asylum Trends understands, with the header names it goes by in UNHCR's files: the R package /
 * API tables ({@code coo_iso}), Refugee Data Finder exports ({@code Country of origin (ISO)}) and the bundled
 * dataset ({@code origin_iso3}). Headers are matched after {@link #normalize(String)}.
 */
enum Field {
    YEAR(null, "year"),
    // HDX CSVs ("Country of Origin Code") carry ISO3 codes too, with UNHCR's UKN and STA as pseudo-codes.
    ORIGIN_ISO(null, "coo_iso", "country of origin (iso)", "origin_iso3", "origin (iso)", "country of origin code"),
    ORIGIN_NAME(null, "coo_name", "country of origin", "origin_name", "origin"),
    ASYLUM_ISO(null, "coa_iso", "country of asylum (iso)", "asylum_iso3", "country_of_asylum_iso3",
            "country of asylum (iso3)", "country of asylum code"),
    ASYLUM_NAME(null, "coa_name", "country of asylum", "asylum_name", "country_of_asylum"),
    APPLICATION_TYPE(null, "app_type", "application type", "application type code"),
    // UNHCR's splits of a flow row. When a file has all of them, each row has its own key; an export that dropped
    // some holds several rows per remaining key, which are summed.
    AUTHORITY(null, "procedure_type", "authority", "procedure type"),
    STAGE(null, "dec_level", "stage of procedure", "decision level", "application stage"),
    UNIT(null, "app_pc", "dec_pc", "cases/persons", "application data type", "decision data type"),
    /** Applications of any type on one row of an applications table; summed into new and all applications. */
    APPLIED(null, "applied", "number of applications"),
    ASYLUM_SEEKERS(Count.ASYLUM_SEEKERS, "asylum_seekers", "asylum-seekers", "asylum seekers"),
    REFUGEES(Count.REFUGEES, "refugees", "refugees under unhcr's mandate"),
    APPLICATIONS_NEW(Count.APPLICATIONS_NEW, "applications_new"),
    APPLICATIONS_ALL(Count.APPLICATIONS_ALL, "applications_all", "applications_all_types"),
    RECOGNIZED(Count.DECISIONS_RECOGNIZED, "dec_recognized", "decisions_recognized", "recognized decisions"),
    COMPLEMENTARY(Count.DECISIONS_COMPLEMENTARY_PROTECTION, "dec_other", "decisions_complementary_protection",
            "complementary protection"),
    REJECTED(Count.DECISIONS_REJECTED, "dec_rejected", "decisions_rejected", "rejected decisions"),
    OTHERWISE_CLOSED(Count.DECISIONS_OTHERWISE_CLOSED, "dec_closed", "decisions_otherwise_closed",
            "otherwise closed"),
    DECISIONS_TOTAL(Count.DECISIONS_TOTAL, "dec_total", "decisions_total", "total decisions");

    private final Count count;
    private final List<String> aliases;

    Field(Count count, String... aliases) {
        this.count = count;
        this.aliases = List.of(aliases);
    }

    /** The stored figure a column of this field adds to, or null for key and code columns. */
    Count count() {
        return count;
    }

    /** The name shown in messages: the first alias, the R package / API spelling. */
    String displayName() {
        return aliases.get(0);
    }

    List<String> aliases() {
        return aliases;
    }

    boolean matches(String normalizedHeader) {
        return aliases.contains(normalizedHeader);
    }

    /**
     * Lower case, no byte-order mark, single spaces, no spaces around '/', so that "Cases / Persons" and
     * "Cases/ Persons" or "Country of Origin (ISO)" and "country of origin (ISO)" compare equal.
     */
    static String normalize(String header) {
        String h = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        h = h.replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/");
        return h.replace('’', '\'');
    }
}
