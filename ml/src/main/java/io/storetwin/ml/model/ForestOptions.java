package io.storetwin.ml.model;

import java.util.SplittableRandom;

/**
 * Hyper-parameters of the forest.
 *
 * @param trees          number of trees (default 100)
 * @param maxDepth       deepest a tree may grow (default 10)
 * @param nodeSize       fewest rows in a leaf (default 50): larger leaves give smoother probabilities
 * @param mtry           features tried at each split; 0 = the square root of the feature count
 * @param subsample      share of rows drawn without replacement for each tree; 1 = bootstrap with
 *                       replacement (default 0.25: as good a forest on this data, four times less work)
 * @param balanceClasses down-sample the majority class before fitting, then correct the odds (default true)
 * @param seed           seeds every tree (no global random state)
 */
public record ForestOptions(int trees, int maxDepth, int nodeSize, int mtry, double subsample, boolean balanceClasses,
                            long seed) {

    public static final double DEFAULT_SUBSAMPLE = 0.25;

    public ForestOptions {
        if (trees < 1 || trees > 5_000) {
            throw new IllegalArgumentException("trees must be 1..5000, got " + trees);
        }
        if (maxDepth < 2 || maxDepth > 64) {
            throw new IllegalArgumentException("maxDepth must be 2..64, got " + maxDepth);
        }
        if (nodeSize < 1) {
            throw new IllegalArgumentException("nodeSize must be at least 1, got " + nodeSize);
        }
        if (mtry < 0) {
            throw new IllegalArgumentException("mtry must be 0 (square root of the features) or positive, got " + mtry);
        }
        if (!(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException("subsample must be in (0, 1], got " + subsample);
        }
    }

    public static ForestOptions defaults() {
        return new ForestOptions(100, 10, 50, 0, DEFAULT_SUBSAMPLE, true, 42);
    }

    public ForestOptions withTrees(int n) {
        return new ForestOptions(n, maxDepth, nodeSize, mtry, subsample, balanceClasses, seed);
    }

    public ForestOptions withSeed(long s) {
        return new ForestOptions(trees, maxDepth, nodeSize, mtry, subsample, balanceClasses, s);
    }

    /** Features tried per split among {@code features} columns. */
    int mtryFor(int features) {
        return mtry == 0 ? Math.max(1, (int) Math.floor(Math.sqrt(features))) : Math.min(mtry, features);
    }

    /** Smile's cap on a tree's leaves: a tree of depth d has at most 2^d of them. */
    int maxNodes() {
        return Math.max(2, 1 << Math.min(maxDepth, 30));
    }

    /** One seed per tree, drawn from {@link #seed()}: tree t is the same whichever thread grows it. */
    long[] treeSeeds() {
        long[] seeds = new long[trees];
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < trees; t++) {
            seeds[t] = random.nextLong();
        }
        return seeds;
    }
}
