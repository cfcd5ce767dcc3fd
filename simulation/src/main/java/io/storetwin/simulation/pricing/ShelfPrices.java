package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Product;
import java.util.List;

/**
 * The price on every shelf now and why it is there. Keeps price / list price and its
 * logarithm beside each price, computed once per price change, so a shopper's look reads
 * them instead of computing a logarithm. Mutable, owned by the engine thread.
 */
public final class ShelfPrices {

    private final double[] listPrices;
    private final double[] prices;
    private final double[] relativePrices;
    private final double[] logRelativePrices;
    private final String[] reasons;

    /** Every product at its list price. */
    public ShelfPrices(List<Product> products) {
        int n = products.size();
        listPrices = new double[n];
        prices = new double[n];
        relativePrices = new double[n];
        logRelativePrices = new double[n];
        reasons = new String[n];
        for (int i = 0; i < n; i++) {
            listPrices[i] = products.get(i).listPrice();
            set(i, listPrices[i], "list price");
        }
    }

    public void set(int product, double price, String reason) {
        prices[product] = price;
        relativePrices[product] = price / listPrices[product];
        logRelativePrices[product] = Math.log(relativePrices[product]);
        reasons[product] = reason;
    }

    /** Keeps the price and records the latest reason the strategy gave for it. */
    public void keep(int product, String reason) {
        reasons[product] = reason;
    }

    public double price(int product) {
        return prices[product];
    }

    public double listPrice(int product) {
        return listPrices[product];
    }

    /** price / list price. */
    public double relative(int product) {
        return relativePrices[product];
    }

    /** log(price / list price). */
    public double logRelative(int product) {
        return logRelativePrices[product];
    }

    public String reason(int product) {
        return reasons[product];
    }

    public int size() {
        return prices.length;
    }
}
