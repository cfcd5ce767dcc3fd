package io.storetwin.simulation.kernels;

/**
 * A demand surface: per (product, candidate price) cell {@code p * prices + k}, the expected
 * P(buy) of a look and the expected revenue of a look, averaged over {@code shoppers} sampled
 * shoppers per product (the same shoppers at every price of a product: common random numbers).
 */
public record SurfaceResult(int products, int prices, int shoppers, float[] probability, float[] revenue) {

    public float probability(int product, int price) {
        return probability[product * prices + price];
    }

    public float revenue(int product, int price) {
        return revenue[product * prices + price];
    }

    /** The candidate with the best expected revenue of a product (the first on ties). */
    public int bestPrice(int product) {
        int best = 0;
        for (int k = 1; k < prices; k++) {
            if (revenue(product, k) > revenue(product, best)) {
                best = k;
            }
        }
        return best;
    }
}
