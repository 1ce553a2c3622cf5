package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A series starts at its first non-zero year: UNHCR writes 0 for years before a series began. */
class SeriesStartTest {
    @Test
    void zerosBeforeTheFirstFigureAreNotDrawnButLaterZerosAre() throws Exception {
        String csv = """
                year,coo_iso,coa_iso,asylum_seekers,refugees
                1998,AFG,PAK,0,900
                1999,AFG,PAK,0,950
                2000,AFG,PAK,120,1000
                2001,AFG,PAK,0,1100
                2002,AFG,PAK,80,1200
                """;
        ParsedTable table = new UnhcrCsvReader("pop.csv", LoadMonitor.NONE)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), -1);
        AsylumDataset data = DatasetLoader.merge(List.of(table), DatasetMetadata.forUserFiles(List.of("pop.csv"),
                java.util.Set.of(2002)));

        YearSeries seekers = YearSeries.of(data, "AFG", Measure.ASYLUM_SEEKERS);
        assertThat(seekers.points()).extracting(YearValue::year).containsExactly(2000, 2001, 2002);
        assertThat(seekers.points()).extracting(YearValue::value).containsExactly(120.0, 0.0, 80.0);
        assertThat(seekers.years()).contains(new YearRange(2000, 2002));
        assertThat(YearSeries.of(data, "AFG", Measure.REFUGEES).points()).hasSize(5);
    }
}
