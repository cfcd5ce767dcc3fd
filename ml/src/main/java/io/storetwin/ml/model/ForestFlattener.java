package io.storetwin.ml.model;

import io.storetwin.simulation.kernels.FlatForest;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;
import smile.model.cart.InternalNode;
import smile.model.cart.Node;
import smile.model.cart.OrdinalNode;
import smile.model.cart.RegressionNode;
import smile.regression.RandomForest;
import smile.regression.RegressionTree;

/**
 * Flattens a Smile regression forest into the batch kernels' {@link FlatForest}, so that
 * forest inference for many rows can run on any kernel backend (JVM threads or TornadoVM).
 * Nodes are numbered in pre-order, so children follow their parent. Smile's ordinal split
 * "x <= value goes to the true child" becomes "x <= threshold goes left"; a leaf's value is the
 * tree's output there; the kernel's plain mean over the trees is Smile's regression-forest
 * prediction. {@link #flatten} makes each threshold the largest float not above Smile's split
 * value, so rows whose features are float values (counts, flags) take exactly Smile's branches,
 * but a double feature within a float's rounding of a split (a cent price on a split midway
 * between two others) may take the other branch;
 * {@link #ranked} compares ranks instead and takes Smile's branches on every row (see
 * {@link RankedForest}).
 * Smile 6.2.5 keeps an ordinal node's split value in a package-private field, read here by
 * reflection (Smile is on the class path). Features given to the forest as numbers give ordinal
 * splits only; a nominal split is rejected.
 */
public final class ForestFlattener {

    private static final Field ORDINAL_VALUE;

    static {
        try {
            ORDINAL_VALUE = OrdinalNode.class.getDeclaredField("value");
            ORDINAL_VALUE.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("cannot read Smile's OrdinalNode split value: " + e);
        }
    }

    private ForestFlattener() {
    }

    /** The forest's trees as flat arrays over {@code features} predictor columns (in the frame's order). */
    public static FlatForest flatten(RandomForest forest, int features) {
        return flatten(forest, features, (feature, split) -> floatAtOrBelow(split));
    }

    /** The forest over ranks of the feature values among each feature's split values: exact on every row. */
    public static RankedForest ranked(RandomForest forest, int features) {
        List<TreeSet<Double>> values = new ArrayList<>(features);
        for (int j = 0; j < features; j++) {
            values.add(new TreeSet<>());
        }
        for (Node node : preOrder(forest.trees()).nodes()) {
            if (node instanceof OrdinalNode ordinal) {
                // + 0.0 turns -0.0 into 0.0: one value, as the double comparison sees it
                values.get(ordinal.feature()).add(splitValue(ordinal) + 0.0);
            }
        }
        double[][] splits = new double[features][];
        for (int j = 0; j < features; j++) {
            splits[j] = values.get(j).stream().mapToDouble(Double::doubleValue).toArray();
        }
        FlatForest flat = flatten(forest, features,
                (feature, split) -> RankedForest.rankOfSplit(splits[feature], split + 0.0));
        return new RankedForest(flat, splits);
    }

    private record PreOrder(List<Node> nodes, int[] roots) {
    }

    /** Every tree's nodes in pre-order (true child first), one after the other. */
    private static PreOrder preOrder(RegressionTree[] trees) {
        int[] roots = new int[trees.length];
        List<Node> nodes = new ArrayList<>();
        for (int t = 0; t < trees.length; t++) {
            roots[t] = nodes.size();
            Deque<Node> stack = new ArrayDeque<>();
            stack.push(trees[t].root());
            while (!stack.isEmpty()) {
                Node node = stack.pop();
                nodes.add(node);
                if (node instanceof InternalNode internal) {
                    stack.push(internal.falseChild());
                    stack.push(internal.trueChild());
                }
            }
        }
        return new PreOrder(nodes, roots);
    }

    private static FlatForest flatten(RandomForest forest, int features,
                                      ToDoubleBiFunction<Integer, Double> thresholdOf) {
        PreOrder order = preOrder(forest.trees());
        List<Node> nodes = order.nodes();
        int n = nodes.size();
        int[] feature = new int[n];
        float[] threshold = new float[n];
        int[] left = new int[n];
        int[] right = new int[n];
        float[] value = new float[n];
        // pre-order: the true child is the next node; the false child follows the true child's subtree
        int[] subtree = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            Node node = nodes.get(i);
            subtree[i] = node instanceof InternalNode ? 1 + subtree[i + 1] + subtree[i + 1 + subtree[i + 1]] : 1;
        }
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            if (node instanceof OrdinalNode ordinal) {
                feature[i] = ordinal.feature();
                threshold[i] = (float) thresholdOf.applyAsDouble(ordinal.feature(), splitValue(ordinal));
                left[i] = i + 1;
                right[i] = i + 1 + subtree[i + 1];
            } else if (node instanceof RegressionNode leaf) {
                feature[i] = -1;
                left[i] = -1;
                right[i] = -1;
                value[i] = (float) leaf.output();
            } else {
                throw new IllegalArgumentException("cannot flatten a " + node.getClass().getSimpleName()
                        + ": only ordinal splits on numeric features and regression leaves are supported");
            }
        }
        return new FlatForest(features, order.roots(), feature, threshold, left, right, value);
    }

    /** The largest float not above {@code v}: then a float row value x has x <= v exactly when x <= the threshold. */
    static float floatAtOrBelow(double v) {
        float t = (float) v;
        return t > v ? Math.nextDown(t) : t;
    }

    private static double splitValue(OrdinalNode node) {
        try {
            return ORDINAL_VALUE.getDouble(node);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read Smile's OrdinalNode split value", e);
        }
    }
}
