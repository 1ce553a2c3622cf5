package org.asylumtrends.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = AsylumTrendsCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Asylum Trends " + (v == null ? "development" : v)};
    }
}
