package io.storetwin.ml.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.type.StructField;
import smile.math.MathEx;
import smile.model.cart.CART;
import smile.model.cart.Loss;
import smile.regression.RandomForest;
import smile.regression.RegressionTree;

/**
 * Grows a forest of Smile regression trees with our own row sampling, on a given number of
 * threads. Smile's {@code RandomForest.fit} also scores every tree on its out-of-bag rows one
 * row object at a time, which cost more than growing the trees here; the forest needs no
 * out-of-bag figures (it is measured on later days instead). The result is a Smile
 * {@link RandomForest}, so prediction, flattening and model files are unchanged.
 *
 * <p>Deterministic: tree t draws its rows from its own seed, and Smile draws the features tried
 * at each split from the growing thread's generator, which is seeded with the same seed just
 * before the tree grows; so a forest is the same on 1 or N threads.
 */
final class TreeBagger {

    private TreeBagger() {
    }

    /** A forest of {@code options.trees()} trees on {@code data} (features and the label column). */
    static RandomForest fit(DataFrame data, String label, ForestOptions options, int threads) {
        return of(formula(data, label), grow(data, label, options, options.treeSeeds(), threads));
    }

    /** A Smile forest of these trees; its importance is the sum of theirs, as Smile's own fit computes it. */
    static RandomForest of(Formula formula, RandomForest.Model[] models) {
        double[] importance = null;
        for (RandomForest.Model model : models) {
            double[] tree = model.tree().importance();
            if (importance == null) {
                importance = new double[tree.length];
            }
            for (int j = 0; j < tree.length; j++) {
                importance[j] += tree[j];
            }
        }
        return new RandomForest(formula, models, null, importance);
    }

    /** Trees grown with the given seeds (one tree per seed), in seed order. */
    static RandomForest.Model[] grow(DataFrame data, String label, ForestOptions options, long[] seeds, int threads) {
        Formula formula = formula(data, label);
        DataFrame x = formula.x(data);
        double[] y = formula.y(data).toDoubleArray();
        StructField response = formula.y(data).field();
        int[][] order = CART.order(x);
        int mtry = options.mtryFor(x.ncol());
        RandomForest.Model[] models = new RandomForest.Model[seeds.length];
        if (threads <= 1 || seeds.length == 1) {
            for (int t = 0; t < seeds.length; t++) {
                models[t] = new RandomForest.Model(tree(x, y, response, order, options, mtry, seeds[t]), null);
            }
            return models;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, seeds.length), r -> {
            Thread thread = new Thread(r, "storetwin-forest-fit");
            thread.setDaemon(true);
            return thread;
        })) {
            List<Future<RegressionTree>> trees = new ArrayList<>(seeds.length);
            for (long seed : seeds) {
                trees.add(pool.submit(() -> tree(x, y, response, order, options, mtry, seed)));
            }
            for (int t = 0; t < seeds.length; t++) {
                models[t] = new RandomForest.Model(trees.get(t).get(), null);
            }
            return models;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("forest fitting interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    static Formula formula(DataFrame data, String label) {
        return Formula.lhs(label).expand(data.schema());
    }

    private static RegressionTree tree(DataFrame x, double[] y, StructField response, int[][] order, ForestOptions options,
                                       int mtry, long seed) {
        int n = y.length;
        int[] samples = new int[n];
        SplittableRandom random = new SplittableRandom(seed);
        if (options.subsample() >= 1) {
            for (int i = 0; i < n; i++) {
                samples[random.nextInt(n)]++;
            }
        } else {
            // selection sampling: exactly round(n x subsample) rows, each set of rows equally likely
            int need = (int) Math.round(n * options.subsample());
            for (int i = 0; i < n && need > 0; i++) {
                if (random.nextDouble() * (n - i) < need) {
                    samples[i] = 1;
                    need--;
                }
            }
        }
        MathEx.setSeed(seed);
        return new RegressionTree(x, Loss.ls(y), response, options.maxDepth(), options.maxNodes(), options.nodeSize(), mtry,
                samples, order);
    }
}
