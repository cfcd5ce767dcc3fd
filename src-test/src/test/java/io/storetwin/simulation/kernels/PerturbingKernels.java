package io.storetwin.simulation.kernels;

import java.util.SplittableRandom;

/**
 * A backend whose float results stray: every persona-mix and forest probability of the inner
 * backend times 1 + e, e uniform in [-error, error]. For showing that a user of the kernels
 * decides the same within its stated tolerance (and differently beyond it).
 */
public final class PerturbingKernels implements BatchKernels {

    private final BatchKernels inner;
    private final double error;
    private final SplittableRandom random;

    public PerturbingKernels(BatchKernels inner, double error, long seed) {
        this.inner = inner;
        this.error = error;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return "perturbed " + inner.name();
    }

    @Override
    public float[] mixProbability(SurfaceProblem problem) {
        return perturbed(inner.mixProbability(problem));
    }

    @Override
    public float[] forest(FlatForest forest, float[] rows, int rowCount) {
        return perturbed(inner.forest(forest, rows, rowCount));
    }

    @Override
    public SurfaceResult demandSurface(SurfaceProblem problem, int shoppers, long seed) {
        return inner.demandSurface(problem, shoppers, seed);
    }

    @Override
    public InteractionColumns interactions(InteractionSpec spec, long first, int count, long seed) {
        return inner.interactions(spec, first, count, seed);
    }

    private float[] perturbed(float[] p) {
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (p[i] * (1 + error * (2 * random.nextDouble() - 1)));
        }
        return p;
    }
}
