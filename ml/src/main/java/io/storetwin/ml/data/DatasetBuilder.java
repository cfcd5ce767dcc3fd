package io.storetwin.ml.data;

import io.storetwin.catalog.Product;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects looks into a bounded buffer that keeps the most recent {@code capacity} rows, so
 * memory stays flat however long the run. As an {@link EventSink} it takes interaction
 * events from a live engine. Thread-safe: the engine thread adds while a trainer thread
 * takes {@link #build()} snapshots.
 */
public final class DatasetBuilder implements EventSink {

    private final int capacity;
    private final List<ProductKey> products = new ArrayList<>();
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final LookColumns rows;
    private int start;
    private int size;
    private long droppedEmptyShelf;
    private long evicted;
    private long lastEpochSecond = Long.MIN_VALUE;

    public DatasetBuilder(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        rows = new LookColumns(capacity);
    }

    /** Registers products up front, so each has its code in the schema even before it is seen. */
    public synchronized DatasetBuilder withProducts(List<ProductKey> keys) {
        keys.forEach(this::indexOf);
        return this;
    }

    private int indexOf(ProductKey key) {
        Integer index = productIndex.get(key.id());
        if (index == null) {
            index = products.size();
            products.add(key);
            productIndex.put(key.id(), index);
        }
        return index;
    }

    @Override
    public void accept(SimEvent event) {
        if (event instanceof SimEvent.Interaction e) {
            Product p = e.product();
            add(new ProductKey(p.id(), p.name(), p.category(), p.listPrice(), p.unitCost()), e.price(),
                    e.inventoryLevel(), e.daysToExpiry(), e.time(), e.sold(), e.trueProbability());
        }
    }

    /**
     * Adds one look; returns false (and counts it) when the shelf was empty. Rows must come
     * in time order.
     */
    public synchronized boolean add(ProductKey key, double price, int stock, int daysToExpiry, LocalDateTime time,
                                    boolean sold, double trueProbability) {
        if (stock <= 0) {
            droppedEmptyShelf++;
            return false;
        }
        long t = time.toEpochSecond(ZoneOffset.UTC);
        if (t < lastEpochSecond) {
            throw new IllegalArgumentException("rows must come in time order: " + time + " after "
                    + LocalDateTime.ofEpochSecond(lastEpochSecond, 0, ZoneOffset.UTC));
        }
        lastEpochSecond = t;
        int slot;
        if (size < capacity) {
            slot = (start + size) % capacity;
            size++;
        } else {
            slot = start;
            start = (start + 1) % capacity;
            evicted++;
        }
        rows.set(slot, indexOf(key), price, stock, daysToExpiry, t, sold, trueProbability);
        return true;
    }

    public synchronized int size() {
        return size;
    }

    public synchronized long droppedEmptyShelf() {
        return droppedEmptyShelf;
    }

    /** Rows pushed out by newer ones. */
    public synchronized long evicted() {
        return evicted;
    }

    /** A snapshot of the rows now, oldest first. */
    public synchronized Dataset build() {
        int first = start;
        return new Dataset(products, rows.gather(size, k -> (first + k) % capacity), droppedEmptyShelf);
    }
}
