package io.storetwin.simulation.demand;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The probability of buying when each look adds a normal taste shock to the log-odds:
 * {@code E[sigmoid(x + e)]} with {@code e ~ N(0, sd^2)}. The shock is integrated out once
 * into a table (Simpson's rule over +-8 sd), then read by linear interpolation, so the
 * probability the engine draws against is the probability the model reports, to within 1e-6.
 */
final class NoisySigmoid {

    private static final double RANGE = 30;
    private static final int STEPS_PER_UNIT = 128;
    private static final Map<Double, NoisySigmoid> CACHE = new ConcurrentHashMap<>();

    private final double sd;
    private final double[] table;

    private NoisySigmoid(double sd) {
        this.sd = sd;
        int size = (int) (2 * RANGE * STEPS_PER_UNIT) + 1;
        table = new double[size];
        for (int i = 0; i < size; i++) {
            table[i] = integrate(-RANGE + (double) i / STEPS_PER_UNIT, sd);
        }
    }

    static NoisySigmoid withSd(double sd) {
        return CACHE.computeIfAbsent(sd, NoisySigmoid::new);
    }

    double apply(double x) {
        if (sd == 0) {
            return sigmoid(x);
        }
        if (x <= -RANGE) {
            return table[0];
        }
        if (x >= RANGE) {
            return table[table.length - 1];
        }
        double position = (x + RANGE) * STEPS_PER_UNIT;
        int i = (int) position;
        double fraction = position - i;
        return i + 1 < table.length ? table[i] + fraction * (table[i + 1] - table[i]) : table[i];
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double integrate(double x, double sd) {
        if (sd == 0) {
            return sigmoid(x);
        }
        int intervals = 400;
        double lo = -8 * sd;
        double h = 16 * sd / intervals;
        double sum = 0;
        for (int k = 0; k <= intervals; k++) {
            double e = lo + k * h;
            double weight = (k == 0 || k == intervals) ? 1 : (k % 2 == 1 ? 4 : 2);
            double density = Math.exp(-0.5 * (e / sd) * (e / sd)) / (sd * Math.sqrt(2 * Math.PI));
            sum += weight * density * sigmoid(x + e);
        }
        return sum * h / 3;
    }
}
