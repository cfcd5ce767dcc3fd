package io.storetwin.ml.pricing;

import io.storetwin.simulation.pricing.Oracle;
import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.pricing.StrategyContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A yardstick beside a live forest: at each of its repricings, what the oracle (the true demand
 * model) expects per look from the forest's price and from its own best price, each product
 * weighted by its looks over the last 24 hours, for the scenario's objective; the regret is the share of the oracle's expected
 * value the forest's prices give away. It only watches: the forest never sees it. Engine thread
 * adds, any thread reads.
 */
public final class OracleRegret implements Consumer<List<ForestPricer.Decision>> {

    /** One simulated day: the forest's expected regret as a share of the oracle's expected value. */
    public record Day(LocalDate date, double regretShare, int repricings) {
    }

    private final Oracle oracle;
    private final TreeMap<LocalDate, double[]> days = new TreeMap<>();

    public OracleRegret(Oracle oracle) {
        this.oracle = oracle;
    }

    /** A regret meter on the true demand of the forest's store, listening to its decisions. */
    public static OracleRegret watch(ForestStrategy forest, StrategyContext context) {
        OracleRegret regret = new OracleRegret(new Oracle(context.demand(), context.personaMix(), context.settings(),
                context.kernels()));
        forest.onDecisions(regret);
        return regret;
    }

    @Override
    public void accept(List<ForestPricer.Decision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        double best = 0;
        double chosen = 0;
        for (ForestPricer.Decision d : decisions) {
            ProductView view = d.view();
            if (view.stock() <= 0) {
                continue;
            }
            double weight = Math.max(1, view.looksLast24h());
            double oraclePrice = oracle.price(view).price();
            best += weight * oracle.objective(view, oraclePrice, oracle.expectedProbability(view, oraclePrice));
            chosen += weight * oracle.objective(view, d.price(), oracle.expectedProbability(view, d.price()));
        }
        LocalDate date = decisions.getFirst().view().time().toLocalDate();
        synchronized (days) {
            double[] day = days.computeIfAbsent(date, x -> new double[3]);
            day[0] += best;
            day[1] += chosen;
            day[2]++;
        }
    }

    /** Every day so far, in order. */
    public List<Day> days() {
        List<Day> out = new ArrayList<>();
        synchronized (days) {
            for (Map.Entry<LocalDate, double[]> e : days.entrySet()) {
                double[] d = e.getValue();
                out.add(new Day(e.getKey(), d[0] > 0 ? (d[0] - d[1]) / d[0] : 0, (int) d[2]));
            }
        }
        return List.copyOf(out);
    }
}
