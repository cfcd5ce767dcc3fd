package io.storetwin.simulation.kernels;

import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.dataset.GeneratorSettings;
import io.storetwin.simulation.dataset.PurchaseSampler;
import io.storetwin.simulation.dataset.SyntheticCatalogue;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.pricing.PriceGrid;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.SurfaceProblems;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The default store's demand model and small kernel inputs shared by the kernel tests. */
final class KernelFixtures {

    static final Scenario SCENARIO = SimFixtures.defaultScenario();
    static final DemandModel MODEL = new DemandModel(SCENARIO.store(), SCENARIO.demand());
    static final PersonaMix MIX = new PersonaMix(SCENARIO.store());
    /** A Saturday in July: weekend and summer seasonality act. */
    static final LocalDateTime SATURDAY = LocalDateTime.of(2024, 7, 13, 15, 0);

    private KernelFixtures() {
    }

    /**
     * Every product of the default store on the scenario grid, in states that exercise every
     * effect: stock 0 (nobody buys), 1 to 12 (scarcity, units capped by stock) and plenty;
     * days to expiry 0 to 5 (urgency).
     */
    static List<ProductView> views(LocalDateTime time) {
        List<Product> products = SCENARIO.store().products();
        List<ProductView> views = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            Product product = products.get(i);
            int stock = i == 3 ? 0 : (i % 4 == 0 ? 1 + i % 12 : 40 + i);
            views.add(new ProductView(i, product, product.listPrice(), stock, i % 6, 0, 0, 0, time));
        }
        return views;
    }

    static List<double[]> grids(List<ProductView> views) {
        List<double[]> grids = new ArrayList<>();
        for (ProductView view : views) {
            grids.add(PriceGrid.aroundList(view.listPrice(), SCENARIO.pricing().gridLow(), SCENARIO.pricing().gridHigh(),
                    SCENARIO.pricing().gridPoints()));
        }
        return grids;
    }

    static SurfaceProblem storeProblem() {
        List<ProductView> views = views(SATURDAY);
        return SurfaceProblems.of(MODEL, MIX, views, grids(views));
    }

    /** The default dataset's tables with 50 products per category. */
    static InteractionSpec interactionSpec() {
        return new PurchaseSampler(SCENARIO.store(), SCENARIO.demand(), SyntheticCatalogue.of(SCENARIO.store(), 50),
                GeneratorSettings.defaults()).spec();
    }
}
