package io.storetwin.app.cli;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every headless command shares: which scenario, how long, which seed. */
final class ScenarioOptions {

    @Option(names = "--scenario", paramLabel = "FILE", description = "scenario YAML (default: the embedded default scenario)")
    Path scenarioFile;

    @Option(names = "--days", paramLabel = "N", description = "simulated days (default: the scenario's)")
    Integer days;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: the scenario's)")
    Long seed;

    /** The scenario with the overrides applied; throws with every problem when the file is bad. */
    Scenario load() throws InvalidInputException {
        Scenario scenario = scenarioFile == null ? CatalogLoader.defaultScenario() : CatalogLoader.loadScenario(scenarioFile);
        if (days != null) {
            if (days < 1) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--days must be at least 1, got " + days);
            }
            scenario = scenario.withDays(days);
        }
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        return scenario;
    }
}
