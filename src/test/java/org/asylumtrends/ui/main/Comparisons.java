package org.asylumtrends.ui.main;

import java.util.List;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.SmallData;

/** Test data for the comparison: nine origins, 2012–2025, whose lines end close together (labels must be nudged). */
final class Comparisons {
    static final List<String> ORIGINS = List.of("CHN", "RUS", "IRN", "AFG", "SYR", "VEN", "TUR", "IND", "PAK");
    static final List<String> NAMES = List.of("China", "Russian Federation", "Iran (Islamic Rep. of)", "Afghanistan",
            "Syrian Arab Rep.", "Venezuela (Bolivarian Republic of)", "T\u00fcrkiye", "India", "Pakistan");

    private Comparisons() {
    }

    static AsylumDataset nineOrigins() throws Exception {
        return firstOrigins(ORIGINS.size());
    }

    /** China's rows alone, as the app's opening data have them before every origin's replace them. */
    static AsylumDataset chinaOnly() throws Exception {
        return firstOrigins(1);
    }

    private static AsylumDataset firstOrigins(int count) throws Exception {
        StringBuilder csv = new StringBuilder("year,coo_name,coo_iso,coa_name,coa_iso,asylum_seekers,refugees\n");
        for (int o = 0; o < count; o++) {
            for (int year = 2012; year <= 2025; year++) {
                // Different starts, nearly the same end: 1,000 + 10 × o people in 2025.
                long start = 200L + 700L * o;
                long end = 1000L + 10L * o;
                long v = start + (end - start) * (year - 2012) / 13;
                if (ORIGINS.get(o).equals("IRN") && year == 2014) {
                    v = 0; // a zero: a figure on a linear axis, not drawable on a log one
                }
                String origin = year + ",\"" + NAMES.get(o) + "\"," + ORIGINS.get(o);
                csv.append(origin).append(",Germany,DEU,").append(v).append(",1\n");
                csv.append(origin).append(",United States of America,USA,").append(v / 2).append(",1\n");
            }
        }
        return SmallData.of("population.csv", csv.toString());
    }
}
