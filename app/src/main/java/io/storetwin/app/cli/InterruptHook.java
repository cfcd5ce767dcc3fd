package io.storetwin.app.cli;

import io.storetwin.simulation.experiment.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during long work: the JVM's shutdown hook raises the work's {@link Cancellation} and
 * waits (up to ten seconds) until the command has stopped and tidied up, so no file is left
 * half written. Open it around the work; closing it removes the hook.
 */
final class InterruptHook implements AutoCloseable {

    private static final int TIDY_UP_SECONDS = 10;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    InterruptHook(Cancellation cancellation, String name) {
        hook = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(TIDY_UP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: the JVM is on its way out after Ctrl-C.
        }
    }
}
