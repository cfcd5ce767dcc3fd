package io.storetwin.simulation.kernels;

/**
 * A trained random forest of binary classification trees flattened into arrays, the format
 * the forest-inference kernel reads (ml fills it from its trees; simulation knows no ML
 * library). Nodes of all trees share one index space. Node {@code n} is a leaf when
 * {@code feature[n] < 0}, and then {@code value[n]} is the tree's P(class 1) there; otherwise a
 * row goes to {@code left[n]} when {@code row[feature[n]] <= threshold[n]} and to
 * {@code right[n]} otherwise (numeric splits only; a split "x == v" on a 0/1 column is
 * "x <= 0.5" with the branches swapped). Children always come after their parent, so every
 * walk ends. A row's P is the plain mean of its leaves' values over the trees, summed in
 * tree order.
 *
 * @param features  columns per row
 * @param treeRoot  root node of each tree
 */
public record FlatForest(int features, int[] treeRoot, int[] feature, float[] threshold,
                         int[] left, int[] right, float[] value) {

    public FlatForest {
        int nodes = feature.length;
        if (features < 1) {
            throw new IllegalArgumentException("a forest needs at least one feature");
        }
        if (treeRoot.length < 1) {
            throw new IllegalArgumentException("a forest needs at least one tree");
        }
        if (threshold.length != nodes || left.length != nodes || right.length != nodes || value.length != nodes) {
            throw new IllegalArgumentException("node arrays differ in length: feature " + nodes + ", threshold "
                    + threshold.length + ", left " + left.length + ", right " + right.length + ", value " + value.length);
        }
        for (int root : treeRoot) {
            if (root < 0 || root >= nodes) {
                throw new IllegalArgumentException("tree root " + root + " is not a node (0.." + (nodes - 1) + ")");
            }
        }
        for (int n = 0; n < nodes; n++) {
            if (feature[n] >= features) {
                throw new IllegalArgumentException("node " + n + " splits on feature " + feature[n] + " of " + features);
            }
            if (feature[n] >= 0 && (left[n] <= n || right[n] <= n || left[n] >= nodes || right[n] >= nodes)) {
                throw new IllegalArgumentException("node " + n + " has children " + left[n] + " and " + right[n]
                        + ": children must come after their parent");
            }
        }
    }

    public int trees() {
        return treeRoot.length;
    }

    public int nodes() {
        return feature.length;
    }

    /** P(class 1) of the row starting at {@code rows[offset]}: the reference walk every backend follows. */
    public float predict(float[] rows, int offset) {
        float sum = 0f;
        for (int t = 0; t < treeRoot.length; t++) {
            int n = treeRoot[t];
            while (feature[n] >= 0) {
                n = rows[offset + feature[n]] <= threshold[n] ? left[n] : right[n];
            }
            sum += value[n];
        }
        return sum / treeRoot.length;
    }
}
