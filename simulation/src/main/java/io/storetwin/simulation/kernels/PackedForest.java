package io.storetwin.simulation.kernels;

/**
 * A {@link FlatForest} repacked for the JVM backend: each node's feature, threshold bits and
 * children side by side in one int array (one cache line per visit instead of four), and rows
 * scored a block at a time tree by tree (one tree's nodes stay in cache for the whole block).
 * Each row still sums its trees' values in tree order with the same comparisons as
 * {@link FlatForest#predict}, so the results are identical.
 */
final class PackedForest {

    private final int[] nodes;
    private final float[] value;
    private final int[] roots;

    PackedForest(FlatForest forest) {
        int n = forest.nodes();
        nodes = new int[4 * n];
        for (int i = 0; i < n; i++) {
            nodes[4 * i] = forest.feature()[i];
            nodes[4 * i + 1] = Float.floatToRawIntBits(forest.threshold()[i]);
            nodes[4 * i + 2] = forest.left()[i];
            nodes[4 * i + 3] = forest.right()[i];
        }
        value = forest.value().clone();
        roots = forest.treeRoot().clone();
    }

    /** Scores rows {@code start..end-1} of {@code features} floats each into {@code out}. */
    void predict(float[] rows, int features, int start, int end, float[] out) {
        float[] sum = new float[end - start];
        for (int root : roots) {
            for (int r = start; r < end; r++) {
                int offset = r * features;
                int b = 4 * root;
                int f = nodes[b];
                while (f >= 0) {
                    b = 4 * (rows[offset + f] <= Float.intBitsToFloat(nodes[b + 1]) ? nodes[b + 2] : nodes[b + 3]);
                    f = nodes[b];
                }
                sum[r - start] += value[b >> 2];
            }
        }
        for (int r = start; r < end; r++) {
            out[r] = sum[r - start] / roots.length;
        }
    }
}
