package org.asylumtrends.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;

/**
 * Where every file chooser of the app opens: in the folder a file was last saved to or opened from, remembered
 * between runs; before the first, in the user's Documents folder (or home). Without this a chooser opens in the
 * working directory, which for the installed app started from a desktop menu is its install folder or "/", and each
 * export began with a hunt for the folder of the last one.
 */
public final class ChooserFolder {
    private static volatile Supplier<Optional<Path>> remembered = Optional::empty;
    private static volatile Consumer<Path> remember = folder -> { };
    private static volatile Path last;

    private ChooserFolder() {
    }

    /** Reads and stores the folder between runs (the app's preferences); until called it is kept for this run only. */
    public static void keepWith(Supplier<Optional<Path>> read, Consumer<Path> write) {
        remembered = read;
        remember = write;
        last = null;
    }

    /** Opens {@code chooser} in the folder last used, or in Documents or home, whichever still is a folder. */
    public static FileChooser startIn(FileChooser chooser) {
        folder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return chooser;
    }

    /** The folder a chooser would open in; empty leaves it to the platform. */
    public static Optional<Path> folder() {
        Path used = last != null ? last : remembered.get().orElse(null);
        String home = System.getProperty("user.home", "");
        for (Path candidate : new Path[] {used, home.isEmpty() ? null : Path.of(home, "Documents"),
                home.isEmpty() ? null : Path.of(home)}) {
            // A relative path (only a hand-edited setting holds one) would be the working directory's: not used.
            if (candidate != null && candidate.isAbsolute() && candidate.toFile().isDirectory()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Notes the folder of a file the user chose (to save or to open), for the next chooser and the next run. */
    public static void used(File chosen) {
        if (chosen == null) {
            return;
        }
        Path parent = chosen.toPath().toAbsolutePath().getParent();
        if (parent != null) {
            last = parent;
            remember.accept(parent);
        }
    }
}
