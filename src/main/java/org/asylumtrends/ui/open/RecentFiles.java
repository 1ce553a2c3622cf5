package org.asylumtrends.ui.open;

import java.io.File;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /**
     * Parses the stored form: one entry per line, each file percent-encoded (UTF-8) and the files separated by a
     * space. The path separator used before (":" on Linux and macOS) is a valid character in a file name, and a
     * file named "a:b.csv" came back as two files; encoded, any name survives, a line break included. Lines in the
     * old form (with a raw "/" or "\", which the encoding never leaves) are still read.
     */
    public static RecentFiles parse(String stored) {
        RecentFiles recent = new RecentFiles();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        recent.entries.add(parseLine(line));
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

    private static List<Path> parseLine(String line) {
        if (line.contains("/") || line.contains("\\")) {
            return Arrays.stream(line.split(File.pathSeparator)).map(Path::of).toList();
        }
        return Arrays.stream(line.strip().split(" ")).map(p -> Path.of(URLDecoder.decode(p, StandardCharsets.UTF_8)))
                .toList();
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        for (List<Path> entry : entries) {
            sb.append(String.join(" ", entry.stream()
                    .map(p -> URLEncoder.encode(p.toString(), StandardCharsets.UTF_8)).toList())).append('\n');
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
