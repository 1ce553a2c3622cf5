package org.asylumtrends.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Runs background work (file reading, parsing, image encoding) off the FX thread. The FX thread only applies
 * results in the task's handlers. Tests substitute {@link #atOnce()}, which runs each task on the calling thread.
 */
public interface TaskRunner {
    void run(Task<?> task);

    /**
     * A thread per task at hand, reused when idle: a read that blocks for ever (a named pipe nobody writes to, a
     * network share that went away) holds only its own thread, so the next load or export starts at once. A
     * single worker would queue everything behind it until the app is restarted. Threads are daemons and never
     * keep the app alive; idle ones end after a minute.
     */
    static TaskRunner background() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "asylum-trends-worker-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        return executor::execute;
    }

    /** Runs each task to its end on the calling thread, before returning: for tests. */
    static TaskRunner atOnce() {
        return Task::run;
    }
}
