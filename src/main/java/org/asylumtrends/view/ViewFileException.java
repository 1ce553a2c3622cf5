package org.asylumtrends.view;

/** A view file that cannot be read or written; the message names the file and, where it helps, the line. */
public final class ViewFileException extends Exception {
    public ViewFileException(String message) {
        super(message);
    }

    public ViewFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
