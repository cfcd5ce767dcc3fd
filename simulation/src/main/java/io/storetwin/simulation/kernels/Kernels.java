package io.storetwin.simulation.kernels;

/** Argument checks and the one-cell helpers every JVM implementation shares. */
final class Kernels {

    private Kernels() {
    }

    static void checkShoppers(int shoppers) {
        if (shoppers < 1) {
            throw new IllegalArgumentException("shoppers must be at least 1, got " + shoppers);
        }
    }

    static void checkRows(FlatForest forest, float[] rows, int rowCount) {
        if (rowCount < 0 || (long) rowCount * forest.features() > rows.length) {
            throw new IllegalArgumentException(rowCount + " rows of " + forest.features() + " features need "
                    + (long) rowCount * forest.features() + " values, got " + rows.length);
        }
    }

    static void checkCount(long first, int count) {
        if (first < 0 || count < 0) {
            throw new IllegalArgumentException("rows must start at 0 or later and number 0 or more");
        }
    }

    /** Sum over personas, in persona order, of weight x P at cell (p, k). */
    static float mixCell(SurfaceProblem s, int p, int k) {
        int pk = p * s.prices() + k;
        float sum = 0f;
        for (int q = 0; q < s.personas(); q++) {
            sum += s.personaWeight()[p * s.personas() + q] * SurfaceMath.probability(s, p, pk, q);
        }
        return sum;
    }
}
