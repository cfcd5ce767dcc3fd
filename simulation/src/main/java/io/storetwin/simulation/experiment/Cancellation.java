package io.storetwin.simulation.experiment;

/** A flag any thread may raise to stop an experiment; the runner looks at it between simulated days. */
public final class Cancellation {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
