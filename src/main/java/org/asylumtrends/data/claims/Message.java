package org.asylumtrends.data.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence or figure to show, as a key of the claims bundle and the values for its placeholders; rendered in
 * a language by {@link ClaimsText}. Arguments are numbers, strings (years, ranges, names),
 * {@link java.time.LocalDate}s, {@link org.asylumtrends.data.Measure}s or other messages.
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}
