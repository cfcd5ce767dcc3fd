/**
 * Experiments split across machines: a shard runs a contiguous slice of an experiment's
 * replications (every arm of each of them, so common random numbers stay paired within the
 * shard) and writes its raw per-run outcomes with a manifest naming the experiment it belongs
 * to; a merge checks that the shards are all of one experiment, none missing and none twice,
 * and analyses their outcomes exactly as a single-machine run would. A cluster scheduler
 * (Slurm job arrays, Kubernetes Indexed Jobs) runs the shards; nothing here schedules.
 */
package io.storetwin.simulation.experiment.shard;
