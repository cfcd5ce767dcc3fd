package io.storetwin.simulation.live;

import io.storetwin.catalog.Money;
import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.pricing.Strategies;
import io.storetwin.simulation.pricing.manual.ManualPrices;
import io.storetwin.simulation.world.WorldParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A store a class runs live: the engine, whose every strategy sits inside {@link ManualPrices}
 * (one price book per store, so a hand-set price outlives a strategy switch), and the journal of
 * the commands applied to it. Replaying the journal on a fresh store of the same scenario gives
 * the very same log: every command is applied between two ticks at the minute it records.
 *
 * <p>Not thread-safe: the thread that owns the engine applies commands and runs ticks.
 */
public final class LiveStore implements AutoCloseable {

    private final StoreEngine engine;
    private final Map<Integer, Double> manualBook = new HashMap<>();
    private final List<JournalEntry> journal = new ArrayList<>();

    public LiveStore(Scenario scenario, Strategies registry) {
        this.engine = new StoreEngine(scenario, withManualPrices(registry, manualBook));
    }

    public StoreEngine engine() {
        return engine;
    }

    /** The commands applied so far, in order. */
    public List<JournalEntry> journal() {
        return List.copyOf(journal);
    }

    /** The product indexes priced by hand now, with their prices. */
    public Map<Integer, Double> manualPrices() {
        return Map.copyOf(manualBook);
    }

    /**
     * Applies {@code command} now, between two ticks, and journals it with the value applied.
     *
     * @return false when it changed nothing (a dial at that value already, a release of a
     *         product not held), and then nothing is journaled
     * @throws IllegalArgumentException for an unknown product or strategy, or a value out of range
     */
    public boolean apply(StoreCommand command) {
        StoreCommand applied = switch (command) {
            case StoreCommand.SetParameter p -> setParameter(p);
            case StoreCommand.SetManualPrice p -> setManualPrice(p);
            case StoreCommand.ReleaseManualPrice r -> release(r);
            case StoreCommand.SwitchStrategy s -> switchStrategy(s);
        };
        if (applied != null) {
            journal.add(new JournalEntry(engine.clock().minute(), applied));
        }
        return applied != null;
    }

    /**
     * Runs this fresh store through {@code entries} (each applied at its minute) and on to
     * {@code untilMinute}, without snapshots: where a saved store was when it was saved.
     *
     * @throws IllegalStateException    when the store has already run
     * @throws IllegalArgumentException when the entries are out of order, past {@code untilMinute},
     *                                  off the tick grid, or do not apply to this scenario
     */
    public void replay(List<JournalEntry> entries, long untilMinute) {
        if (engine.clock().minute() != 0 || !journal.isEmpty()) {
            throw new IllegalStateException("only a fresh store can replay a journal");
        }
        int tick = engine.clock().tickMinutes();
        long previous = 0;
        for (JournalEntry entry : entries) {
            if (entry.minute() < previous || entry.minute() > untilMinute || entry.minute() % tick != 0) {
                throw new IllegalArgumentException("journal entry at minute %d is out of order or off the %d-minute ticks"
                        .formatted(entry.minute(), tick));
            }
            previous = entry.minute();
            engine.runUntil(entry.minute());
            if (engine.clock().minute() != entry.minute()) {
                throw new IllegalArgumentException("journal entry at minute %d lies after the scenario's end"
                        .formatted(entry.minute()));
            }
            apply(entry.command());
        }
        engine.runUntil(untilMinute);
    }

    @Override
    public void close() {
        engine.close();
    }

    private StoreCommand setParameter(StoreCommand.SetParameter p) {
        WorldParameter parameter = p.parameter();
        double before = engine.world().value(parameter);
        double now = engine.world().set(parameter, p.value());
        return now == before ? null : new StoreCommand.SetParameter(parameter, now);
    }

    private StoreCommand setManualPrice(StoreCommand.SetManualPrice p) {
        int index = productIndex(p.productId());
        Product product = engine.scenario().store().products().get(index);
        PricingSettings pricing = engine.scenario().pricing();
        double low = Money.cents(product.listPrice() * pricing.gridLow());
        double high = Money.cents(product.listPrice() * pricing.gridHigh());
        if (!Double.isFinite(p.price())) {
            throw new IllegalArgumentException("a price must be a finite number, got " + p.price());
        }
        double price = Math.max(low, Math.min(high, Money.cents(p.price())));
        manualBook.put(index, price);
        repriceNow();
        return new StoreCommand.SetManualPrice(p.productId(), price);
    }

    private StoreCommand release(StoreCommand.ReleaseManualPrice r) {
        if (manualBook.remove(productIndex(r.productId())) == null) {
            return null;
        }
        repriceNow();
        return r;
    }

    private StoreCommand switchStrategy(StoreCommand.SwitchStrategy s) {
        if (s.strategy().equals(engine.strategy().name())) {
            return null;
        }
        engine.setStrategy(engine.createStrategy(s.strategy()));
        return s;
    }

    /** The engine reprices at once when the store is open (else when it opens). */
    private void repriceNow() {
        engine.setStrategy(engine.strategy());
    }

    private int productIndex(String productId) {
        List<Product> products = engine.scenario().store().products();
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).id().equals(productId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no product " + productId + " in this store");
    }

    /** Every strategy of the registry inside a {@link ManualPrices} that reads {@code book}. */
    private static Strategies withManualPrices(Strategies registry, Map<Integer, Double> book) {
        Strategies wrapped = registry;
        for (String name : registry.names()) {
            wrapped = wrapped.with(name, context -> new ManualPrices(registry.create(name, context), book));
        }
        return wrapped;
    }
}
