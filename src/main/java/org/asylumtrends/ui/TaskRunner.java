package org.asylumtrends.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * Runs background work (file reading, parsing, image encoding) off the FX thread. The FX thread only applies
 * results in the task's handlers. Tests may substitute a runner that runs tasks at once.
 */
public interface TaskRunner {
    void run(Task<?> task);

    /** One daemon worker thread: tasks run in order and never keep the app alive. */
    static TaskRunner background() {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "asylum-trends-worker");
            t.setDaemon(true);
            return t;
        });
        return executor::execute;
    }
}
