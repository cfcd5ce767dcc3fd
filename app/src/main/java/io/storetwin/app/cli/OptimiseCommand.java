package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.Estimate;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.Metric;
import io.storetwin.simulation.experiment.optimise.Optimisation;
import io.storetwin.simulation.experiment.optimise.OptimisationFiles;
import io.storetwin.simulation.experiment.optimise.OptimisationResult;
import io.storetwin.simulation.experiment.optimise.OptimisationSpec;
import io.storetwin.simulation.experiment.optimise.ParameterRange;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storetwin optimise}: the parameter values of a strategy that maximise a KPI. */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
        description = {"Searches a box of parameters (BOBYQA or Brent, Apache Commons Math; whole-number parameters enumerated when they fit the budget) for the values that maximise a KPI, "
                + "scoring every candidate on the same replication seeds (common random numbers), and reports the "
                + "best values with the KPI's 95%% confidence interval and the paired difference against the "
                + "strategy's defaults.",
                "Writes trace.csv (every candidate tried) and best.csv to --out."},
        footer = {"%nExample:",
                "  storetwin optimise --strategy markdown --param markdown.startDays=1..5 \\",
                "      --param markdown.maxDiscount=0.1..0.7 --objective profit --replications 10 --days 30 --budget 60 --out opt",
                "%nThe search is sequential (each step depends on the scores before it), so it does not shard;",
                "each candidate's replications run in parallel on --threads."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad input or a run failed", "2:bad options", "130:cancelled"})
final class OptimiseCommand extends CliCommand {

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "the pricing strategy every candidate runs")
    String strategy;

    @Option(names = "--param", required = true, paramLabel = "KEY=LOW..HIGH",
            description = "a parameter and its range, e.g. markdown.maxDiscount=0.1..0.7 (repeatable; whole-number "
                    + "parameters such as markdown.startDays are searched over whole numbers)")
    List<String> params = new ArrayList<>();

    @Option(names = "--objective", paramLabel = "KPI", description = "the KPI to maximise: revenue, profit, margin, "
            + "units or conversion (default profit)")
    String objective = "profit";

    @Option(names = "--replications", paramLabel = "N", description = "seeds every candidate is scored on (default 10)")
    int replications = 10;

    @Option(names = "--warmup", paramLabel = "N", description = "days simulated first and left out (default 0)")
    int warmup;

    @Option(names = "--budget", paramLabel = "N", description = "candidates simulated at most (default 60)")
    int budget = 60;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for trace.csv and best.csv")
    Path out;

    @Option(names = "--quiet", description = "no line per candidate")
    boolean quiet;

    @Override
    protected int execute() throws IOException {
        PrintWriter console = out();
        PrintWriter err = err();
        Scenario scenario;
        try {
            scenario = scenarioOptions.load();
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        Strategies strategies = StrategyRegistry.all();
        scenario = StrategyOption.apply(spec.commandLine(), scenario, strategies, strategy);
        OptimisationSpec search = define(scenario);
        ExperimentRunner runner = new ExperimentRunner(strategies, threads == null ? ExperimentRunner.defaultThreads() : threads);
        holdOutputFolder(out);
        Cancellation cancellation = new Cancellation();
        try (InterruptHook ignored = new InterruptHook(cancellation, "storetwin-optimise-cancel")) {
            try {
                OptimisationFiles.prepare(out);
                console.printf("optimising %s for %s over %s: %d replications x %d days per candidate, at most %d candidates%n",
                        strategy, search.objective().id(), String.join(", ", params), replications, search.days(), budget);
                console.flush();
                OptimisationResult result = new Optimisation(runner).run(search, trial -> {
                    if (!quiet) {
                        console.printf("  %3d  %s  %s %,.2f%n", trial.index(), String.join("  ", trial.values()),
                                search.objective().id(), trial.score());
                        console.flush();
                    }
                }, cancellation);
                OptimisationFiles.write(out, result);
                print(console, result);
                console.printf("%nwrote %s: %s, %s%n", out, OptimisationFiles.TRACE, OptimisationFiles.BEST);
                console.flush();
                return 0;
            } catch (ExperimentCancelledException e) {
                err.println(e.getMessage());
                err.flush();
                return 130;
            } catch (IOException e) {
                err.println("cannot write the results to " + out + ": " + e.getMessage());
                err.flush();
                return 1;
            } catch (IllegalStateException | IllegalArgumentException e) {
                err.println(e.getMessage());
                err.flush();
                return 1;
            } finally {
                try {
                    OptimisationFiles.discardPartial(out);
                } catch (IOException leftover) {
                    // Leftover temporary files claim nothing.
                }
            }
        }
    }

    private OptimisationSpec define(Scenario scenario) {
        try {
            Metric metric = Metric.fromId(objective.strip().toLowerCase(Locale.ROOT));
            List<ParameterRange> ranges = params.stream().map(ParameterRange::parse).toList();
            if (budget < 2) {
                throw new IllegalArgumentException("--budget must be at least 2, got " + budget);
            }
            return new OptimisationSpec(scenario, strategy, ranges, metric, replications, scenario.days(), warmup, budget);
        } catch (IllegalArgumentException e) {
            throw badOption(e.getMessage());
        }
    }

    private static void print(PrintWriter console, OptimisationResult result) {
        OptimisationSpec s = result.spec();
        Estimate best = result.bestValue();
        Estimate diff = result.vsDefaults();
        console.printf("%nbest of %d candidates:", result.trials().size());
        for (int i = 0; i < s.ranges().size(); i++) {
            console.printf(" %s=%s", s.ranges().get(i).key(), result.best().values().get(i));
        }
        console.printf("%n  %s %,.2f  95%% CI [%,.2f, %,.2f] over %d replications%n", s.objective().id(), best.mean(),
                best.low(), best.high(), best.n());
        console.printf("  defaults %,.2f; best - defaults %+,.2f  95%% CI [%+,.2f, %+,.2f] (paired, same seeds)%s%n",
                result.defaults().mean(), diff.mean(), diff.low(), diff.high(), diff.excludesZero() ? " *" : "");
        console.printf("  (%.1f s; the best of many candidates is optimistic: confirm it with an experiment on new seeds)%n",
                result.seconds());
    }
}
