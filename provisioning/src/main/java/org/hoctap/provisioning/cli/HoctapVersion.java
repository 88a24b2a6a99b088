package org.hoctap.provisioning.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
public final class HoctapVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = HoctapVersion.class.getPackage().getImplementationVersion();
        return new String[] {"hoctap " + (version == null ? "development" : version)};
    }
}
