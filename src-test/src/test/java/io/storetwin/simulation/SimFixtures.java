package io.storetwin.simulation;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.pricing.PriceDecision;
import io.storetwin.simulation.pricing.PricingStrategy;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.Strategies;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Scenarios, strategies and an event recorder shared by the engine tests. */
public final class SimFixtures {

    private static final Scenario DEFAULT = CatalogLoader.defaultScenario();

    private SimFixtures() {
    }

    /** The embedded default scenario (parsed once). */
    public static Scenario defaultScenario() {
        return DEFAULT;
    }

    /** The default store with a small population over a few days. */
    public static Scenario small(long seed, int customers, int days) {
        return DEFAULT.withSeed(seed).withPopulationSize(customers).withDays(days);
    }

    /**
     * The same store with every product's initial stock, reorder point and order-up-to level
     * multiplied by {@code factor} (at least 1 unit, order-up-to above the reorder point):
     * a small factor forces stock-outs, a large one keeps shelves full.
     */
    public static Scenario scaleStock(Scenario scenario, double factor) {
        StoreCatalog store = scenario.store();
        List<Product> products = store.products().stream().map(p -> {
            int reorder = Math.max(1, (int) Math.round(p.reorderPoint() * factor));
            int upTo = Math.max(reorder + 1, (int) Math.round(p.orderUpTo() * factor));
            int initial = Math.max(1, (int) Math.round(p.initialStock() * factor));
            return new Product(p.id(), p.name(), p.category(), p.listPrice(), p.unitCost(), p.shelfLifeDays(),
                    initial, reorder, upTo, p.leadTimeDays(), p.packSize());
        }).toList();
        return scenario.withStore(new StoreCatalog(store.name(), store.currency(), store.categories(), products,
                store.personas(), store.calendar()));
    }

    /** A registry with one extra strategy that prices every product by a function of its view. */
    public static Strategies withStrategy(String name, Function<ProductView, Double> price) {
        return Strategies.builtIn().with(name, context -> new PricingStrategy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public PriceDecision price(ProductView view) {
                return new PriceDecision(price.apply(view), "test price");
            }
        });
    }

    /** List price times {@code factor} in one category, list price elsewhere (not rounded to cents). */
    public static Strategies raiseCategory(String name, String category, double factor) {
        return withStrategy(name, v -> v.product().category().equals(category) ? v.listPrice() * factor : v.listPrice());
    }

    /** Keeps every event in memory: for short runs only. */
    public static final class Recorder implements EventSink {
        private final List<SimEvent> events = new ArrayList<>();

        @Override
        public void accept(SimEvent event) {
            events.add(event);
        }

        public List<SimEvent> events() {
            return events;
        }

        public <T extends SimEvent> Stream<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast);
        }
    }
}
