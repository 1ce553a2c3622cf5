package org.asylumtrends.data;

/** Which era a calendar year's figure belongs to when a leader changed during that year. */
public enum EraConvention {
    /** The era in office for most of the year (2012 is Hu Jintao's: Xi took over on 15 November). The default. */
    MAJORITY_OF_YEAR("majority"),
    /**
     * The era in office at year end, the date UNHCR's stock figures refer to (2012 is Xi Jinping's). The article
     * counts this way when it calls 2012 "the first year of Xi's rule".
     */
    IN_OFFICE_AT_YEAR_END("year-end");

    private final String id;

    EraConvention(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static java.util.Optional<EraConvention> byId(String id) {
        for (EraConvention c : values()) {
            if (c.id.equalsIgnoreCase(id.strip())) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
