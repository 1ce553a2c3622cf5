package org.asylumtrends.ui.open;

import java.io.File;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.CancellableLoad;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.InputFiles;
import org.asylumtrends.data.LoadMonitor;
import org.asylumtrends.ui.TaskRunner;
import org.asylumtrends.ui.main.MainModel;

/**
 * Opens UNHCR files chosen in a dialog, dropped on the window or picked from the recent list. Reading and
 * parsing run in a background task with progress; the model changes only when the whole load succeeded, so a
 * bad file or a cancel leaves what is on screen untouched.
 */
public final class DataOpener {
    private final MainModel model;
    private final TaskRunner runner;
    private final Consumer<String> onError;
    private final Consumer<List<Path>> onOpened;
    private final ReadOnlyObjectWrapper<Task<AsylumDataset>> currentLoad = new ReadOnlyObjectWrapper<>(this, "currentLoad");

    /**
     * @param onError  shows a load error (the message names file, line, column and value)
     * @param onOpened told which files were loaded, for the recent-files list
     */
    public DataOpener(MainModel model, TaskRunner runner, Consumer<String> onError, Consumer<List<Path>> onOpened) {
        this.model = model;
        this.runner = runner;
        this.onError = onError;
        this.onOpened = onOpened;
    }

    /** The load in progress, or null: the status bar shows its progress and a Cancel button. */
    public ReadOnlyObjectProperty<Task<AsylumDataset>> currentLoadProperty() {
        return currentLoad.getReadOnlyProperty();
    }

    /** Starts loading files; a load already running is cancelled first. */
    public void open(List<File> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        List<Path> paths = files.stream().map(File::toPath).toList();
        start(paths.get(0).getFileName().toString(), monitor -> {
            // What each path is, before anything opens it: opening a named pipe would block until someone writes.
            for (Path p : paths) {
                InputFiles.checkReadable(p);
            }
            try {
                return DatasetLoader.load(paths, monitor);
            } catch (FileSystemException e) {
                throw e.getFile() == null ? e : InputFiles.unreadable(Path.of(e.getFile()), e);
            }
        }, paths);
    }

    /** Goes back to the data that ship with the app. */
    public void openBundled() {
        start("china_asylum.csv", monitor -> DatasetLoader.loadBundled(), List.of());
    }

    /** Reads a dataset, given a monitor that reports progress and cancellation. */
    private interface Load {
        AsylumDataset read(LoadMonitor monitor) throws Exception;
    }

    private void start(String firstName, Load load, List<Path> paths) {
        cancel();
        EraTable eras = model.erasProperty().get();
        Task<AsylumDataset> task = new LoadTask(firstName, load);
        task.setOnSucceeded(e -> {
            finished(task);
            model.showDataset(task.getValue(), eras);
            if (!paths.isEmpty()) {
                onOpened.accept(paths);
            }
        });
        task.setOnFailed(e -> {
            finished(task);
            Throwable ex = task.getException();
            onError.accept(ex.getMessage() == null ? ex.toString() : ex.getMessage());
        });
        task.setOnCancelled(e -> finished(task));
        currentLoad.set(task);
        runner.run(task);
    }

    /** Stops the load in progress, if any; the data on screen stay. */
    public void cancel() {
        Task<AsylumDataset> task = currentLoad.get();
        if (task != null) {
            task.cancel();
            currentLoad.set(null);
        }
    }

    private void finished(Task<AsylumDataset> task) {
        if (currentLoad.get() == task) {
            currentLoad.set(null);
        }
    }

    /** A load whose cancel also closes what it reads from: a read blocked in the file system ends only so. */
    private static final class LoadTask extends Task<AsylumDataset> {
        private final String firstName;
        private final Load load;
        private final CancellableLoad streams = new CancellableLoad(new LoadMonitor() {
            @Override
            public boolean isCancelled() {
                return LoadTask.this.isCancelled();
            }

            @Override
            public void progress(String file, long done, long total) {
                updateMessage(file);
                if (total > 0) {
                    updateProgress(done, total);
                }
            }
        });

        LoadTask(String firstName, Load load) {
            this.firstName = firstName;
            this.load = load;
        }

        @Override
        protected AsylumDataset call() throws Exception {
            updateMessage(firstName);
            return load.read(streams);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean done = super.cancel(mayInterruptIfRunning);
            streams.cancel();
            return done;
        }
    }
}
