package org.asylumtrends.cli;

import org.asylumtrends.text.Messages;

/** Bad arguments or input: the command prints the message as one line and exits with code 2. */
final class CommandFailure extends Exception {
    CommandFailure(String message) {
        super(message);
    }

    /** The message of a key of the {@code messages} bundle, in the application's language. */
    static CommandFailure of(String key, Object... args) {
        return new CommandFailure(Messages.format(key, args));
    }
}
