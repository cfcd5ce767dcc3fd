package io.storetwin.simulation.experiment.shard;

import io.storetwin.simulation.experiment.Experiment;
import java.util.List;

/**
 * What a shard folder holds: the whole experiment it is a slice of (so a merge needs nothing
 * else), that experiment's hash, which slice, its seeds, the versions that ran it, and the
 * checksum of its runs file.
 *
 * @param format           the manifest's layout version
 * @param definitionHash   SHA-256 of the experiment's canonical JSON: equal for every shard of one experiment
 * @param shard            this shard's index, 1-based
 * @param shards           how many shards the experiment was split into
 * @param fromReplication  first replication run here, 0-based
 * @param toReplication    one past the last
 * @param seeds            per replication run here, the seed its arms shared (common random numbers)
 *                         or the first arm's seed
 * @param engineVersion    the engine's behaviour version
 * @param javaVersion      the JVM that ran it
 * @param seconds          wall time of the shard's runs
 * @param runsSha256       SHA-256 of {@value ShardFiles#RUNS}
 * @param experiment       the experiment
 */
public record ShardManifest(int format, String definitionHash, int shard, int shards, int fromReplication,
                            int toReplication, List<Long> seeds, String engineVersion, String javaVersion,
                            double seconds, String runsSha256, Experiment experiment) {

    public static final int FORMAT = 1;

    public ShardManifest {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }
}
