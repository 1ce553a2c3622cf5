package org.asylumtrends.archfixture.a;

import org.asylumtrends.archfixture.b.Lower;

/** Half of a deliberate package cycle (a → b → a) that ArchitectureTest must catch. */
public final class Upper {
    public Lower lower() {
        return new Lower();
    }
}
