package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long load shows progress and can be stopped, leaving nothing half-read. */
class LoadMonitorTest {

    @Test
    void progressEndsAtTheFileSize() throws Exception {
        List<Long> done = new ArrayList<>();
        LoadMonitor monitor = new LoadMonitor() {
            @Override
            public void progress(String file, long bytes, long total) {
                done.add(bytes);
            }
        };

        ParsedTable table = new UnhcrCsvReader("p.csv", monitor).read(new ByteArrayInputStream(FILE), FILE.length);

        assertThat(table.rows()).isEqualTo(2000);
        assertThat(done).hasSizeGreaterThan(1).isSorted();
        assertThat(done.get(done.size() - 1)).isEqualTo(FILE.length);
    }

    @Test
    void cancellingStopsTheLoad() {
        LoadMonitor cancelled = new LoadMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new UnhcrCsvReader("p.csv", cancelled).read(new ByteArrayInputStream(FILE), FILE.length))
                .isInstanceOf(LoadCancelledException.class)
                .hasMessage("loading p.csv was cancelled");
    }

    /** 10 origins × 8 countries of asylum × 25 years: one row per key for the 2000 rows of a population table. */
    private static final String[] ORIGINS = {"CHN", "HKG", "MAC", "TIB", "AFG", "IRN", "IRQ", "SYR", "PAK", "IND"};
    private static final String[] ASYLUM = {"USA", "AUS", "CAN", "DEU", "FRA", "GBR", "ITA", "ESP"};
    private static final byte[] FILE = bigFile();

    private static byte[] bigFile() {
        StringBuilder csv = new StringBuilder("year,coo_iso,coa_iso,asylum_seekers\n");
        for (int i = 0; i < 2000; i++) {
            int pair = i / 25;
            csv.append(2000 + i % 25).append(',').append(ORIGINS[pair / 8]).append(',').append(ASYLUM[pair % 8])
                    .append(',').append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
