package org.asylumtrends.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar asylum-trends.jar <command>}. Without a command, the window opens. */
@Command(name = "asylum-trends", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Charts and figures of UNHCR statistics on people from China seeking asylum abroad.",
                "Without a command the desktop app opens. Data: UNHCR Refugee Population Statistics Database, CC BY 4.0."},
        subcommands = {SummaryCommand.class, ClaimsCommand.class, ExportCommand.class})
public final class AsylumTrendsCommand {
    /** Exit code for bad arguments and bad input, with one line on stderr. */
    public static final int BAD_INPUT = 2;

    /** Names that make the launcher run the command line instead of the window. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        if (args[0].equals("-h") || args[0].equals("--help") || args[0].equals("-V") || args[0].equals("--version")) {
            return true;
        }
        // From the annotations, not a CommandLine: building picocli's model costs ~100 ms of the window's start-up.
        for (Class<?> sub : AsylumTrendsCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            if (command.name().equals(args[0]) || java.util.Arrays.asList(command.aliases()).contains(args[0])) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new AsylumTrendsCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("asylum-trends: " + ex.getMessage() + " (see --help)");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("asylum-trends: " + ex.getMessage());
            err.flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
