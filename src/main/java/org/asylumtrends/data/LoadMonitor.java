package org.asylumtrends.data;

/** Lets a caller follow a long load and stop it. Both methods are called from the loading thread. */
public interface LoadMonitor {
    LoadMonitor NONE = new LoadMonitor() { };

    /** Polled every few hundred rows; returning true stops the load with {@link LoadCancelledException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Bytes read so far out of {@code total} (-1 when unknown) of the file being read. */
    default void progress(String file, long done, long total) {
    }
}
