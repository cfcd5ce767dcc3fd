package io.storetwin.simulation.pricing;

import io.storetwin.catalog.Money;

/**
 * Evenly spaced candidate prices between a floor and a ceiling, rounded to the cent.
 */
public final class PriceGrid {

    private PriceGrid() {
    }

    /** {@code points} prices from {@code low} to {@code high} inclusive. */
    public static double[] between(double low, double high, int points) {
        double[] prices = new double[points];
        for (int i = 0; i < points; i++) {
            prices[i] = Money.cents(low + (high - low) * i / (points - 1));
        }
        return prices;
    }

    /** The scenario's grid around a list price: {@code gridLow x list} to {@code gridHigh x list}. */
    public static double[] aroundList(double listPrice, double lowFactor, double highFactor, int points) {
        return between(listPrice * lowFactor, listPrice * highFactor, points);
    }
}
