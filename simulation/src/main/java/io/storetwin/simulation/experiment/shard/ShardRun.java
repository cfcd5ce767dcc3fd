package io.storetwin.simulation.experiment.shard;

import io.storetwin.simulation.experiment.ReplicationOutcome;

/** One run of a shard: an arm on a replication (both 0-based indices of the experiment) and its outcome. */
public record ShardRun(int arm, int replication, ReplicationOutcome outcome) {
}
