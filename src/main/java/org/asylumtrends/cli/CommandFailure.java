package org.asylumtrends.cli;

/** Bad arguments or input: the command prints the message as one line and exits with code 2. */
final class CommandFailure extends Exception {
    CommandFailure(String message) {
        super(message);
    }
}
