package io.storetwin.app.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.app.ui.engine.EngineSession;
import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.kernels.FallbackKernels;
import io.storetwin.simulation.kernels.FlatForest;
import io.storetwin.simulation.kernels.InteractionColumns;
import io.storetwin.simulation.kernels.InteractionSpec;
import io.storetwin.simulation.kernels.JvmKernels;
import io.storetwin.simulation.kernels.SurfaceProblem;
import io.storetwin.simulation.kernels.SurfaceResult;
import io.storetwin.simulation.snapshot.ShelfState;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The demand-curve panel names the backend that computed the curve, also after a fall-back to the JVM. */
class DemandCurveBackendTest {

    /** A device whose every kernel fails, as a driver that cannot compile would. */
    private static final class BrokenDevice implements BatchKernels {
        @Override
        public String name() {
            return "broken device";
        }

        @Override
        public SurfaceResult demandSurface(SurfaceProblem problem, int shoppers, long seed) {
            throw new IllegalStateException("no driver");
        }

        @Override
        public float[] mixProbability(SurfaceProblem problem) {
            throw new IllegalStateException("no driver");
        }

        @Override
        public float[] forest(FlatForest forest, float[] rows, int rowCount) {
            throw new IllegalStateException("no driver");
        }

        @Override
        public InteractionColumns interactions(InteractionSpec spec, long first, int count, long seed) {
            throw new IllegalStateException("no driver");
        }
    }

    @Test
    void theBackendLabelFollowsAFallBackToTheJvm() {
        Scenario scenario = CatalogLoader.defaultScenario();
        EngineSession session = new EngineSession(1, scenario, new DemandModel(scenario.store(), scenario.demand()),
                new PersonaMix(scenario.store()));
        ProductHistory history = new ProductHistory(10);
        history.reset(scenario.store().products().size());
        ShelfState shelf = new ShelfState(0, "DAI-001", "Whole Milk 1L", "Dairy", 1.19, 1.19, 0.8, 40, 20, 80, 0, 5,
                0, 0, false, "list price");
        try (FallbackKernels kernels = new FallbackKernels(new BrokenDevice(), new JvmKernels(1))) {
            ProductDetailModel detail = new ProductDetailModel(DemandPredictor.NONE,
                    new Backends.Selection(kernels, "a device for the test"), Runnable::run);
            assertEquals("true P by batch kernels: broken device", detail.curveBackendProperty().get());

            detail.select(0);
            detail.refresh(session, history, shelf, LocalDateTime.of(2024, 3, 6, 12, 0));
            detail.takeFinishedCurve();

            assertEquals("true P by batch kernels: jvm (1 thread) (fell back from broken device)",
                    detail.curveBackendProperty().get());
            assertEquals("jvm (1 thread) (fell back from broken device)", detail.curveProperty().get().backend());
            String why = detail.curveBackendDetailProperty().get();
            assertTrue(why.contains("a device for the test") && why.contains("no driver"), why);
            assertEquals(20, detail.truthData().size(), "the JVM backend drew the curve");
        }
    }
}
