package io.storetwin.ml;

import io.storetwin.catalog.Product;
import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.data.ProductKey;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.simulation.pricing.PriceGrid;
import io.storetwin.simulation.pricing.ProductView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/** Small synthetic data with a known demand curve, shared by the ml tests. */
final class MlFixtures {

    static final LocalDateTime NOON = LocalDateTime.of(2024, 3, 5, 12, 0);
    static final ProductKey WIDGET = new ProductKey("TST-001", "Widget", "Dairy", 1.00, 0.50);

    /** Decreasing P(buy | price) = 0.95 exp(-((p - 0.7) / 0.2)^3): best revenue per look at 0.75 of 0.70..1.60. */
    static final DoubleUnaryOperator KNOWN = p -> 0.95 * Math.exp(-Math.pow((p - 0.7) / 0.2, 3));

    private MlFixtures() {
    }

    static Product product(ProductKey key) {
        return new Product(key.id(), key.name(), key.category(), key.listPrice(), key.unitCost(), 10, 100, 20, 100, 1, 1);
    }

    static ProductView view(ProductKey key, double price, int stock, int days, LocalDateTime time) {
        return new ProductView(0, product(key), price, stock, days, 0, 0, 0, time);
    }

    /** {@code perPoint} looks at each of the 20 grid prices of the widget, sold with the known P. */
    static Dataset knownCurve(int perPoint, long seed) {
        return knownCurve(perPoint, seed, 1);
    }

    /** The same, spread over {@code days} consecutive days at noon. */
    static Dataset knownCurve(int perPoint, long seed, int days) {
        double[] grid = PriceGrid.between(0.70, 1.60, 20);
        SplittableRandom random = new SplittableRandom(seed);
        DatasetBuilder builder = new DatasetBuilder(grid.length * perPoint).withProducts(List.of(WIDGET));
        for (int n = 0; n < perPoint; n++) {
            for (double ignored : grid) {
                double price = Math.round((0.65 + random.nextDouble()) * 100) / 100.0;
                double p = KNOWN.applyAsDouble(price);
                builder.add(WIDGET, price, 50, 5, NOON.plusDays((long) n * days / perPoint), random.nextDouble() < p, p);
            }
        }
        return builder.build();
    }

    static PricingModel knownCurveModel() {
        Dataset data = knownCurve(3_000, 7);
        return PricingModel.fit(data, FeatureSchema.of(List.of(WIDGET)), new ForestOptions(40, 20, 5, 15, 1.0, false, 11));
    }
}
