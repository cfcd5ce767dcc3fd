package io.storetwin.app.ui.model;

import io.storetwin.app.ui.engine.EngineSession;
import io.storetwin.simulation.snapshot.ShelfState;
import io.storetwin.simulation.kernels.BatchKernels;
import java.time.LocalDateTime;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Computes demand curves (the batch kernels' persona mix and the model's predictions) off the
 * JavaFX thread. Requests coalesce: while one curve is computed, only the newest request waits,
 * and the window takes the newest finished curve on its next frame.
 */
final class CurveWorker {

    /** A finished curve and the product it belongs to. */
    record Done(int productIndex, DemandCurve curve) {
    }

    private record Request(EngineSession session, ShelfState shelf, LocalDateTime time) {
    }

    private final Executor executor;
    private final DemandPredictor predictor;
    private final Supplier<BatchKernels> kernels;
    private final AtomicReference<Request> next = new AtomicReference<>();
    private final AtomicReference<Done> done = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();

    CurveWorker(Executor executor, DemandPredictor predictor, Supplier<BatchKernels> kernels) {
        this.executor = executor;
        this.predictor = predictor;
        this.kernels = kernels;
    }

    /** Asks for the curve of {@code shelf}'s product; returns at once. */
    void request(EngineSession session, ShelfState shelf, LocalDateTime time) {
        next.set(new Request(session, shelf, time));
        startIfIdle();
    }

    /** The newest finished curve not taken yet, or null. */
    Done poll() {
        return done.getAndSet(null);
    }

    private void startIfIdle() {
        if (next.get() != null && running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Request r = next.getAndSet(null); r != null; r = next.getAndSet(null)) {
                try {
                    done.set(new Done(r.shelf().index(),
                            DemandCurve.of(r.session(), r.shelf(), r.time(), predictor, kernels.get())));
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(CurveWorker.class).warn("demand curve failed for {}", r.shelf().productId(), e);
                }
            }
        } finally {
            running.set(false);
        }
        startIfIdle();
    }
}
