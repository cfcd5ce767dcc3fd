package io.storetwin.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.PricingSettings.Objective;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestPricer;
import io.storetwin.ml.pricing.PricerOptions;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.kernels.FallbackKernels;
import io.storetwin.simulation.kernels.JvmKernels;
import io.storetwin.simulation.kernels.PerturbingKernels;
import io.storetwin.simulation.kernels.TornadoRuntimeProbe;
import io.storetwin.simulation.pricing.ProductView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The forest pricer scores through the batch kernels and decides exactly as with Smile alone,
 * on a model trained from a live log of the default store and the shelves of that run.
 */
class ForestPricerKernelsTest {

    private static PricingModel model;
    private static final List<List<ProductView>> SHELVES = new ArrayList<>();

    @BeforeAll
    static void trainOnALiveLog() {
        Scenario scenario = CatalogLoader.defaultScenario().withPopulationSize(1_500).withDays(4);
        scenario = scenario.withPricing(scenario.pricing().withStrategy("explore"));
        StoreEngine engine = new StoreEngine(scenario);
        List<ProductKey> keys = scenario.store().products().stream().map(ProductKey::of).toList();
        DatasetBuilder log = new DatasetBuilder(200_000).withProducts(keys);
        engine.addEventSink(log);
        while (!engine.finished()) {
            engine.advance(180 / scenario.tickMinutes());
            SHELVES.add(engine.views());
        }
        model = PricingModel.fit(log.build(), FeatureSchema.of(keys), new ForestOptions(30, 12, 20, 0, 1.0, true, 5));
    }

    /** Every candidate row of every shelf seen. */
    private static double[][] candidateRows(ForestPricer pricer) {
        List<double[]> rows = new ArrayList<>();
        for (List<ProductView> views : SHELVES) {
            for (ProductView view : views) {
                for (double price : pricer.candidates(view)) {
                    rows.add(model.schema().candidateRow(view, price));
                }
            }
        }
        return rows.toArray(double[][]::new);
    }

    @Test
    void kernelProbabilitiesEqualSmilesWithinTheStatedBound() {
        double[][] rows = candidateRows(new ForestPricer(model, PricerOptions.defaults(), new JvmKernels(1)));
        double[] smile = model.probabilities(rows);
        double[] kernels;
        try (JvmKernels jvm = new JvmKernels(2)) {
            kernels = model.probabilities(rows, jvm);
        }
        double bound = model.kernelRelativeError();
        assertTrue(bound < 1e-4, "bound " + bound);
        double worst = 0;
        for (int i = 0; i < rows.length; i++) {
            assertEquals(smile[i], kernels[i], bound * smile[i], "row " + i);
            worst = Math.max(worst, smile[i] > 0 ? Math.abs(kernels[i] - smile[i]) / smile[i] : 0);
        }
        assertTrue(rows.length > 20_000, rows.length + " rows");
        assertTrue(worst > 0, "float sums never differed: the comparison is not of two computations");
    }

    @Test
    void decisionsAndReasonsEqualSmileOnlyDecisions() {
        List<PricerOptions> settings = List.of(PricerOptions.defaults(),
                PricerOptions.defaults().withObjective(Objective.PROFIT).withExpiryAware(true),
                new PricerOptions(97, 0.5, 2.0, Objective.REVENUE, false));
        try (JvmKernels jvm = new JvmKernels(2)) {
            for (PricerOptions options : settings) {
                ForestPricer pricer = new ForestPricer(model, options, jvm);
                for (List<ProductView> views : SHELVES) {
                    assertSameDecisions(pricer.decideWithSmile(views), pricer.decide(views), options.toString());
                }
            }
        }
    }

    static boolean tornadoDetected() {
        return TornadoRuntimeProbe.detected();
    }

    /** Run with -Ptornado under TornadoVM's argfile; skipped elsewhere. */
    @Test
    @EnabledIf("tornadoDetected")
    void onTheTornadoVmBackendDecisionsEqualSmileOnlyDecisions() {
        Backends.Selection selection = Backends.choose("tornado", 2);
        try (BatchKernels device = selection.kernels()) {
            assertInstanceOf(FallbackKernels.class, device, selection.reason());
            ForestPricer pricer = new ForestPricer(model, PricerOptions.defaults(), device);
            for (List<ProductView> views : SHELVES) {
                assertSameDecisions(pricer.decideWithSmile(views), pricer.decide(views), device.name());
            }
            assertNull(((FallbackKernels) device).fallbackReason(), "fell back to the JVM");
        }
    }

    @Test
    void floatsPerturbedWithinTheBoundLeaveEveryDecisionAlone() {
        try (JvmKernels jvm = new JvmKernels(1)) {
            BatchKernels perturbed = new PerturbingKernels(jvm, model.kernelRelativeError() / 2, 9);
            for (PricerOptions options : List.of(PricerOptions.defaults(),
                    PricerOptions.defaults().withObjective(Objective.PROFIT).withExpiryAware(true))) {
                ForestPricer pricer = new ForestPricer(model, options, perturbed);
                for (List<ProductView> views : SHELVES) {
                    assertSameDecisions(pricer.decideWithSmile(views), pricer.decide(views), options.toString());
                }
            }
        }
    }

    /** Same price, same reason, and every candidate's P(buy) prints the same (exploring shows any of them). */
    private static void assertSameDecisions(List<ForestPricer.Decision> expected, List<ForestPricer.Decision> actual,
                                            String what) {
        assertEquals(expected.size(), actual.size());
        for (int v = 0; v < expected.size(); v++) {
            ForestPricer.Decision e = expected.get(v);
            ForestPricer.Decision a = actual.get(v);
            assertEquals(e.toPriceDecision(), a.toPriceDecision(), what);
            for (int c = 0; c < e.probabilities().length; c++) {
                assertEquals(String.format(Locale.ROOT, "%.2f", e.probabilities()[c]),
                        String.format(Locale.ROOT, "%.2f", a.probabilities()[c]), what + " candidate " + c);
            }
        }
    }
}
