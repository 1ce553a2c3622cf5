package org.asylumtrends.cli;

import java.util.stream.Collectors;
import org.asylumtrends.data.AsylumDataset;
import org.asylumtrends.data.DatasetLoader;
import org.asylumtrends.data.Release;
import org.asylumtrends.data.Vintage;

/** How {@code --release} is read: "latest" or any release the loaded data hold, none named in code. */
final class ReleaseChoice {
    private ReleaseChoice() {
    }

    static Vintage resolve(String release, AsylumDataset data) throws CommandFailure {
        if (release == null || release.isBlank()) {
            throw CommandFailure.of("cli.release.missing", choices(data));
        }
        Vintage wanted = Vintage.of(release);
        if (!data.holds(wanted)) {
            throw CommandFailure.of("cli.release.unknown", release.strip(), choices(data));
        }
        // The data's own release asked for by its id is the latest: the same figures and the same label.
        return wanted.isLatest() || data.release(wanted).equals(data.release(Vintage.LATEST)) ? Vintage.LATEST
                : Vintage.of(data.release(wanted).orElseThrow().id());
    }

    /**
     * The releases the bundled data hold, for the help of {@code --release}: "latest" (the newest) and each
     * earlier one, read from {@code releases.csv} when the help is shown, so that a new release needs no code.
     */
    static final class Bundled implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            java.util.List<String> ids = new java.util.ArrayList<>();
            ids.add("latest");
            DatasetLoader.bundledReleases().stream().skip(1).map(Release::id).forEach(ids::add);
            return ids.iterator();
        }
    }

    /** "latest or 2024.6.0": the choices the data offer, the own release being "latest". */
    static String choices(AsylumDataset data) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        ids.add("latest");
        data.releases().stream().filter(r -> !data.release(Vintage.LATEST).equals(java.util.Optional.of(r)))
                .map(Release::id).forEach(ids::add);
        return org.asylumtrends.text.Messages.either(ids);
    }
}
