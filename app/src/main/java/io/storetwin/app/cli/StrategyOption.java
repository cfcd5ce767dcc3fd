package io.storetwin.app.cli;

import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.pricing.Strategies;
import picocli.CommandLine;

/** Applies a {@code --strategy NAME} option to a scenario, or stops with the names there are. */
final class StrategyOption {

    private StrategyOption() {
    }

    /** The scenario with its pricing strategy set to {@code name}; unchanged when {@code name} is null. */
    static Scenario apply(CommandLine commandLine, Scenario scenario, Strategies strategies, String name) {
        if (name == null) {
            return scenario;
        }
        if (!strategies.has(name)) {
            throw new CommandLine.ParameterException(commandLine,
                    "unknown strategy '" + name + "'; known: " + String.join(", ", strategies.names()));
        }
        return scenario.withPricing(scenario.pricing().withStrategy(name));
    }
}
