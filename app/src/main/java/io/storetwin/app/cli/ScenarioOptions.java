package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every headless run shares: which scenario, how long, which seed. */
final class ScenarioOptions {

    @Mixin
    ScenarioFileOption scenario;

    /** The command this mixin belongs to, so a bad value is shown with that command's usage. */
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    Integer days;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default: the scenario's)")
    Long seed;

    @Option(names = "--days", paramLabel = "N", description = "simulated days (default: the scenario's)")
    void days(int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(command.commandLine(), "--days must be at least 1, got " + value);
        }
        days = value;
    }

    /** The scenario with the overrides applied; throws with every problem when the file is bad. */
    Scenario load() throws InvalidInputException {
        Scenario loaded = scenario.load();
        if (days != null) {
            loaded = loaded.withDays(days);
        }
        if (seed != null) {
            loaded = loaded.withSeed(seed);
        }
        return loaded;
    }

    /** The scenario file as given, or "the embedded default scenario". */
    String source() {
        return scenario.file == null ? "the embedded default scenario" : scenario.file.toString();
    }
}
