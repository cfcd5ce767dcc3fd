package io.storetwin.app.ui.engine;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.live.LiveStore;
import io.storetwin.simulation.live.SavedStore;
import io.storetwin.simulation.live.StoreCommand;
import io.storetwin.simulation.snapshot.StoreSnapshot;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.pricing.manual.ManualPrices;
import io.storetwin.simulation.world.WorldParameter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Owns the {@link StoreEngine} and runs it on its own thread. Callers (the window) post
 * commands, which the engine thread runs between batches of ticks; the engine thread
 * publishes the latest {@link Published} state into an {@link AtomicReference} and every
 * event into a bounded {@link EventBuffer}. No call here blocks or touches engine state on
 * the caller's thread.
 */
public final class EngineController implements AutoCloseable {

    /** Ticks per published batch at top speed: one simulated hour at the default tick. */
    private static final int MAX_SPEED_CHUNK_TICKS = 60;
    /** How long one run of ticks may go at top speed before the thread looks at its commands. */
    private static final long MAX_SPEED_SLICE_NANOS = 15_000_000L;
    /**
     * At top speed, after each slice the engine waits this long at most for the window to take
     * the latest snapshot: on a machine with few cores, the JavaFX and render threads then get
     * their turn and the window draws at a steady rate. Not a lock-step: it never waits longer.
     */
    private static final long MAX_SPEED_YIELD_NANOS = 8_000_000L;
    /** The pacing interval at limited speeds. */
    private static final long PACE_NANOS = 8_000_000L;
    /** A fresh store opens this many simulated minutes before its first opening hour. */
    public static final int MINUTES_BEFORE_OPENING = 10;
    /** At limited speeds, never catch up more than this many seconds of owed ticks at once. */
    private static final double MAX_CATCH_UP_SECONDS = 0.25;

    private final Strategies strategies;
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Published> latest = new AtomicReference<>();
    /** Whether the window took the latest published state (read by the engine thread to yield). */
    private volatile boolean latestTaken = true;
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final EventBuffer events;
    private final Thread thread;
    private volatile boolean running = true;

    // ---- engine-thread state -------------------------------------------------------------
    private LiveStore live;
    private StoreEngine engine;
    private Map<WorldParameter, Double> world = Map.of();
    private EngineSession session;
    private StoreSnapshot lastSnapshot;
    private long generation;
    private boolean playing;
    private Speed speed = Speed.X100;
    private double owedTicks;
    private long lastPaceNanos;

    public EngineController(Scenario scenario, Strategies strategies, int eventCapacity) {
        this.strategies = Objects.requireNonNull(strategies);
        this.events = new EventBuffer(eventCapacity);
        this.thread = Thread.ofPlatform().daemon().name("storetwin-engine").unstarted(this::loop);
        post(() -> build(scenario));
    }

    /** Starts the engine thread; the first snapshot follows shortly. */
    public EngineController start() {
        thread.start();
        return this;
    }

    // ---- commands (any thread, never blocking) ---------------------------------------------

    public void play() {
        post(() -> {
            if (!engine.finished()) {
                playing = true;
                owedTicks = 0;
                lastPaceNanos = System.nanoTime();
            }
            publishState();
        });
    }

    public void pause() {
        post(() -> {
            playing = false;
            publishState();
        });
    }

    /** Pauses and runs exactly {@code ticks} ticks (fewer at the end of the scenario). */
    public void step(long ticks) {
        post(() -> {
            playing = false;
            engine.advance(ticks);
        });
    }

    /** Pauses and runs one simulated hour. */
    public void stepHour() {
        post(() -> {
            playing = false;
            engine.advance(Math.max(1, 60 / engine.clock().tickMinutes()));
        });
    }

    public void setSpeed(Speed newSpeed) {
        Objects.requireNonNull(newSpeed);
        post(() -> {
            speed = newSpeed;
            owedTicks = 0;
            lastPaceNanos = System.nanoTime();
            publishState();
        });
    }

    /** Switches the pricing strategy live; the engine reprices at once when the store is open. */
    public void setStrategy(String name) {
        apply(new StoreCommand.SwitchStrategy(name));
    }

