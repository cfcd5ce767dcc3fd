package io.storetwin.simulation.experiment.shard;

/** A shard that cannot be written or merged, with a message saying which and what to do. */
public final class ShardException extends Exception {

    public ShardException(String message) {
        super(message);
    }
}
