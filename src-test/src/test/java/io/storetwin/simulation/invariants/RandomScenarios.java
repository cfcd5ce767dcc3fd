package io.storetwin.simulation.invariants;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Holiday;
import io.storetwin.catalog.InventorySettings;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.catalog.StoreCalendar;
import io.storetwin.catalog.StoreCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random but valid scenarios from one seed, at the edges a store can reach: prices from a cent
 * to ten thousand, stocks from none to a million, suppliers that deliver the same day, one-day
 * shelf lives, a holiday (open, busy or closed) on every day of the run, every strategy.
 */
final class RandomScenarios {

    static final List<String> STRATEGIES = List.of("fixed", "rule", "markdown", "explore", "oracle");
    private static final double[] PRICES = {0.01, 0.05, 0.99, 2.49, 99.0, 9999.99};
    private static final int[] SHELF_LIVES = {1, 1, 2, 7, 365};
    private static final int[] LEAD_TIMES = {0, 0, 1, 3};
    private static final int[] PACKS = {1, 6, 1000};
    private static final double[] HOLIDAY_MULTIPLIERS = {0.0, 0.3, 1.0, 2.5};

    private final Scenario base = CatalogLoader.defaultScenario();
    private final SplittableRandom random;

    RandomScenarios(long seed) {
        random = new SplittableRandom(seed);
    }

    /** The next scenario: the default store reshaped, {@code strategy} pricing it. */
    Scenario next(String strategy, int population, int days) {
        StoreCatalog store = base.store();
        List<Product> products = store.products().stream().map(this::reshape).toList();
        LocalDate start = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
        List<Holiday> holidays = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = start.plusDays(d);
            holidays.add(new Holiday("holiday " + d, "%02d-%02d".formatted(day.getMonthValue(), day.getDayOfMonth()),
                    HOLIDAY_MULTIPLIERS[random.nextInt(d == 0 ? 1 : 0, HOLIDAY_MULTIPLIERS.length)]));
        }
        StoreCalendar c = store.calendar();
        StoreCatalog reshaped = new StoreCatalog(store.name(), store.currency(), store.categories(), products,
                store.personas(), new StoreCalendar(c.openHour(), c.closeHour(), c.hourlyArrivals(), c.weekdayTraffic(), holidays));
        InventorySettings inventory = new InventorySettings(random.nextInt(4) * 0.02,
                random.nextBoolean() ? InventorySettings.IssuePolicy.OLDEST_FIRST : InventorySettings.IssuePolicy.NEWEST_FIRST);
        return new Scenario(base.name() + " (random)", reshaped, base.storeSource(), population, start, days,
                random.nextLong(), base.tickMinutes(), base.pricing().withStrategy(strategy), base.demand(), inventory);
    }

    private Product reshape(Product p) {
        double list = PRICES[random.nextInt(PRICES.length)];
        double cost = Math.floor(list * (0.05 + 0.9 * random.nextDouble()) * 100) / 100;
        int stockClass = random.nextInt(5);
        int initial = switch (stockClass) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(3);
            case 2, 3 -> p.initialStock();
            default -> 1_000_000;
        };
        int reorder = stockClass == 4 ? 500_000 : Math.min(p.reorderPoint(), 1 + initial / 2) * (stockClass < 2 ? 0 : 1);
        int upTo = Math.max(reorder + 1, stockClass == 4 ? 1_000_000 : Math.max(initial, 1));
        return new Product(p.id(), p.name(), p.category(), list, cost, SHELF_LIVES[random.nextInt(SHELF_LIVES.length)],
                initial, reorder, upTo, LEAD_TIMES[random.nextInt(LEAD_TIMES.length)], PACKS[random.nextInt(PACKS.length)]);
    }
}