    /**
     * Holds a product at a price set by hand (snapped to cents, within the scenario's candidate
     * grid) until released; the store reprices at once when open, else when it opens.
     */
    public void setManualPrice(int productIndex, double price) {
        post(() -> applyNow(new StoreCommand.SetManualPrice(productId(productIndex), price)));
    }

    /** Gives a product back to the strategy. */
    public void releaseManualPrice(int productIndex) {
        post(() -> applyNow(new StoreCommand.ReleaseManualPrice(productId(productIndex))));
    }

    /** Turns a dial on the world at the next tick boundary; the change is logged and shown in the feed. */
    public void setParameter(WorldParameter parameter, double value) {
        apply(new StoreCommand.SetParameter(parameter, value));
    }

    /**
     * The live store as it stands between two batches of ticks, for saving: scenario, minute,
     * strategy and journal, with {@code extras} (the window's charts) beside them. Completes on
     * the engine thread; the store is not paused.
     */
    public CompletableFuture<SavedStore> saved(Map<String, byte[]> extras) {
        CompletableFuture<SavedStore> copy = new CompletableFuture<>();
        post(() -> copy.complete(new SavedStore(engine.scenario(), engine.clock().minute(), engine.strategy().name(),
                live.journal(), extras)));
        return copy;
    }

    /**
     * Replaces the running store with a saved one, replayed to where it was saved (on the
     * engine thread, without snapshots); the new session carries the saved extras.
     */
    public void open(SavedStore saved) {
        Objects.requireNonNull(saved);
        post(() -> {
            LiveStore reopened = saved.reopen(strategies);
            install(reopened, saved.extras());
            engine.advance(0);
        });
    }

    /** {@code sink} receives the current store's events from the next command on (a log file, a test). */
    public void addEventSink(EventSink sink) {
        post(() -> engine.addEventSink(sink));
    }

    private void apply(StoreCommand command) {
        post(() -> applyNow(command));
    }

    private void applyNow(StoreCommand command) {
        if (live.apply(command)) {
            if (command instanceof StoreCommand.SetParameter) {
                world = dials(engine);
            }
            engine.advance(0);
        }
    }

    private String productId(int productIndex) {
        return engine.scenario().store().products().get(productIndex).id();
    }

    private static Map<WorldParameter, Double> dials(StoreEngine engine) {
        Map<WorldParameter, Double> values = new EnumMap<>(WorldParameter.class);
        for (WorldParameter parameter : WorldParameter.values()) {
            values.put(parameter, engine.world().value(parameter));
        }
        return java.util.Collections.unmodifiableMap(values);
    }

    /** Starts the current scenario over with a seed and a strategy. */
    public void reset(long seed, String strategy) {
        post(() -> {
            Scenario current = engine.scenario();
            build(current.withSeed(seed).withPricing(current.pricing().withStrategy(strategy)));
        });
    }

    /** Replaces the running store with a new, already validated scenario. */
    public void load(Scenario scenario) {
        Objects.requireNonNull(scenario);
        post(() -> build(scenario));
    }

    /**
     * Copies the live store as it stands between two batches of ticks, for a "fork from now"
     * experiment; the store itself is not paused or changed. Completes on the engine thread.
     */
    public CompletableFuture<LiveFork> fork() {
        CompletableFuture<LiveFork> copy = new CompletableFuture<>();
        post(() -> {
            try {
                var pricing = engine.strategy() instanceof ManualPrices manual ? manual.inside() : engine.strategy();
                ForestStrategy forest = pricing instanceof ForestStrategy f ? f : null;
                copy.complete(new LiveFork(engine.scenario(), engine.captureState(), engine.strategy().name(),
                        forest == null ? null : forest.model(), engine.totals(), forest));
            } catch (RuntimeException e) {
                copy.completeExceptionally(e);
            }
        });
        return copy;
    }

    // ---- what the window reads (any thread) ------------------------------------------------

    /** The latest published state, or null before the first snapshot. */
    public Published latest() {
        latestTaken = true;
        return latest.get();
    }

