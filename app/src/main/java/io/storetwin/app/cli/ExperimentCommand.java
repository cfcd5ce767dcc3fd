package io.storetwin.app.cli;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.ExperimentDocument;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.engine.StoreState;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentDefinitions;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.ResultFiles;
import io.storetwin.simulation.experiment.ResultJson;
import io.storetwin.simulation.experiment.ResultTable;
import io.storetwin.simulation.experiment.shard.ShardSpec;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storetwin experiment}: strategies and parameter values compared over seeded replications. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = {"Runs every arm (a strategy, with parameter values) on every replication seed, with common "
                + "random numbers, in parallel, and reports each KPI as a mean with its 95%% confidence interval "
                + "and as a paired difference against the baseline.",
                "Writes results.csv, paired.csv, daily.csv and experiment.json to --out."},
        footer = {"%nExamples:",
                "  storetwin experiment --arms fixed,rule,markdown,oracle --replications 20 --days 30 --baseline fixed --out exp",
                "  storetwin experiment --arms fixed,markdown --param markdown.maxDiscount=0.3,0.5,0.7 --days 14 --out depth",
                "  storetwin experiment --experiment depth.yaml --out depth",
                "  storetwin experiment --show exp",
                "  storetwin experiment --start-from saved-fork/experiment.json --arms fixed,markdown --days 7 --out again",
                "  storetwin experiment --arms fixed,oracle --replications 40 --shard 2/4 --out shard-2",
                "  storetwin experiment --merge shard-1 shard-2 shard-3 shard-4 --out exp",
                "%nEvery --param multiplies the arms: one arm per strategy and combination of values. With a",
                "strategy as --baseline, each arm is compared with that strategy's arm of the same values.",
                "Replication r runs on seed + r. Results are written only when every run has finished;",
                "an earlier experiment's files in --out are removed when a new one starts, so a cancelled",
                "experiment (Ctrl-C) leaves no result files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:bad input or a run failed", "2:bad options", "130:cancelled"})
final class ExperimentCommand extends CliCommand {

    @Mixin
    ScenarioFileOption scenarioFile;

    @Option(names = "--experiment", paramLabel = "FILE", description = "experiment YAML: arms, parameters, replications, days")
    Path experimentFile;

    @Option(names = "--arms", split = ",", paramLabel = "NAME", description = "strategies, one arm each (default: fixed,rule,markdown,oracle)")
    List<String> arms;

    @Option(names = "--param", paramLabel = "KEY=V1,V2", description = "a parameter and the values to try, e.g. "
            + "markdown.maxDiscount=0.3,0.5, demand.elasticityScale=0.5,1,2, population.size=2000,5000 (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(names = "--replications", paramLabel = "N", description = "seeds per arm (default 20)")
    Integer replications;

    @Option(names = "--days", paramLabel = "N", description = "measured days per run (default: the scenario's)")
    Integer days;

    @Option(names = "--warmup", paramLabel = "N", description = "days simulated first and left out of the figures (default 0)")
    Integer warmup;

    @Option(names = "--baseline", paramLabel = "ARM", description = "arm or strategy to compare with (default: the first arm)")
    String baseline;

    @Option(names = "--seed", paramLabel = "S", description = "base seed (default: the scenario's)")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--independent-seeds", description = "give every arm its own seeds instead of common random numbers "
            + "(only to see what the pairing buys)")
    boolean independentSeeds;

    @Option(names = "--out", paramLabel = "DIR", description = "directory for the result files")
    Path out;

    @Option(names = "--show", paramLabel = "DIR", description = "print a saved experiment again (nothing runs)")
    Path show;

    @Option(names = "--start-from", paramLabel = "FILE", description = "start every run from the store state saved in a "
            + "forked experiment's experiment.json (the window's Fork from now) instead of the scenario's first day")
    Path startFrom;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--shard", paramLabel = "I/N", description = "run only shard I of N (whole replications with "
            + "every arm, so pairs stay paired) and write its runs and a manifest to --out; put the shards "
            + "together with --merge")
    String shard;

    @Option(names = "--merge", arity = "1..*", paramLabel = "DIR", description = "merge the folders of every shard "
            + "of one experiment into --out: the same files a single run writes (nothing runs)")
    List<Path> merge;

