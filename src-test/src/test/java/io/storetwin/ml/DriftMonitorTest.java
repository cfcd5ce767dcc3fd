package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.drift.DriftCheck;
import io.storetwin.ml.drift.DriftMonitor;
import io.storetwin.ml.drift.DriftThresholds;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.engine.StoreState;
import io.storetwin.simulation.experiment.ScenarioParameters;
import io.storetwin.simulation.pricing.Strategies;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drift monitor on the real engine: a forest trained on a week of exploration prices the
 * store from a fork of it; when shoppers' price sensitivity jumps at the fork the alarm fires
 * on the first day, and on the same store left as it was no alarm fires over 60 days.
 */
class DriftMonitorTest {

    private static Scenario scenario;
    private static StoreState forkPoint;
    private static PricingModel model;
    private static Dataset trainingLooks;

    @BeforeAll
    static void trainOnAWeek() {
        scenario = CatalogLoader.defaultScenario().withPopulationSize(1500).withDays(7);
        scenario = scenario.withPricing(scenario.pricing().withStrategy("explore"));
        List<ProductKey> keys = scenario.store().products().stream().map(ProductKey::of).toList();
        DatasetBuilder looks = new DatasetBuilder(1_000_000).withProducts(keys);
        StoreEngine week = new StoreEngine(scenario);
        week.addEventSink(looks);
        week.runDays(7);
        forkPoint = week.captureState();
        trainingLooks = looks.build();
        model = PricingModel.fit(trainingLooks, FeatureSchema.of(keys), new ForestOptions(30, 12, 50, 0, 1.0, true, 3));
    }

    private static List<DriftCheck> priceFromTheFork(Scenario world, int days) {
        Scenario rf = world.withDays(days).withPricing(world.pricing().withStrategy(ForestStrategy.NAME));
        ForestSettings noRetrain = ForestSettings.defaults().toBuilder().retrain(false).build();
        StoreEngine engine = new StoreEngine(rf, Strategies.builtIn().with(ForestStrategy.NAME, ForestStrategy.factory(noRetrain, model)));
        engine.restore(forkPoint);
        List<DriftCheck> alarms = new ArrayList<>();
        DriftMonitor monitor = new DriftMonitor(model, trainingLooks, DriftThresholds.DEFAULTS, alarms::add);
        engine.addEventSink(monitor);
        engine.runDays(days);
        monitor.finishDay();
        engine.close();
        assertEquals(monitor.alarms(), alarms, "every alarm is told to the listener");
        assertTrue(monitor.checks().size() >= days - 1, "a check per day");
        return monitor.checks();
    }

    @Test
    void aJumpInPriceSensitivityRaisesTheAlarmOnTheFirstDay() {
        Scenario sensitive = ScenarioParameters.apply(scenario, "demand.elasticityScale", "3");
        List<DriftCheck> checks = priceFromTheFork(sensitive, 2);
        DriftCheck first = checks.getFirst();
        assertTrue(first.alarm(), "no alarm on the first day after the jump: calibration error " + first.calibrationError()
                + ", AUC " + first.auc() + " vs Bayes " + first.bayesAuc());
        assertTrue(first.alarms().stream().anyMatch(a -> a.startsWith("calibration")), first.alarms().toString());
    }

    @Test
    void aStableStoreRaisesNoAlarmOver60Days() {
        List<DriftCheck> checks = priceFromTheFork(scenario, 60);
        assertTrue(checks.size() >= 59, "a check per day: " + checks.size());
        List<DriftCheck> alarms = checks.stream().filter(DriftCheck::alarm).toList();
        assertTrue(alarms.isEmpty(), "alarms on a stable store: " + alarms.stream().map(c -> c.day() + " " + c.alarms()).toList());
        // what it reports meanwhile: every feature's PSI and ten calibration deciles each day
        assertTrue(checks.stream().allMatch(c -> c.psi().keySet().containsAll(FeatureSchema.BASE) && c.calibration().size() == 10));
    }
}
