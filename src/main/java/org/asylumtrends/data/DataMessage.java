package org.asylumtrends.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sentence the data layer has for a user, as a key of the {@code text} package's bundle and its arguments, so
 * that it can be shown in the application's language: {@code data} reads no bundle (the {@code text} package
 * renders it, {@code Messages.describe}). An argument may itself be a {@code DataMessage} (a clause chosen by
 * the code, such as a hint); numbers stay numbers, so that a translation formats them.
 *
 * @param key  a key of {@code messages.properties}, written out whole where the message is made
 * @param args the pattern's arguments, in order
 */
public record DataMessage(String key, List<Object> args) {
    public DataMessage {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static DataMessage of(String key, Object... args) {
        return new DataMessage(key, Arrays.asList(args));
    }

    /** For logs and test failures only: never shown to a user. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
