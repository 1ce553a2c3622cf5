package org.asylumtrends.data;

/** Where figures from several files meet: year, origin ISO3 and country-of-asylum ISO3. Never UNHCR codes. */
public record ObservationKey(int year, String originIso3, String asylumIso3) {
    /**
     * Spreads keys over a hash table. The record's default (31 × origin + asylum, plus year) maps the hashes
     * of three-letter codes, which differ only in their low bits, onto a narrow range: a table of 100,000
     * keys then degenerated into long collision chains and loading the raw tables took seconds.
     */
    @Override
    public int hashCode() {
        long h = originIso3.hashCode() * 0x9E3779B97F4A7C15L + asylumIso3.hashCode();
        h = h * 0xC2B2AE3D27D4EB4FL + year;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObservationKey k && year == k.year && originIso3.equals(k.originIso3)
                && asylumIso3.equals(k.asylumIso3);
    }

    @Override
    public String toString() {
        return year + " " + originIso3 + "→" + asylumIso3;
    }
}
