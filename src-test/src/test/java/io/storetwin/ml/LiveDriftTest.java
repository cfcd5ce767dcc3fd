package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.pricing.DriftDay;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.ModelRecord;
import io.storetwin.ml.pricing.RetrainTrigger;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.experiment.ScenarioParameters;
import io.storetwin.simulation.headless.EventCsvWriter;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift monitoring inside a live {@code rf} run, through the real engine: the forest learns for a
 * few days, then the world changes under it (shoppers' price sensitivity triples: the store is
 * carried on by an engine of the changed scenario from the very state, with the same forest) and
 * the alarm is in the event log before the changed day is over by a day; an unchanged store writes
 * no alarm in 60 days; and with {@code retrainOn = drift} the alarm, and only the alarm, retrains.
 */
class LiveDriftTest {

    private static final int DAYS_BEFORE = 5;
    private static final ForestSettings SMALL = ForestSettings.defaults().toBuilder().warmupDays(2)
            .forest(new ForestOptions(20, 10, 50, 0, 0.25, false, 7)).treesPerDay(3).build();

    @TempDir
    Path dir;

    private static Scenario rf(Scenario scenario, int days) {
        return scenario.withDays(days).withPricing(scenario.pricing().withStrategy(ForestStrategy.NAME));
    }

    private static Scenario store() {
        return CatalogLoader.defaultScenario().withPopulationSize(1500);
    }

    /** The run's events after the shift, the shift's first day, and the forest (for its history). */
    private record Shifted(List<SimEvent> events, LocalDate shiftDay, ForestStrategy forest, Path log) {
    }

    private Shifted shiftMidRun(ForestSettings settings) throws IOException {
        ForestStrategy[] forest = new ForestStrategy[1];
        Strategies strategies = Strategies.builtIn().with(ForestStrategy.NAME, context -> {
            if (forest[0] == null) {
                forest[0] = (ForestStrategy) ForestStrategy.factory(settings, null).create(context);
            }
            return forest[0];
        });
        StoreEngine before = new StoreEngine(rf(store(), DAYS_BEFORE + 2), strategies);
        before.runDays(DAYS_BEFORE);
        LocalDate shiftDay = before.clock().today();
        Scenario sensitive = ScenarioParameters.apply(rf(store(), 2), "demand.elasticityScale", "3");
        StoreEngine after = new StoreEngine(sensitive, strategies);
        after.restore(before.captureState());
        List<SimEvent> events = new ArrayList<>();
        after.addEventSink(events::add);
        Path log = dir.resolve("events.csv");
        try (EventCsvWriter writer = new EventCsvWriter(log, sensitive.store())) {
            after.addEventSink(writer);
            after.runDays(2);
        }
        after.close();
        return new Shifted(events, shiftDay, forest[0], log);
    }

    @Test
    void aJumpInPriceSensitivityMidRunPutsADriftAlarmInTheLogWithinADay() throws IOException {
        Shifted run = shiftMidRun(SMALL);
        List<SimEvent.DriftAlarm> alarms = run.events().stream().filter(e -> e instanceof SimEvent.DriftAlarm)
                .map(e -> (SimEvent.DriftAlarm) e).toList();
        List<DriftDay> judged = run.forest().driftDays();
        assertFalse(alarms.isEmpty(), "no alarm after the jump; days judged: " + judged.stream()
                .map(d -> d.check().day() + " err " + d.check().calibrationError() + " auc " + d.check().auc() + "/" + d.check().bayesAuc()).toList());
        SimEvent.DriftAlarm first = alarms.getFirst();
        assertEquals(run.shiftDay(), first.day(), "the alarm judges the first changed day");
        assertTrue(first.time().isBefore(run.shiftDay().plusDays(2).atStartOfDay()), "logged within a day: " + first.time());
        assertTrue(first.crossed().stream().anyMatch(c -> c.startsWith("calibration")), first.crossed().toString());
        // before the jump the same forest was judged every day, silently
        assertTrue(judged.stream().anyMatch(d -> d.check().day().isBefore(run.shiftDay()) && !d.check().alarm()), judged.toString());
        String row = Files.readAllLines(run.log()).stream().filter(l -> l.startsWith("drift_alarm,")).findFirst().orElseThrow();
        assertTrue(row.contains("rf model v" + first.modelVersion() + " drifted on " + run.shiftDay()), row);
        assertTrue(row.contains(String.format(java.util.Locale.ROOT, "error %.3f", first.calibrationError())), row);
    }

    @Test
    void retrainOnDriftRetrainsAfterTheAlarmAndNotByTheCalendar() throws IOException {
        Shifted run = shiftMidRun(SMALL.toBuilder().retrainOn(RetrainTrigger.DRIFT).build());
        List<ModelRecord> models = run.forest().history();
        SimEvent.DriftAlarm alarm = run.events().stream().filter(e -> e instanceof SimEvent.DriftAlarm)
                .map(e -> (SimEvent.DriftAlarm) e).findFirst().orElseThrow(() -> new AssertionError("no alarm"));
        List<ModelRecord> beforeAlarm = models.stream().filter(m -> m.simulatedTime().isBefore(alarm.time())).toList();
        List<ModelRecord> afterAlarm = models.stream().filter(m -> !m.simulatedTime().isBefore(alarm.time())).toList();
        assertEquals(1, beforeAlarm.size(), "only the first model before the alarm (no calendar retraining): " + models);
        assertFalse(afterAlarm.isEmpty(), "no retraining after the alarm: " + models);
        ModelRecord retrained = afterAlarm.getFirst();
        assertEquals(retrained.trees(), retrained.newTrees(), "a whole new forest");
        assertTrue(retrained.rows() < beforeAlarm.getFirst().rows(), "trained on the looks since the drift only");
    }

    @Test
    void aStableStoreWritesNoDriftAlarmOver60Days() {
        StoreEngine engine = new StoreEngine(rf(store(), 60), Strategies.builtIn().with(ForestStrategy.NAME,
                ForestStrategy.factory(SMALL, null)));
        List<SimEvent> alarms = new ArrayList<>();
        engine.addEventSink(e -> {
            if (e instanceof SimEvent.DriftAlarm) {
                alarms.add(e);
            }
        });
        engine.runDays(60);
        ForestStrategy forest = (ForestStrategy) engine.strategy();
        List<DriftDay> judged = forest.driftDays();
        engine.close();
        assertTrue(judged.size() >= 55, "a check a day once the forest prices: " + judged.size());
        assertTrue(alarms.isEmpty(), "alarms on a stable store: " + alarms);
    }
}
