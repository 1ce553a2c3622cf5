package org.asylumtrends.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.asylumtrends.text.Messages;

/** The data errors as a user reads them: rendered by {@code Messages.describe}, as the window and the CLI do. */
public final class DataErrors {
    private DataErrors() {
    }

    /** Asserts the call fails with a {@link DataFormatException}; then its message, in words, is asserted. */
    public static AbstractStringAssert<?> assertThatMessageOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DataFormatException.class);
        return assertThat(Messages.describe((DataFormatException) thrown));
    }
}
