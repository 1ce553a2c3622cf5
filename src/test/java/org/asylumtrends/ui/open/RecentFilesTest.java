package org.asylumtrends.ui.open;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recent list survives any file name: a ":" split one file in two; a line break split the entry. */
class RecentFilesTest {
    @Test
    void namesWithTheOldSeparatorsComeBackWhole() {
        List<Path> entry = List.of(Path.of("/data/unhcr:2024.csv"), Path.of("/data/two words+plus%.csv"),
                Path.of("/data/line\nbreak.csv"));
        RecentFiles recent = new RecentFiles();
        recent.add(entry);

        assertThat(RecentFiles.parse(recent.format()).entries()).containsExactly(entry);
    }

    @Test
    void theOldStoredFormIsStillRead() {
        String old = "/data/a.csv" + java.io.File.pathSeparator + "/data/b.csv\n";
        assertThat(RecentFiles.parse(old).entries()).containsExactly(List.of(Path.of("/data/a.csv"),
                Path.of("/data/b.csv")));
    }
}
