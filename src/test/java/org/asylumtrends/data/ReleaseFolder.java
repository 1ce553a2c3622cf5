package org.asylumtrends.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder laid out like the bundled data with three made-up releases: the newest (2031.12.0, end-year, 2031
 * preliminary), one mid-year release (2031.6.0) and a third, 2030.6.0, that no code knows of. Figures: China in
 * the United States, made up so that each release gives different numbers.
 */
public final class ReleaseFolder {
    private static final String HEADER = "year,origin_iso3,origin_name,asylum_iso3,asylum_name,asylum_seekers\n";

    private ReleaseFolder() {
    }

    /** Writes the folder; {@code releasesCsv} replaces the default releases.csv when not null. */
    public static Path write(Path dir, String releasesCsv) throws IOException {
        write(dir, "releases.csv", releasesCsv != null ? releasesCsv : releases(true));
        write(dir, "china_asylum.properties", "source=Test source\nlicence=CC BY 4.0\n");
        write(dir, "new.csv", HEADER + row(2029, 100) + row(2030, 200) + row(2031, 300));
        write(dir, "mid-2031.csv", HEADER + row(2029, 100) + row(2030, 210) + row(2031, 150));
        write(dir, "mid-2030.csv", HEADER + row(2029, 90) + row(2030, 120));
        return dir;
    }

    /** The default releases.csv; {@code thirdIsMidYear} says whether 2030.6.0 is a mid-year release. */
    public static String releases(boolean thirdIsMidYear) {
        return "release,published,newest_year_as_of,mid_year,preliminary_years,file,note\n"
                + "2031.6.0,2031-10-01,2031-06-30,yes,,mid-2031.csv,\"2031 is a mid-year figure, 30 June 2031.\"\n"
                + "2031.12.0,2032-06-15,2031-12-31,no,2031,new.csv,2031 is incomplete.\n"
                + "2030.6.0,2030-10-01," + (thirdIsMidYear ? "2030-06-30,yes" : "2030-12-31,no") + ",,mid-2030.csv,\n";
    }

    private static String row(int year, long value) {
        return year + ",CHN,China,USA,United States of America," + value + "\n";
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