    @Override
    protected int execute() throws IOException {
        PrintWriter console = out();
        PrintWriter err = err();
        if (show != null) {
            return show(console, err);
        }
        if (out == null) {
            throw badOption("Missing required option: '--out=DIR' (or --show DIR)");
        }
        if (merge != null) {
            if (shard != null) {
                throw badOption("--merge puts finished shards together: leave out --shard");
            }
            holdOutputFolder(out);
            return ExperimentShards.merge(merge, out, console, err);
        }
        ShardSpec shardSpec = null;
        if (shard != null) {
            try {
                shardSpec = ShardSpec.parse(shard);
            } catch (IllegalArgumentException e) {
                throw badOption("--shard: " + e.getMessage());
            }
        }
        if (threads != null && threads < 1) {
            throw badOption("--threads must be at least 1, got " + threads);
        }
        holdOutputFolder(out);
        Strategies strategies = StrategyRegistry.all();
        Experiment experiment;
        try {
            experiment = define(strategies);
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        if (startFrom != null) {
            try {
                experiment = experiment.startingFrom(savedStart(startFrom));
            } catch (IOException | IllegalArgumentException e) {
                err.println("cannot start from " + startFrom + ": " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        if (shardSpec != null) {
            String problem = shardSpec.problemWith(experiment.replications());
            if (problem != null) {
                throw badOption("--shard " + shardSpec + ": " + problem);
            }
            ExperimentRunner runner = new ExperimentRunner(strategies, threads == null ? ExperimentRunner.defaultThreads() : threads);
            return ExperimentShards.runShard(runner, experiment, shardSpec, out, quiet, console, err);
        }
        return run(experiment, strategies, console, err);
    }

    private Experiment define(Strategies strategies) throws InvalidInputException {
        if (experimentFile != null) {
            if (arms != null || !params.isEmpty() || scenarioFile.file != null) {
                throw badOption("--experiment names its own scenario, arms and parameters: leave out --scenario, --arms and --param");
            }
            ExperimentDocument document = CatalogLoader.loadExperiment(experimentFile);
            Experiment e = ExperimentDefinitions.fromFile(document, strategies);
            Scenario scenario = seed == null ? e.scenario() : e.scenario().withSeed(seed);
            return new Experiment(e.name(), scenario, e.arms(), or(replications, e.replications()), or(days, e.days()),
                    or(warmup, e.warmupDays()), baseline == null ? e.baseline() : baseline,
                    e.commonRandomNumbers() && !independentSeeds);
        }
        Scenario scenario = scenarioFile.load();
        if (seed != null) {
            scenario = scenario.withSeed(seed);
        }
        List<String> names = arms == null ? List.of("fixed", "rule", "markdown", "oracle") : arms;
        Experiment e = ExperimentDefinitions.fromOptions(scenario, names, params, or(replications, 20),
                or(days, scenario.days()), or(warmup, 0), baseline, strategies);
        return independentSeeds ? new Experiment(e.name(), e.scenario(), e.arms(), e.replications(), e.days(),
                e.warmupDays(), e.baseline(), false) : e;
    }

    private int run(Experiment experiment, Strategies strategies, PrintWriter console, PrintWriter err) {
        ExperimentRunner runner = new ExperimentRunner(strategies, threads == null ? ExperimentRunner.defaultThreads() : threads);
        Cancellation cancellation = new Cancellation();
        try (InterruptHook ignored = new InterruptHook(cancellation, "storetwin-experiment-cancel")) {
            try {
                ResultFiles.prepare(out);
                console.printf("%d arms x %d replications x %d days (+%d warm-up) on %d threads: %s%n",
                        experiment.arms().size(), experiment.replications(), experiment.days(), experiment.warmupDays(),
                        Math.min(runner.threads(), experiment.runs()), String.join(", ",
                                experiment.arms().stream().map(a -> a.name()).toList()));
                console.flush();
                ExperimentResult result = quiet ? runner.run(experiment, null, cancellation) : withProgressBar(runner, experiment, cancellation);
                ResultFiles.write(out, result);
                console.println();
                console.print(ResultTable.format(result));
                console.printf("%nwrote %s: %s%n", out, String.join(", ", ResultFiles.NAMES));
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
            } catch (IllegalStateException e) {
                err.println(e.getMessage());
                err.flush();
                return 1;
            } finally {
                try {
                    ResultFiles.discardPartial(out);
                } catch (IOException leftover) {
                    // Leftover temporary files claim nothing.
                }
            }
        }
    }

    private static ExperimentResult withProgressBar(ExperimentRunner runner, Experiment experiment, Cancellation cancellation)
            throws ExperimentCancelledException {
        try (ProgressBar bar = ProgressBars.ofExperimentWork("Experiment")) {
            return runner.run(experiment, ProgressBars.tracking(bar), cancellation);
        }
    }

    private int show(PrintWriter console, PrintWriter err) {
        try {
            ExperimentResult result = ResultJson.read(show);
            console.print(ResultTable.format(result));
            console.flush();
            return 0;
        } catch (IOException e) {
            err.println("cannot show " + show + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The starting state a forked experiment saved. */
    private static StoreState savedStart(Path saved) throws IOException {
        StoreState state = ResultJson.read(saved).info().start();
        if (state == null) {
            throw new IOException("that experiment started at its scenario's first day: it holds no store state to start from");
        }
        return state;
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
