package org.asylumtrends;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
        org.asylumtrends.export.ReproducibleRendering.apply(); // before JavaFX starts: the window's exports too
        if (AsylumTrendsCommand.isCommandLine(args)) {
            // Straight to the file descriptors, not through System.out: a PrintStream swallows write errors, and
            // output lost to a full disk or a closed pipe must end in a non-zero exit.
            Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                    StandardCharsets.UTF_8));
            Writer err = new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
            int code = AsylumTrendsCommand.run(args, out, err);
            System.out.flush();
            if (System.out.checkError() && code == 0) {
                code = 1;
            }
            System.exit(code);
        }
        try {
            org.asylumtrends.text.AppLanguage.fromArguments(java.util.List.of(args)); // a bad --lang stops here
        } catch (IllegalArgumentException e) {
            System.err.println("asylum-trends: " + org.asylumtrends.text.Messages.format("cli.seeHelp", e.getMessage()));
            System.exit(AsylumTrendsCommand.BAD_INPUT);
        }
        org.asylumtrends.ui.main.AsylumTrendsApp.launchApp(args);
    }
}
