package org.asylumtrends.archfixture.b;

import org.asylumtrends.archfixture.a.Upper;

/** The other half of the deliberate cycle: b points back up to a. */
public final class Lower {
    public Upper upper() {
        return null;
    }
}
