package io.storetwin.app.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = StoreTwinCommand.class.getPackage().getImplementationVersion();
        return new String[] {"StoreTwin " + (version == null ? "development" : version),
                "Java " + Runtime.version()};
    }
}
