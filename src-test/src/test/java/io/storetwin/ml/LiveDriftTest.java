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
import io.storetwin.simulation.headless.EventCsvWriter;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.world.WorldParameter;
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
 * few days, then the world changes under it (shoppers' price sensitivity triples, a live change of
 * the world's dial) and the alarm is in the event log within a day of the changed day's end; an unchanged store writes
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

    /** The run's events, the first day of the changed world, the forest (for its history) and the event log. */
    private record Shifted(List<SimEvent> events, LocalDate shiftDay, ForestStrategy forest, Path log) {
    }

    /** {@value #DAYS_BEFORE} days of an unchanged store, then shoppers' price sensitivity triples at midnight; 2 more days. */
    private Shifted shiftMidRun(ForestSettings settings) throws IOException {
        Scenario scenario = rf(store(), DAYS_BEFORE + 2);
        StoreEngine engine = new StoreEngine(scenario, Strategies.builtIn().with(ForestStrategy.NAME,
                ForestStrategy.factory(settings, null)));
        List<SimEvent> events = new ArrayList<>();
        engine.addEventSink(events::add);
        Path log = dir.resolve("events.csv");
        ForestStrategy forest = (ForestStrategy) engine.strategy();
        LocalDate shiftDay;
        try (EventCsvWriter writer = new EventCsvWriter(log, scenario.store())) {
            engine.addEventSink(writer);
            engine.runDays(DAYS_BEFORE);
            shiftDay = engine.clock().today();
            engine.world().set(WorldParameter.PRICE_SENSITIVITY, 3.0);
            engine.runDays(2);
        }
        engine.close();
        assertTrue(events.stream().anyMatch(e -> e instanceof SimEvent.ParameterChange), "the change is in the log");
        return new Shifted(events, shiftDay, forest, log);
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
        assertFalse(first.crossed().isEmpty(), "the alarm says which threshold was crossed");
        // before the jump the same forest was judged every day, silently
        assertTrue(judged.stream().anyMatch(d -> d.check().day().isBefore(run.shiftDay()) && !d.check().alarm()), judged.toString());
        String row = Files.readAllLines(run.log()).stream().filter(l -> l.startsWith("drift_alarm,")).findFirst().orElseThrow();
        assertTrue(row.contains("rf model v" + first.modelVersion() + " drifted on " + run.shiftDay()), row);
        assertTrue(row.contains(first.crossed().getFirst()), "the log row carries the figures that crossed: " + row);
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
