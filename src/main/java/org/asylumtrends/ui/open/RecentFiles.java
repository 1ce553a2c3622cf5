package org.asylumtrends.ui.open;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last few sets of files opened together, newest first; stored as text in the preferences. */
public final class RecentFiles {
    static final int MAX = 8;
    private final List<List<Path>> entries = new ArrayList<>();

    public RecentFiles() {
    }

    /** Parses the stored form: one entry per line, files separated by the path separator. */
    public static RecentFiles parse(String stored) {
        RecentFiles recent = new RecentFiles();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        recent.entries.add(Arrays.stream(line.split(File.pathSeparator)).map(Path::of).toList());
                    } catch (RuntimeException invalidPath) {
                        // A path this system cannot represent is dropped, as is anything else unreadable.
                    }
                }
            }
        }
        while (recent.entries.size() > MAX) {
            recent.entries.remove(recent.entries.size() - 1);
        }
        return recent;
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        for (List<Path> entry : entries) {
            sb.append(String.join(File.pathSeparator, entry.stream().map(Path::toString).toList())).append('\n');
        }
        return sb.toString();
    }

    /** Puts the files first, removing an identical older entry. */
    public void add(List<Path> files) {
        List<Path> entry = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        entries.remove(entry);
        entries.add(0, entry);
        while (entries.size() > MAX) {
            entries.remove(entries.size() - 1);
        }
    }

    public List<List<Path>> entries() {
        return List.copyOf(entries);
    }

    /** "asylum-applications.csv + population.csv", for the menu. */
    public static String label(List<Path> entry) {
        return String.join(" + ", entry.stream().map(p -> p.getFileName().toString()).toList());
    }
}
