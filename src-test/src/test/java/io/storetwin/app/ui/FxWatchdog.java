package io.storetwin.app.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * Watches the JavaFX thread from another thread: every few milliseconds it posts a task and
 * notes how long the thread took to run it. A delay past the limit counts as blocking when the
 * JavaFX thread itself was busy (its CPU time grew by as much, and by a third of the wait at
 * least), or when it sat in the same
 * StoreTwin code at the limit and at twice the limit while waiting (sleeping, on a lock, or in
 * a native call such as reading a file): a thread only waiting its turn for a core on a loaded
 * machine (runnable, in plain Java code, its CPU time not growing) is not blocked by the
 * window's work. The JavaFX thread's stack at each blocking is kept, to name the culprit.
 */
final class FxWatchdog implements AutoCloseable {

    /** One blocking: how long the task waited, how much of it the JavaFX thread spent working, and where. */
    record Block(double waitedMillis, double busyMillis, String where) {
    }

    private final long limitNanos;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Block> blocks = new ArrayList<>();
    private final Thread watcher;
    private volatile boolean running = true;
    private long pings;

    FxWatchdog(long limitMillis) throws Exception {
        this.limitNanos = TimeUnit.MILLISECONDS.toNanos(limitMillis);
        Thread fx = CompletableFuture.supplyAsync(Thread::currentThread, Platform::runLater).get(30, TimeUnit.SECONDS);
        watcher = Thread.ofPlatform().daemon().name("fx-watchdog").start(() -> watch(fx));
    }

    private void watch(Thread fx) {
        while (running) {
            AtomicLong served = new AtomicLong();
            long posted = System.nanoTime();
            long cpuBefore = threads.getThreadCpuTime(fx.threadId());
            Platform.runLater(() -> served.set(System.nanoTime()));
            String where = null;
            String later = null;
            while (running && served.get() == 0) {
                long late = System.nanoTime() - posted;
                if (where == null && late > limitNanos) {
                    where = waitingIn(fx);
                } else if (later == null && late > 2 * limitNanos) {
                    later = waitingIn(fx);
                }
                sleep(1);
            }
            long waited = served.get() == 0 ? System.nanoTime() - posted : served.get() - posted;
            long busy = threads.getThreadCpuTime(fx.threadId()) - cpuBefore;
            synchronized (this) {
                pings++;
                boolean stuckInOurCode = where != null && !where.isEmpty() && where.equals(later);
                // Busy for most of the wait: working, not waiting its turn or for the renderer.
                boolean working = busy > limitNanos && busy * 3 >= waited;
                if (waited > limitNanos && (working || stuckInOurCode)) {
                    blocks.add(new Block(waited / 1e6, busy / 1e6, where));
                }
            }
            sleep(5);
        }
    }

    /**
     * Where the JavaFX thread waits, as {@link #ours}; empty when it is runnable in Java code
     * (then it is either working, which its CPU time shows, or waiting for a core).
     */
    private static String waitingIn(Thread fx) {
        Thread.State state = fx.getState();
        StackTraceElement[] stack = fx.getStackTrace();
        boolean waiting = state != Thread.State.RUNNABLE || (stack.length > 0 && stack[0].isNativeMethod());
        return waiting ? ours(stack) : "";
    }

    /** The stack from the innermost StoreTwin frame down (empty when none is on it). */
    private static String ours(StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getClassName().startsWith("io.storetwin.") && !stack[i].getClassName().contains("FxWatchdog")) {
                return Arrays.stream(stack, Math.max(0, i - 3), Math.min(stack.length, i + 6)).map(String::valueOf)
                        .collect(Collectors.joining(" <- "));
            }
        }
        return "";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized List<Block> blocks() {
        return List.copyOf(blocks);
    }

    synchronized long pings() {
        return pings;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        watcher.join(5_000);
    }
}
