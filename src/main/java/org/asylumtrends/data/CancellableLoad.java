package org.asylumtrends.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LoadMonitor} that can be cancelled from another thread and then really stops: {@link #cancel()} closes
 * every stream the load has opened, which wakes a read blocked on a stalled disk, share or pipe (a thread
 * interrupt does not). Reads after that end in {@link LoadCancelledException}, never in a short file.
 */
public final class CancellableLoad implements LoadMonitor {
    private final LoadMonitor progress;
    private final List<InputStream> open = new ArrayList<>();
    private volatile boolean cancelled;

    /** @param progress told of progress; its own {@code isCancelled} also stops the load */
    public CancellableLoad(LoadMonitor progress) {
        this.progress = progress;
    }

    /** Stops the load from any thread: closes what it reads from. */
    public void cancel() {
        cancelled = true;
        List<InputStream> streams;
        synchronized (open) {
            streams = List.copyOf(open);
            open.clear();
        }
        for (InputStream in : streams) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Closing is all that is wanted; the load ends as cancelled either way.
            }
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled || progress.isCancelled();
    }

    @Override
    public void progress(String file, long done, long total) {
        progress.progress(file, done, total);
    }

    @Override
    public InputStream opened(String file, InputStream in) {
        InputStream watched = new Watched(file, progress.opened(file, in));
        synchronized (open) {
            open.add(watched);
        }
        if (cancelled) {
            cancel();
        }
        return watched;
    }

    /** Turns the end a closed stream reports into the cancellation it is. */
    private final class Watched extends FilterInputStream {
        private final String file;

        Watched(String file, InputStream in) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            try {
                return checked(super.read());
            } catch (IOException e) {
                checked(0);
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return checked(super.read(b, off, len));
            } catch (IOException e) {
                checked(0);
                throw e;
            }
        }

        private int checked(int result) {
            if (cancelled) {
                throw new LoadCancelledException(file);
            }
            return result;
        }

        @Override
        public void close() throws IOException {
            synchronized (open) {
                open.remove(this);
            }
            super.close();
        }
    }
}
