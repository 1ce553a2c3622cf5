package org.asylumtrends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.asylumtrends.export.ExportFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: {@code export --palette dark} writes the dark figure; without it the figure is on white. */
class ExportPaletteCommandTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        ExportFixtures.startToolkit();
    }

    @Test
    void paletteDarkGivesADarkPageAndTheDefaultAWhiteOne() throws Exception {
        Path dark = dir.resolve("dark.png");
        Path print = dir.resolve("print.png");
        CommandRun darkRun = CommandRun.of("--lang", "en", "export", "--palette", "dark", "--out", dark.toString());
        CommandRun printRun = CommandRun.of("--lang", "en", "export", "--out", print.toString());

        assertThat(darkRun.exitCode()).as(darkRun.err()).isZero();
        assertThat(printRun.exitCode()).as(printRun.err()).isZero();
        BufferedImage d = ImageIO.read(dark.toFile());
        BufferedImage p = ImageIO.read(print.toFile());
        assertThat(d.getRGB(4, 4) & 0xffffff).isEqualTo(0x1e2124);
        assertThat(p.getRGB(4, 4) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void anUnknownPaletteIsOneLineAndNoFile() {
        Path out = dir.resolve("x.png");
        CommandRun run = CommandRun.of("--lang", "en", "export", "--palette", "blue", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(AsylumTrendsCommand.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("asylum-trends export: unknown --palette 'blue'; choose print or dark");
        assertThat(Files.exists(out)).isFalse();
    }
}
