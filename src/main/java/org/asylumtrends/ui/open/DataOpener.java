package org.asylumtrends.ui.open;

import java.io.File;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.CancellableLoad;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.EraTable;
import org.asylumtrends.data.InputFiles;
import org.asylumtrends.data.LoadMonitor;
import org.asylumtrends.text.Messages;
import org.asylumtrends.ui.TaskRunner;

/**
 * Opens UNHCR files chosen in a dialog, dropped on the window or picked from the recent list. Reading and
 * parsing run in a background task with progress; the data are shown only when the whole load succeeded, so a
 * bad file or a cancel leaves what is on screen untouched.
 */
public final class DataOpener {
    private final ObservableValue<EraTable> eras;
    private final BiConsumer<AsylumDataset, EraTable> show;
    private final TaskRunner runner;
    private final Consumer<String> onError;
    private final Consumer<List<Path>> onOpened;
    private Consumer<AsylumDataset> onLoaded = data -> { };
    private List<Path> loadedFiles = List.of();
    private boolean includesBundled = true;
    private final ReadOnlyObjectWrapper<Task<AsylumDataset>> currentLoad = new ReadOnlyObjectWrapper<>(this, "currentLoad");

    /**
     * @param eras     the era table shown, shown again with the loaded data
     * @param show     shows loaded data with that era table; may throw if the data cannot be shown (nothing changes)
     * @param onError  shows a load error (the message names file, line, column and value)
     * @param onOpened told which files were loaded, for the recent-files list
     */
    public DataOpener(ObservableValue<EraTable> eras, BiConsumer<AsylumDataset, EraTable> show, TaskRunner runner,
                      Consumer<String> onError, Consumer<List<Path>> onOpened) {
        this.eras = eras;
        this.show = show;
        this.runner = runner;
        this.onError = onError;
        this.onOpened = onOpened;
    }

    /** Told of every dataset shown after a load (files, added files or the bundled data), for its summary. */
    public void setOnLoaded(Consumer<AsylumDataset> onLoaded) {
        this.onLoaded = onLoaded;
    }

    /** The load in progress, or null: the status bar shows its progress and a Cancel button. */
    public ReadOnlyObjectProperty<Task<AsylumDataset>> currentLoadProperty() {
        return currentLoad.getReadOnlyProperty();
    }

    /** File > Open…: loads the files in place of what is shown; a load already running is cancelled first. */
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

    /**
     * File > Add files…: merges the files into what is shown (the files opened before, or the bundled data),
     * by reading them all again together; a file already loaded is not read twice.
     */
    public void add(List<File> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        List<Path> added = files.stream().map(f -> f.toPath().toAbsolutePath().normalize())
                .filter(p -> !loadedFiles.contains(p)).distinct().toList();
        if (added.isEmpty()) {
            return;
        }
        String first = added.get(0).getFileName().toString();
        List<Path> all = new ArrayList<>(loadedFiles);
        all.addAll(added);
        List<Path> merged = List.copyOf(all);
        if (includesBundled) {
            start(first, monitor -> DatasetLoader.loadWithBundled(merged, monitor), merged, true);
        } else {
            start(first, monitor -> DatasetLoader.load(merged, monitor), merged, false);
        }
    }

    /** The files behind what is shown, in the order read; empty for the bundled data alone. */
    public List<Path> loadedFiles() {
        return loadedFiles;
    }

    /** Whether the bundled data are part of what is shown (alone, or with files added to them). */
    public boolean includesBundled() {
        return includesBundled;
    }

    /** Goes back to the data that ship with the app. */
    public void openBundled() {
        start("china_asylum.csv", monitor -> DatasetLoader.loadBundled(), List.of(), true);
    }

    /** Reads a dataset, given a monitor that reports progress and cancellation. */
    private interface Load {
        AsylumDataset read(LoadMonitor monitor) throws Exception;
    }

    /**
     * Opens again what was shown at the last run. A file that is no longer there goes to {@code onMissing}
     * (found by the load itself, off the FX thread), and what is shown stays.
     */
    public void restore(List<Path> files, boolean withBundled, Consumer<Path> onMissing) {
        if (files.isEmpty()) {
            return;
        }
        String first = files.get(0).getFileName().toString();
        Load load = withBundled ? monitor -> DatasetLoader.loadWithBundled(files, monitor)
                : monitor -> DatasetLoader.load(files, monitor);
        start(first, load, files, withBundled, onMissing);
    }

    private void start(String firstName, Load load, List<Path> paths) {
        start(firstName, load, paths, false);
    }

    private void start(String firstName, Load load, List<Path> paths, boolean withBundled) {
        start(firstName, load, paths, withBundled, null);
    }

    /** {@code withBundled}: the paths are merged into the bundled data, which stay part of what is shown. */
    private void start(String firstName, Load load, List<Path> paths, boolean withBundled, Consumer<Path> onMissing) {
        cancel();
        EraTable shownEras = eras.getValue();
        Task<AsylumDataset> task = new LoadTask(firstName, load);
        task.setOnSucceeded(e -> {
            finished(task);
            try {
                show.accept(task.getValue(), shownEras);
            } catch (RuntimeException cannotShow) {
                // E.g. figures no chart can add up: the model is unchanged, so the old data and source line stay.
                onError.accept(String.valueOf(cannotShow.getMessage()));
                return;
            }
            loadedFiles = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            includesBundled = withBundled || paths.isEmpty();
            if (!paths.isEmpty()) {
                onOpened.accept(paths);
            }
            onLoaded.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(task);
            Throwable ex = task.getException();
            if (onMissing != null && ex instanceof java.nio.file.NoSuchFileException gone) {
                onMissing.accept(Path.of(gone.getFile()));
                return;
            }
            onError.accept(Messages.describe(ex));
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
