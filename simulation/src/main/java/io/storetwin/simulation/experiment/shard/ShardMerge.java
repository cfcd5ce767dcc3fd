package io.storetwin.simulation.experiment.shard;

import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ReplicationOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the shards of one experiment back together: every folder must hold a finished shard of
 * the same experiment (same definition hash, same shard count, same engine version), every
 * shard 1..N exactly once, and every run of every shard present and intact. Any problem is
 * refused with a message naming the folder and what to do; nothing is merged in part.
 */
public final class ShardMerge {

    /** The experiment and every run's outcome, indexed [arm][replication]. */
    public record Merged(Experiment experiment, ReplicationOutcome[][] outcomes, double seconds, int shards) {
    }

    private ShardMerge() {
    }

    public static Merged merge(List<Path> folders) throws ShardException {
        if (folders.isEmpty()) {
            throw new ShardException("give the folders of every shard to merge");
        }
        List<ShardManifest> manifests = new ArrayList<>();
        for (Path folder : folders) {
            manifests.add(ShardFiles.readManifest(folder));
        }
        ShardManifest first = manifests.getFirst();
        Experiment experiment = first.experiment();
        if (experiment == null || !ShardFiles.definitionHash(experiment).equals(first.definitionHash())) {
            throw new ShardException(folders.getFirst() + "/" + ShardFiles.MANIFEST
                    + " does not describe the experiment its hash names (edited or damaged): run that shard again");
        }
        Path[] byIndex = new Path[first.shards() + 1];
        for (int i = 0; i < manifests.size(); i++) {
            ShardManifest m = manifests.get(i);
            Path folder = folders.get(i);
            if (!m.definitionHash().equals(first.definitionHash())) {
                throw new ShardException("%s is a shard of another experiment than %s (definition %s, not %s): "
                        .formatted(folder, folders.getFirst(), shortHash(m.definitionHash()), shortHash(first.definitionHash()))
                        + "merge only the shards of one experiment");
            }
            if (m.shards() != first.shards()) {
                throw new ShardException("%s is shard %d/%d but %s is shard %d/%d: the shards of one merge must come from one split"
                        .formatted(folder, m.shard(), m.shards(), folders.getFirst(), first.shard(), first.shards()));
            }
            if (!m.engineVersion().equals(first.engineVersion())) {
                throw new ShardException("%s ran engine version %s but %s ran %s: run every shard with the same StoreTwin"
                        .formatted(folder, m.engineVersion(), folders.getFirst(), first.engineVersion()));
            }
            if (m.shard() < 1 || m.shard() > m.shards()) {
                throw new ShardException(folder + " names shard " + m.shard() + "/" + m.shards() + ", which does not exist");
            }
            if (byIndex[m.shard()] != null) {
                throw new ShardException("shard %d/%d is given twice: %s and %s; give each shard once"
                        .formatted(m.shard(), m.shards(), byIndex[m.shard()], folder));
            }
            byIndex[m.shard()] = folder;
        }
        List<String> missing = new ArrayList<>();
        for (int s = 1; s <= first.shards(); s++) {
            if (byIndex[s] == null) {
                missing.add(s + "/" + first.shards());
            }
        }
        if (!missing.isEmpty()) {
            throw new ShardException("shard%s %s missing: give the folders of all %d shards"
                    .formatted(missing.size() == 1 ? "" : "s", String.join(", ", missing)
                            + (missing.size() == 1 ? " is" : " are"), first.shards()));
        }
        ReplicationOutcome[][] outcomes = new ReplicationOutcome[experiment.arms().size()][experiment.replications()];
        double seconds = 0;
        for (int i = 0; i < manifests.size(); i++) {
            ShardManifest m = manifests.get(i);
            seconds += m.seconds();
            fill(outcomes, folders.get(i), m, ShardFiles.readRuns(folders.get(i), m));
        }
        return new Merged(experiment, outcomes, seconds, first.shards());
    }

    private static void fill(ReplicationOutcome[][] outcomes, Path folder, ShardManifest m, List<ShardRun> runs)
            throws ShardException {
        ShardSpec spec = new ShardSpec(m.shard(), m.shards());
        int replications = outcomes.length == 0 ? 0 : outcomes[0].length;
        if (m.fromReplication() != spec.from(replications) || m.toReplication() != spec.to(replications)) {
            throw new ShardException(folder + " covers replications " + m.fromReplication() + ".." + m.toReplication()
                    + ", not the slice of shard " + spec + ": run that shard again");
        }
        int expected = outcomes.length * (m.toReplication() - m.fromReplication());
        if (runs.size() != expected) {
            throw new ShardException("%s holds %d runs, not the %d of its slice: run that shard again"
                    .formatted(folder, runs.size(), expected));
        }
        for (ShardRun run : runs) {
            if (run.arm() < 0 || run.arm() >= outcomes.length || run.replication() < m.fromReplication()
                    || run.replication() >= m.toReplication() || run.outcome() == null
                    || outcomes[run.arm()][run.replication()] != null) {
                throw new ShardException(folder + " holds a run outside its slice or twice (arm " + run.arm()
                        + ", replication " + run.replication() + "): run that shard again");
            }
            outcomes[run.arm()][run.replication()] = run.outcome();
        }
    }

    private static String shortHash(String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
    }
}
