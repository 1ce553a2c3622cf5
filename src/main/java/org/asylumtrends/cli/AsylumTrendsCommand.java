package org.asylumtrends.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ResourceBundle;
import java.util.List;
import org.asylumtrends.text.AppLanguage;
import org.asylumtrends.text.AppLocale;
import org.asylumtrends.text.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line: {@code java -jar asylum-trends.jar <command>}. Without a command, the window opens. */
@Command(name = "asylum-trends", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = AsylumTrendsCommand.HELP, subcommands = {SummaryCommand.class, ClaimsCommand.class, FindCommand.class,
                ExportCommand.class})
public final class AsylumTrendsCommand {
    /** The help texts of every command and option (picocli's format; its subcommands inherit it). */
    static final String HELP = "org.asylumtrends.cli.help";

    /** Exit code for bad arguments and bad input, with one line on stderr. */
    public static final int BAD_INPUT = 2;

    /** Read before parsing ({@link AppLanguage#fromArguments}); declared here so that help lists it. */
    @Option(names = AppLanguage.OPTION, paramLabel = "en|zh|ko", scope = ScopeType.INHERIT,
            descriptionKey = "cli.option.lang")
    String language;

    /** Names that make the launcher run the command line instead of the window. */
    public static boolean isCommandLine(String[] args) {
        // "--lang zh" alone opens the window in Chinese; "--lang zh summary" runs the command in it.
        if (args.length >= 2 && args[0].equals(AppLanguage.OPTION)) {
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        } else if (args.length >= 1 && args[0].startsWith(AppLanguage.OPTION + "=")) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
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
        return run(args, (Writer) out, (Writer) err);
    }

    /**
     * Runs the command line and returns its exit code: 1 also when the output could not be written in full (a full
     * disk, a closed pipe), which is said on {@code err}. Everything printed has control characters escaped.
     */
    public static int run(String[] args, Writer rawOut, Writer rawErr) {
        TerminalWriter outSink = new TerminalWriter(rawOut);
        PrintWriter out = new PrintWriter(outSink);
        PrintWriter err = new PrintWriter(new TerminalWriter(rawErr));
        try {
            // First of all, so that help and every message are in the language asked for.
            AppLanguage.fromArguments(List.of(args)).ifPresent(l -> AppLocale.set(l.locale()));
        } catch (IllegalArgumentException e) {
            err.println("asylum-trends: " + Messages.format("cli.seeHelp", e.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        CommandLine cl = new CommandLine(new AsylumTrendsCommand());
        // In the application's language, as every other text; picocli would take the JVM's default locale.
        cl.setResourceBundle(ResourceBundle.getBundle(HELP, AppLocale.current()));
        // Plain help text: colour codes would be escaped like any other control character.
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("asylum-trends: " + Messages.format("cli.seeHelp", ParseErrors.describe(ex)));
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("asylum-trends: " + Messages.describe(ex));
            err.flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        boolean lost = out.checkError() || (rawOut instanceof PrintWriter p && p.checkError());
        if (lost) {
            IOException why = outSink.failure();
            String reason = why == null || why.getMessage() == null ? "" : why.getMessage();
            boolean diskFull = reason.toLowerCase(java.util.Locale.ROOT).contains("no space");
            err.println("asylum-trends: " + (reason.isEmpty() ? Messages.get("cli.outputLost")
                    : Messages.format(diskFull ? "cli.outputLost.diskFull" : "cli.outputLost.reason", reason)));
            code = code == 0 ? 1 : code;
        }
        err.flush();
        return code;
    }
}
