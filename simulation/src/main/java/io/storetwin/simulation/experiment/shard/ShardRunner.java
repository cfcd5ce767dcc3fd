package io.storetwin.simulation.experiment.shard;

import io.storetwin.simulation.engine.EngineVersion;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentProgress;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.ReplicationOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs one shard of an experiment and writes it to its folder. */
public final class ShardRunner {

    private final ExperimentRunner runner;

    public ShardRunner(ExperimentRunner runner) {
        this.runner = runner;
    }

    /**
     * Runs the shard's replications (every arm of each) and writes {@link ShardFiles#RUNS} and
     * {@link ShardFiles#MANIFEST} into {@code out}; an earlier shard's files there go first.
     *
     * @return the manifest written
     * @throws IllegalArgumentException when the experiment has fewer replications than shards
     */
    public ShardManifest run(Experiment experiment, ShardSpec spec, Path out, Consumer<ExperimentProgress> progress,
                             Cancellation cancellation) throws ExperimentCancelledException, IOException {
        String problem = spec.problemWith(experiment.replications());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        int from = spec.from(experiment.replications());
        int to = spec.to(experiment.replications());
        ShardFiles.prepare(out);
        try {
            long started = System.nanoTime();
            ReplicationOutcome[][] outcomes = runner.runReplications(experiment, from, to, progress, cancellation);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<ShardRun> runs = new ArrayList<>();
            List<Long> seeds = new ArrayList<>();
            for (int r = from; r < to; r++) {
                seeds.add(experiment.seed(0, r));
                for (int a = 0; a < experiment.arms().size(); a++) {
                    runs.add(new ShardRun(a, r, outcomes[a][r - from]));
                }
            }
            ShardManifest manifest = new ShardManifest(ShardManifest.FORMAT, ShardFiles.definitionHash(experiment),
                    spec.index(), spec.count(), from, to, seeds, EngineVersion.VERSION,
                    Runtime.version().toString(), seconds, null, experiment);
            ShardFiles.write(out, manifest, runs);
            return manifest;
        } finally {
            ShardFiles.discardPartial(out);
        }
    }
}
