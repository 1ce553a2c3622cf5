package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.ReleaseFolder;
import org.asylumtrends.data.Vintage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --release} takes any release the data hold, and lists them when it is given one they do not. */
class ReleaseChoiceTest {

    @Test
    void aReleaseOnlyTheTableNamesIsAccepted(@TempDir Path dir) throws Exception {
        AsylumDataset data = DatasetLoader.loadReleases(ReleaseFolder.write(dir, null));

        assertThat(ReleaseChoice.resolve("2030.6.0", data)).isEqualTo(Vintage.of("2030.6.0"));
        assertThat(ReleaseChoice.resolve(" 2031.6.0 ", data)).isEqualTo(Vintage.of("2031.6.0"));
        // The data's own release by its id is the latest: the same figures, the same label.
        assertThat(ReleaseChoice.resolve("2031.12.0", data)).isEqualTo(Vintage.LATEST);
        assertThatThrownBy(() -> ReleaseChoice.resolve("2024.6.0", data)).isInstanceOf(CommandFailure.class)
                .hasMessage("unknown release '2024.6.0'; choose latest, 2031.6.0 or 2030.6.0");
    }

    @Test
    void filesThatStateNoReleaseOfferOnlyTheLatest() throws Exception {
        AsylumDataset data = DatasetLoader.load(java.util.List.of(
                org.asylumtrends.data.Fixtures.path("r-package/population.csv")), org.asylumtrends.data.LoadMonitor.NONE);

        assertThatThrownBy(() -> ReleaseChoice.resolve("2024.6.0", data)).isInstanceOf(CommandFailure.class)
                .hasMessage("unknown release '2024.6.0'; choose latest");
    }
}
