package org.asylumtrends;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.asylumtrends.cli.AsylumTrendsCommand;

/**
 * Entry point of the jar. A plain class, not a JavaFX {@code Application}: a shaded jar whose Main-Class extends
 * Application refuses to start ("JavaFX runtime components are missing"). Commands run without any display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (AsylumTrendsCommand.isCommandLine(args)) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(AsylumTrendsCommand.run(args, out, err));
        }
        org.asylumtrends.ui.main.AsylumTrendsApp.launchApp(args);
    }
}
