package org.asylumtrends.cli;

import java.util.stream.Collectors;
import org.asylumtrends.text.Messages;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own parse errors, reworded in the application's language: picocli writes them in English only. The
 * kinds a user meets most (an unknown option, a missing one, one given twice, a value of the wrong type) are rebuilt from the
 * exception's parts; any other keeps picocli's sentence, which still names the option.
 */
final class ParseErrors {
    private ParseErrors() {
    }

    static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().getFirst();
            boolean option = first.startsWith("-");
            return Messages.format(option ? "cli.parse.unknownOption" : "cli.parse.unmatched", first);
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return Messages.format("cli.parse.missing", m.getMissing().stream().map(ParseErrors::name)
                    .collect(Collectors.joining(Messages.get("list.separator"))));
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
            return Messages.format("cli.parse.twice", name(o.getOverwritten()));
        }
        if (e.getCause() != null && e.getArgSpec() != null && e.getValue() != null) {
            Class<?> type = e.getArgSpec().type();
            boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class;
            return Messages.format(whole ? "cli.parse.notAWholeNumber" : "cli.parse.badValue", name(e.getArgSpec()),
                    e.getValue());
        }
        return e.getMessage();
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
    }
}
