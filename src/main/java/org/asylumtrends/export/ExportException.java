package org.asylumtrends.export;

import java.io.IOException;

/** A figure could not be saved; the message is a sentence for the user that names the file or folder. */
public final class ExportException extends IOException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