    public EventBuffer events() {
        return events;
    }

    /** Next error message from a failed command, or null. */
    public String pollError() {
        return errors.poll();
    }

    public String[] strategyNames() {
        return strategies.names().toArray(String[]::new);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    // ---- the engine thread ------------------------------------------------------------------

    private void post(Runnable command) {
        commands.add(command);
    }

    private void loop() {
        try {
            while (running) {
                try {
                    Runnable command = playing ? commands.poll(waitNanos(), TimeUnit.NANOSECONDS) : commands.take();
                    while (command != null) {
                        runSafely(command);
                        command = commands.poll();
                    }
                    if (playing) {
                        runSafely(speed.unlimited() ? this::runFlatOut : this::runPaced);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } finally {
            // The engine thread owns the engine: its strategy's threads end with the window.
            if (engine != null) {
                engine.close();
            }
        }
    }

    private long waitNanos() {
        if (speed.unlimited()) {
            return 0;
        }
        long due = lastPaceNanos + PACE_NANOS - System.nanoTime();
        return Math.max(0, due);
    }

    private void runSafely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | LinkageError e) {
            playing = false;
            errors.add(FailureMessages.describe(e));
            if (engine != null) {
                publishState();
            }
        }
    }

    private void runFlatOut() {
        long until = System.nanoTime() + MAX_SPEED_SLICE_NANOS;
        do {
            engine.advance(MAX_SPEED_CHUNK_TICKS);
        } while (playing && System.nanoTime() < until && commands.isEmpty());
        long yieldUntil = System.nanoTime() + MAX_SPEED_YIELD_NANOS;
        while (!latestTaken && commands.isEmpty() && System.nanoTime() < yieldUntil) {
            LockSupport.parkNanos(500_000L);
        }
    }

    private void runPaced() {
        long now = System.nanoTime();
        if (!engine.isOpenNow()) {
            // Nothing happens while the store is closed: skip through the night at top speed.
            engine.advance(MAX_SPEED_CHUNK_TICKS);
            owedTicks = 0;
            lastPaceNanos = now;
            return;
        }
        double ticksPerSecond = speed.minutesPerSecond() / engine.clock().tickMinutes();
        owedTicks += (now - lastPaceNanos) / 1e9 * ticksPerSecond;
        owedTicks = Math.min(owedTicks, Math.max(1, ticksPerSecond * MAX_CATCH_UP_SECONDS));
        lastPaceNanos = now;
        long ticks = (long) owedTicks;
        if (ticks > 0) {
            owedTicks -= ticks;
            engine.advance(ticks);
        }
    }

    private void build(Scenario scenario) {
        install(new LiveStore(scenario, strategies), Map.of());
        engine.advance(ticksToOpening(scenario, engine.clock().tickMinutes()));
    }

    /** Makes {@code fresh} the running store, in a new session that carries {@code restored}. */
    private void install(LiveStore fresh, Map<String, byte[]> restored) {
        if (live != null) {
            live.close();
        }
        live = fresh;
        engine = fresh.engine();
        engine.addEventSink(events);
        engine.addSnapshotListener(this::onSnapshot);
        playing = false;
        world = dials(engine);
        session = new EngineSession(++generation, engine.scenario(), engine.demand(), engine.personaMix(), restored);
        events.clear();
    }

    /**
     * Ticks from midnight to shortly before the store first opens, so a new store greets the
     * class about to open rather than closed at midnight. The ticks run like any others.
     */
    static long ticksToOpening(Scenario scenario, int tickMinutes) {
        int minutes = scenario.store().calendar().openHour() * 60 - MINUTES_BEFORE_OPENING;
        return Math.max(0, minutes / Math.max(1, tickMinutes));
    }

    private void onSnapshot(StoreSnapshot snapshot) {
        lastSnapshot = snapshot;
        if (snapshot.finished()) {
            playing = false;
        }
        publishState();
    }

    private void publishState() {
        if (lastSnapshot != null) {
            latestTaken = false;
            latest.set(new Published(session, lastSnapshot, playing, speed, world));
        }
    }
}
