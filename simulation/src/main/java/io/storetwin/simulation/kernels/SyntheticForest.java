package io.storetwin.simulation.kernels;

/**
 * Random forests and rows from the counter-based generator, for benchmarks and tests where no
 * trained model is at hand: {@code trees} complete trees of depth {@code depth} (nodes in
 * breadth-first order), splits on random features at random thresholds in [0, 1), leaves with
 * random probabilities; rows uniform in [0, 1).
 */
public final class SyntheticForest {

    private SyntheticForest() {
    }

    public static FlatForest of(int trees, int depth, int features, long seed) {
        if (trees < 1 || depth < 0 || depth > 20 || features < 1) {
            throw new IllegalArgumentException("need trees >= 1, depth 0..20, features >= 1");
        }
        int perTree = (1 << (depth + 1)) - 1;
        int internal = (1 << depth) - 1;
        int nodes = Math.multiplyExact(trees, perTree);
        int[] root = new int[trees];
        int[] feature = new int[nodes];
        float[] threshold = new float[nodes];
        int[] left = new int[nodes];
        int[] right = new int[nodes];
        float[] value = new float[nodes];
        long key = CounterRng.mix64(seed ^ 0x466f72657374L);
        for (int t = 0; t < trees; t++) {
            int start = t * perTree;
            root[t] = start;
            for (int i = 0; i < perTree; i++) {
                int n = start + i;
                long base = CounterRng.element(key, n);
                if (i < internal) {
                    feature[n] = Math.min((int) (CounterRng.uniform(base, 1) * features), features - 1);
                    threshold[n] = CounterRng.uniform(base, 2);
                    left[n] = start + 2 * i + 1;
                    right[n] = start + 2 * i + 2;
                    value[n] = 0f;
                } else {
                    feature[n] = -1;
                    left[n] = -1;
                    right[n] = -1;
                    value[n] = CounterRng.uniform(base, 3);
                }
            }
        }
        return new FlatForest(features, root, feature, threshold, left, right, value);
    }

    /** {@code rows x features} uniforms. */
    public static float[] rows(int rows, int features, long seed) {
        float[] out = new float[Math.multiplyExact(rows, features)];
        long key = CounterRng.mix64(seed ^ 0x526f7773L);
        for (int i = 0; i < out.length; i++) {
            out[i] = CounterRng.uniform(CounterRng.element(key, i), 1);
        }
        return out;
    }
}
