package io.storetwin.app.cli;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --scenario FILE}: which scenario a command works on, the embedded default without it. */
final class ScenarioFileOption {

    @Option(names = "--scenario", paramLabel = "FILE", description = "scenario YAML (default: the embedded default scenario)")
    Path file;

    /** The scenario, loaded and validated; throws with every problem when the file is bad. */
    Scenario load() throws InvalidInputException {
        return file == null ? CatalogLoader.defaultScenario() : CatalogLoader.loadScenario(file);
    }
}
