package io.storetwin.simulation.kernels;

import io.storetwin.catalog.Persona;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.pricing.ProductView;
import java.time.DayOfWeek;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The demand surface's exact expectation and variance per look, in double, straight from the
 * demand model (no kernel code): a shopper of persona q (weight w) with budget B ~ lognormal
 * and units wanted U = min(1 + Poisson, max) buys A = min(U, stock, floor(B / price)) units with
 * the model's P_q, so E[P 1{A >= 1}] = sum_q w P_q S_q(price) and
 * E[P A price] = price sum_q w P_q sum_u pi_u sum_{m=1..min(u, stock)} S_q(m price), where
 * S_q(x) = P(B >= x); second moments use E[A^2] = sum_m (2m - 1) P(A >= m).
 */
final class ExactSurface {

    /** Mean and variance of the per-shopper P(buy) term and revenue term of one cell. */
    record Cell(double probability, double probabilityVariance, double revenue, double revenueVariance) {
    }

    private ExactSurface() {
    }

    static Cell cell(DemandModel model, PersonaMix mix, ProductView view, double price) {
        boolean weekend = view.time().getDayOfWeek() == DayOfWeek.SATURDAY || view.time().getDayOfWeek() == DayOfWeek.SUNDAY;
        int month = view.time().getMonthValue();
        int stock = Math.max(view.stock(), 0);
        int max = model.settings().maxUnitsPerPurchase();
        double lambda = model.settings().extraUnitsMean();
        double[] pi = new double[max + 1];
        double pmf = Math.exp(-lambda);
        double cumulative = 0;
        for (int u = 1; u < max; u++) {
            pi[u] = pmf;
            cumulative += pmf;
            pmf *= lambda / u;
        }
        pi[max] = 1 - cumulative;
        double p1 = 0;
        double p2 = 0;
        double r1 = 0;
        double r2 = 0;
        for (int q = 0; q < mix.personas().size(); q++) {
            Persona persona = mix.personas().get(q);
            double w = mix.weight(view.index(), q);
            double prob = model.probability(view.index(), persona.priceSensitivity(), price,
                    Math.max(view.daysToExpiry(), 0), view.stock(), month, weekend);
            NormalDistribution logBudget = new NormalDistribution(null, persona.budget().logMean(), persona.budget().logSd());
            if (stock == 0) {
                continue;
            }
            double afford1 = 1 - logBudget.cumulativeProbability(Math.log(price));
            p1 += w * prob * afford1;
            p2 += w * prob * prob * afford1;
            double a1 = 0;
            double a2 = 0;
            for (int u = 1; u <= max; u++) {
                double first = 0;
                double second = 0;
                for (int m = 1; m <= Math.min(u, stock); m++) {
                    double atLeastM = 1 - logBudget.cumulativeProbability(Math.log(m * price));
                    first += atLeastM;
                    second += (2 * m - 1) * atLeastM;
                }
                a1 += pi[u] * first;
                a2 += pi[u] * second;
            }
            r1 += w * prob * price * a1;
            r2 += w * prob * prob * price * price * a2;
        }
        return new Cell(p1, p2 - p1 * p1, r1, r2 - r1 * r1);
    }
}
