package org.asylumtrends.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A dataset from CSV text typed into a test, read and merged as a user's files would be. */
public final class SmallData {
    private SmallData() {
    }

    /** {@code files} alternate a file name and its content; the newest year is preliminary, as for user files. */
    public static AsylumDataset of(String... files) throws IOException, DataFormatException {
        List<ParsedTable> tables = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.length; i += 2) {
            tables.add(Fixtures.read(files[i], files[i + 1]));
            names.add(files[i]);
        }
        Set<Integer> years = new TreeSet<>();
        for (String content : files) {
            content.lines().skip(1).map(l -> l.split(",", 2)[0]).filter(y -> y.matches("\\d{4}"))
                    .forEach(y -> years.add(Integer.parseInt(y)));
        }
        return DatasetLoader.merge(tables, DatasetMetadata.forUserFiles(names, years));
    }
}
