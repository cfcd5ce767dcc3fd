package io.storetwin.app.cli;

import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ExperimentAnalysis;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.ResultFiles;
import io.storetwin.simulation.experiment.ResultTable;
import io.storetwin.simulation.experiment.RunFacts;
import io.storetwin.simulation.experiment.shard.ShardException;
import io.storetwin.simulation.experiment.shard.ShardFiles;
import io.storetwin.simulation.experiment.shard.ShardManifest;
import io.storetwin.simulation.experiment.shard.ShardMerge;
import io.storetwin.simulation.experiment.shard.ShardRunner;
import io.storetwin.simulation.experiment.shard.ShardSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;

/** The {@code experiment --shard} and {@code --merge} halves of {@link ExperimentCommand}. */
final class ExperimentShards {

    private ExperimentShards() {
    }

    /** Runs one shard into {@code out}; exit code as the command's. */
    static int runShard(ExperimentRunner runner, Experiment experiment, ShardSpec shard, Path out, boolean quiet,
                        PrintWriter console, PrintWriter err) {
        int from = shard.from(experiment.replications());
        int to = shard.to(experiment.replications());
        console.printf("shard %s: replications %d-%d of %d, %d arms x %d days (+%d warm-up) on %d threads%n", shard,
                from + 1, to, experiment.replications(), experiment.arms().size(), experiment.days(),
                experiment.warmupDays(), Math.min(runner.threads(), experiment.arms().size() * (to - from)));
        console.flush();
        Cancellation cancellation = new Cancellation();
        try (InterruptHook ignored = new InterruptHook(cancellation, "storetwin-shard-cancel")) {
            ShardRunner shardRunner = new ShardRunner(runner);
            ShardManifest manifest;
            if (quiet) {
                manifest = shardRunner.run(experiment, shard, out, null, cancellation);
            } else {
                try (ProgressBar bar = ProgressBars.ofExperimentWork("Shard " + shard)) {
                    manifest = shardRunner.run(experiment, shard, out, ProgressBars.tracking(bar), cancellation);
                }
            }
            console.printf("wrote %s: %s, %s (experiment %s)%n", out, ShardFiles.RUNS, ShardFiles.MANIFEST,
                    manifest.definitionHash().substring(0, 12));
            console.flush();
            return 0;
        } catch (ExperimentCancelledException e) {
            err.println(e.getMessage());
            err.flush();
            return 130;
        } catch (IOException e) {
            err.println("cannot write the shard to " + out + ": " + e.getMessage());
            err.flush();
            return 1;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** Merges finished shards into {@code out}: the files a single-machine run writes. */
    static int merge(List<Path> folders, Path out, PrintWriter console, PrintWriter err) {
        ShardMerge.Merged merged;
        try {
            merged = ShardMerge.merge(folders);
        } catch (ShardException e) {
            err.println("cannot merge: " + e.getMessage());
            err.flush();
            return 1;
        }
        Experiment experiment = merged.experiment();
        ExperimentResult result = ExperimentAnalysis.analyse(experiment, merged.outcomes(),
                new RunFacts(merged.shards(), merged.seconds(), Instant.now().toString()));
        try {
            ResultFiles.prepare(out);
            ResultFiles.write(out, result);
        } catch (IOException e) {
            err.println("cannot write the results to " + out + ": " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            try {
                ResultFiles.discardPartial(out);
            } catch (IOException ignored) {
                // Leftover temporary files claim nothing.
            }
        }
        console.printf("merged %d shards: %d arms x %d replications x %d days%n%n", merged.shards(),
                experiment.arms().size(), experiment.replications(), experiment.days());
        console.print(ResultTable.format(result));
        console.printf("%nwrote %s: %s%n", out, String.join(", ", ResultFiles.NAMES));
        console.flush();
        return 0;
    }
}
