package io.storetwin.ml.uplift;

/**
 * Settings of the forests behind the propensity and uplift models. Shallow trees with large
 * leaves: a customer table has thousands of rows, not millions, and uplift is a small
 * difference of two noisy probabilities.
 *
 * @param trees     trees per forest
 * @param maxDepth  deepest split
 * @param nodeSize  fewest customers in a leaf
 * @param seed      seed of the forests' bootstrap samples
 */
public record UpliftOptions(int trees, int maxDepth, int nodeSize, long seed) {

    public UpliftOptions {
        if (trees < 1 || trees > 2_000) {
            throw new IllegalArgumentException("trees must be 1..2000, got " + trees);
        }
        if (maxDepth < 2 || maxDepth > 30) {
            throw new IllegalArgumentException("maxDepth must be 2..30, got " + maxDepth);
        }
        if (nodeSize < 1) {
            throw new IllegalArgumentException("nodeSize must be at least 1, got " + nodeSize);
        }
    }

    public static UpliftOptions defaults() {
        return new UpliftOptions(100, 6, 40, 42);
    }
}
