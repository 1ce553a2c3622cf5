package org.asylumtrends.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;

/** Test access to the hand-made files under {@code src/test/resources/fixtures} and to the bundled dataset. */
public final class Fixtures {
    private static AsylumDataset bundled;

    private Fixtures() {
    }

    /** The dataset that ships with the app, read once per test run. */
    public static synchronized AsylumDataset bundled() {
        if (bundled == null) {
            try {
                bundled = DatasetLoader.loadBundled();
            } catch (DataFormatException e) {
                throw new AssertionError("the bundled dataset does not load", e);
            }
        }
        return bundled;
    }

    /** A fixture file, e.g. {@code "r-package/population.csv"}. */
    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixtures read and merged as a user opening them would. */
    public static AsylumDataset load(String... names) throws IOException, DataFormatException {
        return DatasetLoader.load(Arrays.stream(names).map(Fixtures::path).toList(), LoadMonitor.NONE);
    }

    /** One stored figure of one year, origin and country of asylum; empty when the data do not give it. */
    public static OptionalLong figure(AsylumDataset data, int year, String origin, String asylum, Count count) {
        return data.observations(origin).stream()
                .filter(o -> o.year() == year && o.asylum().iso3().equals(asylum))
                .findFirst()
                .map(o -> o.counts().get(count))
                .orElse(OptionalLong.empty());
    }

    /** Reads CSV text as the file {@code fileName}, for tests of what the reader says about bad input. */
    public static ParsedTable read(String fileName, String content) throws IOException, DataFormatException {
        return read(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    public static ParsedTable read(String fileName, byte[] content) throws IOException, DataFormatException {
        return new UnhcrCsvReader(fileName, LoadMonitor.NONE).read(new ByteArrayInputStream(content), content.length);
    }
}
