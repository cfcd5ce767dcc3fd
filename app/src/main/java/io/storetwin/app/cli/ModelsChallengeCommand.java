package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.challenge.ChampionChallenger;
import io.storetwin.ml.challenge.Verdict;
import io.storetwin.ml.registry.ModelRegistry;
import io.storetwin.ml.registry.RegistryException;
import io.storetwin.simulation.experiment.ExperimentRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storetwin models challenge VERSION}: the version against the champion, promoted only when better. */
@Command(name = "challenge", mixinStandardHelpOptions = true,
        description = "Runs the champion and VERSION, each pricing with its model (no retraining), on the same "
                + "replications of the scenario (common random numbers) and promotes VERSION only when its paired "
                + "profit difference is above zero with 95% confidence.")
final class ModelsChallengeCommand extends CliCommand {

    @Mixin RegistryOption registry;
    @Mixin ScenarioOptions scenarioOptions;
    @Parameters(index = "0", paramLabel = "VERSION") int version;
    @Option(names = "--replications", paramLabel = "N", defaultValue = "10", description = "replications (default: ${DEFAULT-VALUE})")
    int replications;
    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: every core)")
    Integer threads;

    @Override
    protected int execute() {
        Scenario scenario;
        try {
            scenario = scenarioOptions.load();
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        if (scenarioOptions.days == null) {
            scenario = scenario.withDays(7);
        }
        if (replications < 2) {
            throw badOption("--replications must be at least 2 for a confidence interval, got " + replications);
        }
        ModelRegistry r = registry.registry();
        try {
            Verdict verdict = new ChampionChallenger(scenario, null, replications, scenario.days(),
                    threads == null ? ExperimentRunner.defaultThreads() : threads).contest(r, version);
            out().println(verdict.sentence());
            out().printf("champion: v%d%n", r.champion());
            out().flush();
            return 0;
        } catch (RegistryException e) {
            err().println(e.getMessage());
            err().flush();
            return io.storetwin.app.errors.FailureMessages.INPUT_OR_OUTPUT;
        }
    }
}
