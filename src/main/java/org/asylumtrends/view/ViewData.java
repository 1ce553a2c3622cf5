package org.asylumtrends.view;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.asylumtrends.data.InputFiles;
import org.asylumtrends.text.Messages;

/**
 * The data a view was made from: the bundled data (with their release) and/or files, each with its SHA-256, so
 * that reopening the view can say whether the figures could have changed since.
 *
 * @param withBundled    whether the bundled data are part of it
 * @param bundledRelease the bundled data's release when saved ("2025.12.1"), or empty
 * @param files          the files opened, in the order they were read
 */
public record ViewData(boolean withBundled, String bundledRelease, List<DataFile> files) {
    public ViewData {
        Objects.requireNonNull(bundledRelease, "bundledRelease");
        files = List.copyOf(files);
        if (!withBundled && files.isEmpty()) {
            throw new IllegalArgumentException("a view is made from the bundled data or from files");
        }
    }

    /** One file with the SHA-256 of its bytes, in lower-case hex. */
    public record DataFile(Path path, String sha256) {
        public DataFile {
            Objects.requireNonNull(path, "path");
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
            }
        }
    }

    /** Reads and checksums the files now: a task's work, never the FX thread's. */
    public static ViewData of(boolean withBundled, String bundledRelease, List<Path> files) throws IOException {
        List<DataFile> sums = new ArrayList<>();
        for (Path f : files) {
            sums.add(new DataFile(f.toAbsolutePath().normalize(), sha256(f)));
        }
        return new ViewData(withBundled, withBundled ? bundledRelease : "", sums);
    }

    /** The SHA-256 of a file's bytes, read in blocks (a file may be hundreds of megabytes). */
    public static String sha256(Path file) throws IOException {
        try {
            InputFiles.checkReadable(file); // a named pipe would block the digest forever
        } catch (org.asylumtrends.data.DataFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What has changed since the view was saved, one sentence each: a file gone, a file with other bytes, bundled
     * data of another release. Empty when the data are the same. Reads the files: not on the FX thread.
     */
    public List<String> changesSince(String bundledReleaseNow) {
        List<String> changes = new ArrayList<>();
        if (withBundled && !bundledRelease.isEmpty() && !bundledRelease.equals(bundledReleaseNow)) {
            changes.add(Messages.format("view.changed.release", bundledRelease, bundledReleaseNow));
        }
        for (DataFile f : files) {
            if (!Files.exists(f.path())) {
                changes.add(Messages.format("view.changed.missing", f.path()));
                continue;
            }
            try {
                if (!sha256(f.path()).equals(f.sha256())) {
                    changes.add(Messages.format("view.changed.file", f.path()));
                }
            } catch (IOException e) {
                changes.add(Messages.format("view.changed.unreadable", f.path(), String.valueOf(e.getMessage())));
            }
        }
        return changes;
    }

    /** The release of the bundled data this app ships (the newest in releases.csv), as a view records it. */
    public static String shippedRelease() {
        List<org.asylumtrends.data.Release> releases = org.asylumtrends.data.DatasetLoader.bundledReleases();
        return releases.isEmpty() ? "" : releases.get(0).id();
    }

    public List<Path> paths() {
        return files.stream().map(DataFile::path).toList();
    }
}
