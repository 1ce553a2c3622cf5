package org.asylumtrends.ui.open;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last few sets of files opened together, newest first; stored as text in the preferences. Each line is
 * one set, its files as {@code file:} URIs separated by spaces (a URI has none), so that a ':' or ';' in a path
 * cannot split it; lines in the older form (paths joined by the path separator) are still read.
 */
public final class RecentFiles {
    static final int MAX = 8;
    private final List<List<Path>> entries = new ArrayList<>();

    public RecentFiles() {
    }

    /** Parses the stored form (see the class comment); anything unreadable is dropped. */
    public static RecentFiles parse(String stored) {
        RecentFiles recent = new RecentFiles();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        recent.entries.add(parseEntry(line));
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

    /** One set of files in the stored form; the inverse of {@link #parseEntry}. */
    public static String formatEntry(List<Path> entry) {
        return String.join(" ", entry.stream().map(p -> p.toAbsolutePath().normalize().toUri().toString()).toList());
    }

    /** One stored set of files: URIs separated by spaces, or (older form) paths joined by the path separator. */
    public static List<Path> parseEntry(String line) {
        String text = line.strip();
        if (text.startsWith("file:")) {
            return Arrays.stream(text.split(" ")).filter(s -> !s.isEmpty()).map(s -> Path.of(URI.create(s))).toList();
        }
        return Arrays.stream(text.split(File.pathSeparator)).map(Path::of).toList();
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        for (List<Path> entry : entries) {
            sb.append(formatEntry(entry)).append('\n');
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

    /**
     * "asylum-applications.csv + population.csv — /home/ana/Downloads", for the menu: the folder tells apart
     * two downloads of the same name. Files from several folders name each file's folder.
     */
    public static String label(List<Path> entry) {
        List<Path> folders = entry.stream().map(p -> p.toAbsolutePath().getParent()).distinct().toList();
        String names = String.join(" + ", entry.stream().map(p -> p.getFileName().toString()).toList());
        if (folders.size() == 1) {
            return folders.get(0) == null ? names : names + " \u2014 " + folders.get(0);
        }
        return String.join(" + ", entry.stream().map(p -> p.getFileName() + " (" + p.toAbsolutePath().getParent() + ")")
                .toList());
    }
}
