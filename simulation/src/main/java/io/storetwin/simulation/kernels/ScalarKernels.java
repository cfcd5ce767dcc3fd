package io.storetwin.simulation.kernels;

/**
 * The plain scalar reference: one thread, straight loops over every element, nothing cached.
 * Tests hold the other backends to it. Slow by design.
 */
public final class ScalarKernels implements BatchKernels {

    @Override
    public String name() {
        return "scalar reference";
    }

    @Override
    public SurfaceResult demandSurface(SurfaceProblem s, int shoppers, long seed) {
        Kernels.checkShoppers(shoppers);
        long key = KernelKeys.surface(seed);
        int cells = s.cells();
        float[] probability = new float[cells];
        float[] revenue = new float[cells];
        for (int p = 0; p < s.products(); p++) {
            for (int k = 0; k < s.prices(); k++) {
                int pk = p * s.prices() + k;
                double pSum = 0;
                double rSum = 0;
                for (int j = 0; j < shoppers; j++) {
                    long base = CounterRng.element(key, (long) p * shoppers + j);
                    int q = SurfaceMath.persona(CounterRng.uniform(base, SurfaceMath.DRAW_PERSONA), s.personaCdf(),
                            p * s.personas(), s.personas());
                    float budget = SurfaceMath.budget(CounterRng.uniform(base, SurfaceMath.DRAW_BUDGET_A),
                            CounterRng.uniform(base, SurfaceMath.DRAW_BUDGET_B), s.budgetLogMean()[q], s.budgetLogSd()[q]);
                    int wanted = Math.min(SurfaceMath.units(CounterRng.uniform(base, SurfaceMath.DRAW_UNITS), s.unitsCdf()),
                            s.stock()[p]);
                    int units = SurfaceMath.affordable(wanted, budget, s.price()[pk]);
                    if (units > 0) {
                        float prob = SurfaceMath.probability(s, p, pk, q);
                        pSum += prob;
                        rSum += prob * units * s.price()[pk];
                    }
                }
                probability[pk] = (float) (pSum / shoppers);
                revenue[pk] = (float) (rSum / shoppers);
            }
        }
        return new SurfaceResult(s.products(), s.prices(), shoppers, probability, revenue);
    }

    @Override
    public float[] mixProbability(SurfaceProblem s) {
        float[] out = new float[s.cells()];
        for (int p = 0; p < s.products(); p++) {
            for (int k = 0; k < s.prices(); k++) {
                out[p * s.prices() + k] = Kernels.mixCell(s, p, k);
            }
        }
        return out;
    }

    @Override
    public float[] forest(FlatForest forest, float[] rows, int rowCount) {
        Kernels.checkRows(forest, rows, rowCount);
        float[] out = new float[rowCount];
        for (int r = 0; r < rowCount; r++) {
            out[r] = forest.predict(rows, r * forest.features());
        }
        return out;
    }

    @Override
    public InteractionColumns interactions(InteractionSpec spec, long first, int count, long seed) {
        Kernels.checkCount(first, count);
        long key = KernelKeys.interactions(seed);
        InteractionColumns out = InteractionColumns.allocate(first, count);
        for (int r = 0; r < count; r++) {
            PurchaseMath.row(spec, key, first + r, out, r);
        }
        return out;
    }
}
