package io.storetwin.ml.pricing;

import io.storetwin.ml.drift.DriftCheck;
import io.storetwin.ml.drift.DriftMonitor;
import io.storetwin.ml.drift.DriftReference;
import io.storetwin.ml.drift.DriftThresholds;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The drift monitor of a live {@code rf} run: it hears the looks, judges each finished day at the
 * first repricing of the next (engine thread, so the alarm's place in the log is reproducible),
 * logs an alarm as a {@link SimEvent.DriftAlarm} and remembers the day it drifted for a retraining
 * the alarm may trigger. It only reads the looks and the model: prices and random draws are untouched.
 */
final class LiveDrift {

    private final String strategy;
    private final DriftThresholds thresholds;
    private final List<DriftDay> days = new ArrayList<>();
    private volatile EventSink emitter = event -> { };
    private DriftMonitor monitor;
    private int version;
    private int drained;
    private LocalDate driftedSince;

    LiveDrift(String strategy, DriftThresholds thresholds) {
        this.strategy = strategy;
        this.thresholds = thresholds;
    }

    void emitTo(EventSink sink) {
        emitter = sink == null ? event -> { } : sink;
    }

    void accept(SimEvent event) {
        if (monitor != null) {
            monitor.accept(event);
        }
    }

    /** The model pricing from now on ({@code version}) and its training looks. */
    void watch(PricingModel model, int modelVersion, DriftReference reference, LocalDateTime now) {
        drain(now);
        if (monitor == null) {
            monitor = new DriftMonitor(model, reference, thresholds, null);
        } else {
            monitor.watch(model, reference);
        }
        version = modelVersion;
    }

    /** At a repricing: judges the day just finished, if any, and logs its alarm. */
    void atRepricing(LocalDateTime now) {
        if (monitor == null) {
            return;
        }
        LocalDate collecting = monitor.collecting();
        if (collecting != null && !collecting.equals(now.toLocalDate())) {
            monitor.finishDay();
        }
        drain(now);
    }

    private void drain(LocalDateTime now) {
        if (monitor == null) {
            return;
        }
        List<DriftCheck> checks = monitor.checks();
        for (DriftCheck check : checks.subList(drained, checks.size())) {
            synchronized (days) {
                days.add(new DriftDay(version, check));
            }
            if (check.alarm()) {
                if (driftedSince == null) {
                    driftedSince = check.day();
                }
                emitter.accept(new SimEvent.DriftAlarm(now, strategy, version, check.day(), check.rows(),
                        check.calibrationError(), check.auc(), check.bayesAuc(), check.alarms()));
            }
        }
        drained = checks.size();
    }

    /** The earliest day judged drifted since the last retraining it asked for, or null. */
    LocalDate driftedSince() {
        return driftedSince;
    }

    /** The retraining the alarm asked for has started. */
    void retrainStarted() {
        driftedSince = null;
    }

    List<DriftDay> days() {
        synchronized (days) {
            return List.copyOf(days);
        }
    }
}
