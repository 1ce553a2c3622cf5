package org.asylumtrends.data;

import java.io.InputStream;

/** Lets a caller follow a long load and stop it. The methods are called from the loading thread. */
public interface LoadMonitor {
    LoadMonitor NONE = new LoadMonitor() { };

    /** Polled every few hundred rows; returning true stops the load with {@link LoadCancelledException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Bytes read so far out of {@code total} (-1 when unknown) of the file being read. */
    default void progress(String file, long done, long total) {
    }

    /**
     * Told of each file's stream as soon as it is open, before anything is read; returns the stream to read. A
     * caller that can cancel keeps it, to close it on cancel: a read blocked on a stalled disk or share is not woken
     * by a thread interrupt, only by closing its stream.
     */
    default InputStream opened(String file, InputStream in) {
        return in;
    }
}
