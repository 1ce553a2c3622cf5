package org.asylumtrends.data;

/**
 * A figure UNHCR publishes per year, origin and country of asylum, as stored in a dataset.
 * Derived figures such as the recognition rate are {@link Measure}s computed from these. Each release has its
 * own figures ({@link AsylumDataset#figuresIn(Vintage)}), so no figure here names a release.
 */
public enum Count {
    /** Asylum-seekers: claims still pending at year end (a stock). */
    ASYLUM_SEEKERS,
    /** Refugees under UNHCR's mandate at year end (a stock). */
    REFUGEES,
    /** New asylum applications lodged during the year (application type N; a flow). */
    APPLICATIONS_NEW,
    /** All asylum applications lodged during the year: new, repeat, appeal and unspecified (a flow). */
    APPLICATIONS_ALL,
    DECISIONS_RECOGNIZED,
    DECISIONS_COMPLEMENTARY_PROTECTION,
    DECISIONS_REJECTED,
    DECISIONS_OTHERWISE_CLOSED,
    DECISIONS_TOTAL
}
