package io.storetwin.app.ui.model;

import io.storetwin.simulation.snapshot.StoreSnapshot;
import java.util.ArrayDeque;

/** Every product's price and stock over simulated time, bounded, plus recent price changes. */
public final class ProductHistory {

    /** A price change for the chart's markers. */
    public record Marker(double hours, double price) {
    }

    private static final int MAX_MARKERS = 120;

    private final int points;
    private SeriesBuffer[] prices = new SeriesBuffer[0];
    private SeriesBuffer[] stocks = new SeriesBuffer[0];
    private ArrayDeque<Marker>[] markers;
    private double[] lastPrice = new double[0];

    public ProductHistory(int points) {
        this.points = points;
    }

    /** Forgets everything and makes room for {@code products} products. */
    @SuppressWarnings("unchecked")
    public void reset(int products) {
        prices = new SeriesBuffer[products];
        stocks = new SeriesBuffer[products];
        markers = new ArrayDeque[products];
        lastPrice = new double[products];
        for (int i = 0; i < products; i++) {
            prices[i] = new SeriesBuffer(points);
            stocks[i] = new SeriesBuffer(points);
            markers[i] = new ArrayDeque<>();
            lastPrice[i] = Double.NaN;
        }
    }

    public void record(double hours, StoreSnapshot snapshot) {
        for (var shelf : snapshot.shelves()) {
            int i = shelf.index();
            if (i >= prices.length) {
                continue;
            }
            if (!Double.isNaN(lastPrice[i]) && Math.abs(shelf.price() - lastPrice[i]) >= 0.005) {
                if (markers[i].size() == MAX_MARKERS) {
                    markers[i].pollFirst();
                }
                markers[i].addLast(new Marker(hours, shelf.price()));
            }
            lastPrice[i] = shelf.price();
            prices[i].add(hours, shelf.price());
            stocks[i].add(hours, shelf.stock());
        }
    }

    public SeriesBuffer prices(int product) {
        return prices[product];
    }

    public SeriesBuffer stocks(int product) {
        return stocks[product];
    }

    public Iterable<Marker> markers(int product) {
        return markers[product];
    }

    public int products() {
        return prices.length;
    }

    /** One product's history as saved: its price and stock series, price-change markers and last price. */
    public record SavedProduct(SeriesBuffer.State prices, SeriesBuffer.State stocks, java.util.List<Marker> markers,
                               double lastPrice) {
    }

    public java.util.List<SavedProduct> save() {
        java.util.List<SavedProduct> saved = new java.util.ArrayList<>();
        for (int i = 0; i < prices.length; i++) {
            saved.add(new SavedProduct(prices[i].state(), stocks[i].state(), java.util.List.copyOf(markers[i]), lastPrice[i]));
        }
        return saved;
    }

    /** Puts back saved histories (after {@link #reset} for as many products). */
    public void restore(java.util.List<SavedProduct> saved) {
        if (saved.size() != prices.length) {
            throw new IllegalArgumentException("saved charts are for " + saved.size() + " products, the store has "
                    + prices.length);
        }
        for (int i = 0; i < prices.length; i++) {
            SavedProduct product = saved.get(i);
            prices[i].restore(product.prices());
            stocks[i].restore(product.stocks());
            markers[i].clear();
            markers[i].addAll(product.markers());
            lastPrice[i] = product.lastPrice();
        }
    }
}
