package io.storetwin.ml.model;

import java.util.SplittableRandom;
import smile.regression.RandomForest;

/**
 * Hyper-parameters of the forest.
 *
 * @param trees          number of trees (default 100)
 * @param maxDepth       deepest a tree may grow (default 14)
 * @param nodeSize       fewest rows in a leaf (default 50): larger leaves give smoother probabilities
 * @param mtry           features tried at each split; 0 = the square root of the feature count
 * @param subsample      share of rows in each tree's sample; 1 = bootstrap with replacement
 * @param balanceClasses down-sample the majority class before fitting, then correct the odds (default true)
 * @param seed           seeds every tree (no global random state)
 */
public record ForestOptions(int trees, int maxDepth, int nodeSize, int mtry, double subsample, boolean balanceClasses,
                            long seed) {

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
        return new ForestOptions(100, 14, 50, 0, 1.0, true, 42);
    }

    public ForestOptions withTrees(int n) {
        return new ForestOptions(n, maxDepth, nodeSize, mtry, subsample, balanceClasses, seed);
    }

    public ForestOptions withSeed(long s) {
        return new ForestOptions(trees, maxDepth, nodeSize, mtry, subsample, balanceClasses, s);
    }

    /** Smile's regression-forest options for {@code features} columns. */
    RandomForest.Options toSmile(int features) {
        int m = mtry == 0 ? Math.max(1, (int) Math.floor(Math.sqrt(features))) : Math.min(mtry, features);
        long[] seeds = new long[trees];
        SplittableRandom random = new SplittableRandom(seed);
        for (int t = 0; t < trees; t++) {
            seeds[t] = random.nextLong();
        }
        // maxNodes: a tree of depth d has at most 2^d leaves; Smile also needs a cap.
        int maxNodes = (int) Math.min(1 << Math.min(maxDepth, 30), Integer.MAX_VALUE);
        return new RandomForest.Options(trees, m, maxDepth, Math.max(2, maxNodes), nodeSize, subsample, seeds, null);
    }
}
