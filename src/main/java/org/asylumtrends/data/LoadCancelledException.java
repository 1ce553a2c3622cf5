package org.asylumtrends.data;

import java.util.concurrent.CancellationException;

/** Thrown when a {@link LoadMonitor} asked to stop; nothing read so far is returned. */
public final class LoadCancelledException extends CancellationException {
    public LoadCancelledException(String file) {
        super("loading " + file + " was cancelled");
    }
}
