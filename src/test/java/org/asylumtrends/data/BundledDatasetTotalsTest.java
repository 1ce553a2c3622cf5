package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The China totals per year of the bundled dataset, for every measure, equal UNHCR's (copied from the project's
 * {@code china_yearly_totals.csv}, derived from UNHCR's R package release 2025.12.1 and 2024.6.0).
 */
class BundledDatasetTotalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            year, asylum-seekers, asylum-seekers 2024.6.0, refugees, applications-new, applications-all, recognized, complementary, rejected, otherwise-closed, decisions-total
            2000,  17178,  17178, 110967, 14188, 36770,  4456, 795, 24252,  9514, 39017
            2001,  19783,  19783, 117403, 17002, 33428,  6016, 272, 21515,  5888, 33691
            2002,  25224,  25224, 132099, 21665, 43657,  7508, 350, 24495,  7854, 40207
            2003,  21257,  21257, 132390, 14350, 37449,  5037, 212, 25581,  8638, 39463
            2004,  19725,  19725, 134708,  5627, 29078,  3859, 226, 23562,  6324, 33971
            2005,  19378,  19378, 124086,  7623, 23097,  4743, 197, 20354,  6368, 31662
            2006,  17278,  17278, 140584, 18620, 22078,  7150, 678, 14688,  4849, 27335
            2007,  15526,  15526, 149087, 15389, 20372,  5916, 415, 12048,  4918, 23297
            2008,  19615,  19615, 175169, 19527, 21183,  5592, 425, 11711,  2927, 20655
            2009,  18325,  18325, 180546, 22689, 24388,  8047, 419, 10315, 11032, 29797
            2010,   7732,   7732, 184601, 21588, 25948,  8555, 530, 11635, 11046, 31766
            2011,  11375,  11375, 190369, 24985, 28304, 11103, 700, 10823, 11486, 34112
            2012,  15362,  15362, 193449, 24754, 30630, 11723, 334, 11847, 11431, 35359
            2013,  24799,  24799, 195121, 21898, 25534,  9468, 341, 10359,  7537, 27705
            2014,  47335,  47335, 210793, 23014, 26979,  9502, 1499, 13466, 8964, 33431
            2015,  57693,  57693, 212911, 26197, 30755,  7738, 463,  9184,  9200, 26585
            2016,  72165,  72165, 207768, 31025, 34003,  6117, 250, 10014,  9490, 25871
            2017,  89508,  89508, 207716, 34031, 38596,  7392, 276, 13262,  5936, 26866
            2018,  94351,  94351, 212039, 27532, 38045,  9219, 269, 14413,  8149, 32050
            2019, 104248, 104248, 212863, 28635, 38325,  9528, 218, 13283,  5617, 28471
            2020, 108071, 108071, 175361, 17629, 24218,  5725, 205, 11536,  4924, 22428
            2021, 118476, 118476, 170222, 10217, 16594,  4864, 175, 10556,  5803, 21398
            2022, 116338, 116338, 161366, 16647, 23047,  7610,  81, 10496,  6358, 24545
            2023, 137143, 137143, 160565, 48087, 54159,  8127, 142, 11945, 13086, 33300
            2024, 180960, 176239, 153564, 55594, 61680,  5902,  59,  8223,  7304, 21488
            2025,  99716,       , 153962, 22349, 30858,  7153,  79, 14999,  7852, 30083
            """)
    void chinaTotalsPerYearMatchUnhcr(int year, long asylumSeekers, Long asylumSeekersMid2024, long refugees,
                                      long applicationsNew, long applicationsAll, long recognized, long complementary,
                                      long rejected, long otherwiseClosed, long decisionsTotal) {
        assertThat(total(Measure.ASYLUM_SEEKERS, Vintage.LATEST, year)).hasValue(asylumSeekers);
        OptionalDouble mid2024 = total(Measure.ASYLUM_SEEKERS, Vintage.of("2024.6.0"), year);
        if (asylumSeekersMid2024 == null) {
            assertThat(mid2024).as("release 2024.6.0 has no %d figure; it must not show as 0", year).isEmpty();
        } else {
            assertThat(mid2024).hasValue(asylumSeekersMid2024);
        }
        assertThat(total(Measure.REFUGEES, Vintage.LATEST, year)).hasValue(refugees);
        assertThat(total(Measure.APPLICATIONS_NEW, Vintage.LATEST, year)).hasValue(applicationsNew);
        assertThat(total(Measure.APPLICATIONS_ALL, Vintage.LATEST, year)).hasValue(applicationsAll);
        assertThat(total(Measure.RECOGNIZED, Vintage.LATEST, year)).hasValue(recognized);
        assertThat(total(Measure.COMPLEMENTARY_PROTECTION, Vintage.LATEST, year)).hasValue(complementary);
        assertThat(total(Measure.REJECTED, Vintage.LATEST, year)).hasValue(rejected);
        assertThat(total(Measure.OTHERWISE_CLOSED, Vintage.LATEST, year)).hasValue(otherwiseClosed);
        assertThat(total(Measure.DECISIONS_TOTAL, Vintage.LATEST, year)).hasValue(decisionsTotal);
    }

    private static OptionalDouble total(Measure measure, Vintage vintage, int year) {
        return YearSeries.of(Fixtures.bundled(), "CHN", measure, vintage).valueIn(year);
    }
}
