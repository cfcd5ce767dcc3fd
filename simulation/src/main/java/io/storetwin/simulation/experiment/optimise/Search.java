package io.storetwin.simulation.experiment.optimise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Maximises a function over a box of parameters within a budget of distinct evaluations, with
 * Apache Commons Math's derivative-free optimisers: Brent's method for one continuous
 * parameter, Powell's BOBYQA (bounded, model-based: few evaluations) for several. Whole-number
 * parameters are enumerated when their grid fits the budget (the continuous ones searched at
 * each grid point), else searched relaxed and rounded. Candidates that round to values already
 * tried are answered from the cache and cost nothing. The search is deterministic.
 */
public final class Search {

    /** One distinct candidate and its score, in the order tried. */
    public record Trial(int index, List<String> values, double score) {
    }

    /** Evaluations the optimisers may ask for, cached ones included, per distinct one allowed. */
    private static final int CALLS_PER_TRIAL = 20;
    /** Fewest distinct evaluations worth a continuous search at one grid point. */
    private static final int MIN_PER_POINT = 6;

    private final List<ParameterRange> ranges;
    private final int budget;

    public Search(List<ParameterRange> ranges, int budget) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("give at least one parameter to search");
        }
        if (budget < 2) {
            throw new IllegalArgumentException("the budget must allow at least 2 evaluations, got " + budget);
        }
        this.ranges = List.copyOf(ranges);
        this.budget = budget;
    }

    /** Runs the search; {@code score} sees each distinct candidate's parameter texts once. Returns every trial in order. */
    public List<Trial> run(ToDoubleFunction<List<String>> score) {
        Evaluations evaluations = new Evaluations(score);
        int[] whole = indices(true);
        int[] continuous = indices(false);
        long grid = 1;
        for (int i : whole) {
            grid *= (long) (ranges.get(i).high() - ranges.get(i).low() + 1);
        }
        try {
            if (whole.length > 0 && (continuous.length == 0 ? grid <= budget : grid * MIN_PER_POINT <= budget)) {
                int perPoint = (int) (budget / grid);
                for (double[] point : gridPoints(whole)) {
                    if (continuous.length == 0) {
                        evaluations.at(point);
                    } else {
                        evaluations.limit(evaluations.count() + perPoint);
                        searchContinuous(evaluations, point, continuous, perPoint);
                    }
                }
            } else {
                searchContinuous(evaluations, new double[ranges.size()], allIndices(), budget);
            }
        } catch (BudgetSpent | TooManyEvaluationsException spent) {
            // The budget is the stopping rule: the trials so far are the answer.
        }
        return List.copyOf(evaluations.trials);
    }

    /** The trial with the highest score (the first of equals). */
    public static Trial best(List<Trial> trials) {
        Trial best = trials.getFirst();
        for (Trial t : trials) {
            if (t.score() > best.score()) {
                best = t;
            }
        }
        return best;
    }

    /** Optimises the {@code free} coordinates (unit box) with the others fixed at {@code point}. */
    private void searchContinuous(Evaluations evaluations, double[] point, int[] free, int allowed) {
        int calls = allowed * CALLS_PER_TRIAL;
        try {
            if (free.length == 1) {
                int k = free[0];
                new BrentOptimizer(1e-6, 1e-4).optimize(new MaxEval(calls), GoalType.MAXIMIZE,
                        new SearchInterval(0, 1, 0.5), new UnivariateObjectiveFunction(u -> {
                            double[] x = point.clone();
                            x[k] = u;
                            return evaluations.at(x);
                        }));
            } else {
                double[] start = point.clone();
                for (int k : free) {
                    start[k] = 0.5;
                }
                double[] lower = point.clone();
                double[] upper = point.clone();
                for (int k : free) {
                    lower[k] = 0;
                    upper[k] = 1;
                }
                int[] fixed = complement(free);
                // BOBYQA wants every coordinate free: fixed ones get a sliver of room and are held by the evaluation.
                for (int k : fixed) {
                    lower[k] = point[k] - 0.5;
                    upper[k] = point[k] + 0.5;
                }
                new BOBYQAOptimizer(2 * ranges.size() + 1, 0.25, 1e-4).optimize(new MaxEval(Math.max(calls,
                        2 * ranges.size() + 2)), GoalType.MAXIMIZE, new ObjectiveFunction(x -> {
                            double[] held = x.clone();
                            for (int k : fixed) {
                                held[k] = point[k];
                            }
                            return evaluations.at(held);
                        }), new InitialGuess(start), new SimpleBounds(lower, upper));
            }
        } catch (LimitReached | TooManyEvaluationsException enough) {
            // This grid point had its share.
        }
    }

    private int[] indices(boolean wholeNumbers) {
        return java.util.stream.IntStream.range(0, ranges.size()).filter(i -> ranges.get(i).whole() == wholeNumbers).toArray();
    }

    private int[] allIndices() {
        return java.util.stream.IntStream.range(0, ranges.size()).toArray();
    }

    private int[] complement(int[] free) {
        return java.util.stream.IntStream.range(0, ranges.size()).filter(i -> Arrays.stream(free).noneMatch(f -> f == i)).toArray();
    }

    /** Every combination of the whole-number parameters' values, as unit-box points. */
    private List<double[]> gridPoints(int[] whole) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[ranges.size()]);
        for (int i : whole) {
            ParameterRange r = ranges.get(i);
            int n = (int) (r.high() - r.low() + 1);
            List<double[]> next = new ArrayList<>();
            for (double[] p : points) {
                for (int v = 0; v < n; v++) {
                    double[] q = p.clone();
                    q[i] = n == 1 ? 0 : (double) v / (n - 1);
                    next.add(q);
                }
            }
            points = next;
        }
        return points;
    }

    /** The parameters' texts at a point of the unit box. */
    private List<String> valuesAt(double[] unit) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            ParameterRange r = ranges.get(i);
            values.add(r.text(r.at(unit[i])));
        }
        return values;
    }

    /** The cache of distinct candidates and the budget's bookkeeping. */
    private final class Evaluations {
        private final ToDoubleFunction<List<String>> score;
        private final Map<List<String>, Double> tried = new LinkedHashMap<>();
        private final List<Trial> trials = new ArrayList<>();
        private int limit = budget;

        Evaluations(ToDoubleFunction<List<String>> score) {
            this.score = score;
        }

        int count() {
            return trials.size();
        }

        void limit(int localLimit) {
            limit = Math.min(localLimit, budget);
        }

        double at(double[] unit) {
            List<String> values = valuesAt(unit);
            Double known = tried.get(values);
            if (known != null) {
                return known;
            }
            if (trials.size() >= budget) {
                throw new BudgetSpent();
            }
            if (trials.size() >= limit) {
                throw new LimitReached();
            }
            double s = score.applyAsDouble(values);
            tried.put(values, s);
            trials.add(new Trial(trials.size() + 1, values, s));
            return s;
        }
    }

    /** Stops the whole search: the budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** Stops one grid point's search: its share is spent. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }
}
