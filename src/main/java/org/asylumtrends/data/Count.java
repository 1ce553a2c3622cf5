package org.asylumtrends.data;

/**
 * A figure UNHCR publishes per year, origin and country of asylum, as stored in a dataset.
 * Derived figures such as the recognition rate are {@link Measure}s computed from these.
 */
public enum Count {
    /** Asylum-seekers: claims still pending at year end (a stock), latest release. */
    ASYLUM_SEEKERS,
    /** The same stock as published in release 2024.6.0; its 2024 value is the mid-2024 figure. */
    ASYLUM_SEEKERS_RELEASE_2024_06,
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
