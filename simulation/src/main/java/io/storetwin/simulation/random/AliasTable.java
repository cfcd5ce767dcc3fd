package io.storetwin.simulation.random;

/** Vose's alias method: draws index i with probability weight[i] / sum in constant time. */
public final class AliasTable {

    private final double[] probability;
    private final int[] alias;

    public AliasTable(double[] weights) {
        int n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double sum = 0;
        for (double w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        probability = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        while (smallCount > 0 && largeCount > 0) {
            int s = small[--smallCount];
            int l = large[--largeCount];
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                small[smallCount++] = l;
            } else {
                large[largeCount++] = l;
            }
        }
        while (largeCount > 0) {
            probability[large[--largeCount]] = 1;
        }
        while (smallCount > 0) {
            probability[small[--smallCount]] = 1;
        }
    }

    /** Draws an index from one uniform in [0, 1). */
    public int sample(double u) {
        double scaled = u * probability.length;
        int i = Math.min((int) scaled, probability.length - 1);
        return scaled - i < probability[i] ? i : alias[i];
    }

    public int size() {
        return probability.length;
    }

    /** The probability of keeping each slot's own index (a copy), for flattened tables in kernels. */
    public double[] probabilities() {
        return probability.clone();
    }

    /** The index each slot falls back to (a copy). */
    public int[] aliases() {
        return alias.clone();
    }
}
