package org.asylumtrends.cli;

import java.util.stream.Collectors;
import org.asylumtrends.data.AsylumDataset;
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

    /** "latest or 2024.6.0": the choices the data offer, the own release being "latest". */
    static String choices(AsylumDataset data) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        ids.add("latest");
        data.releases().stream().filter(r -> !data.release(Vintage.LATEST).equals(java.util.Optional.of(r)))
                .map(Release::id).forEach(ids::add);
        return ids.stream().collect(Collectors.joining(" or "));
    }
}
