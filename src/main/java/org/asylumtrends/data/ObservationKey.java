package org.asylumtrends.data;

/** Where figures from several files meet: year, origin ISO3 and country-of-asylum ISO3. Never UNHCR codes. */
public record ObservationKey(int year, String originIso3, String asylumIso3) {
    @Override
    public String toString() {
        return year + " " + originIso3 + "→" + asylumIso3;
    }
}
