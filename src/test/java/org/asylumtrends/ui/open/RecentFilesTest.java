package org.asylumtrends.ui.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** File > Open Recent: what is stored survives any path, and the menu says which folder a set is in. */
class RecentFilesTest {

    @Test
    void pathsWithSeparatorsAndSpacesComeBackAsStored() {
        RecentFiles recent = new RecentFiles();
        List<Path> set = List.of(Path.of("/tmp/a:b;c/pop ulation.csv"), Path.of("/tmp/x/apps.csv"));
        recent.add(set);

        RecentFiles again = RecentFiles.parse(recent.format());

        assertThat(again.entries()).containsExactly(set);
    }

    @Test
    void namesWithAPlusAPercentOrALineBreakComeBackWhole() {
        List<Path> entry = List.of(Path.of("/data/unhcr:2024.csv"), Path.of("/data/two words+plus%.csv"),
                Path.of("/data/line\nbreak.csv"));
        RecentFiles recent = new RecentFiles();
        recent.add(entry);

        assertThat(RecentFiles.parse(recent.format()).entries()).containsExactly(entry);
    }

    @Test
    void theOlderStoredFormStillReads() {
        String older = "/tmp/x/population.csv" + File.pathSeparator + "/tmp/x/apps.csv\n";

        assertThat(RecentFiles.parse(older).entries())
                .containsExactly(List.of(Path.of("/tmp/x/population.csv"), Path.of("/tmp/x/apps.csv")));
    }

    @Test
    void theLabelNamesTheFolderSoTwoDownloadsOfOneNameDiffer() {
        assertThat(RecentFiles.label(List.of(Path.of("/home/ana/Downloads/population.csv"),
                Path.of("/home/ana/Downloads/apps.csv"))))
                .isEqualTo("population.csv + apps.csv \u2014 /home/ana/Downloads");
        assertThat(RecentFiles.label(List.of(Path.of("/a/population.csv"), Path.of("/b/population.csv"))))
                .isEqualTo("population.csv (/a) + population.csv (/b)");
    }
}
