package io.storetwin.ml.promotions;

import io.storetwin.simulation.experiment.Estimate;
import java.util.List;
import java.util.Locale;

/** A promotion result as text for a terminal: models, then per measure every audience with its CI. */
public final class PromotionTable {

    private static final List<PromotionMeasure> SHOWN = List.of(PromotionMeasure.values());

    private PromotionTable() {
    }

    public static String format(PromotionResult result) {
        StringBuilder out = new StringBuilder();
        PromotionResult.Facts f = result.facts();
        out.append(String.format(Locale.ROOT, "Campaign %s at %s%% off, %d days after %d days of history; %s, %,d customers, "
                        + "%d replications from seed %d%n", f.target(), plain(f.discountPct()), f.campaignDays(), f.historyDays(),
                f.scenario(), f.population(), f.replications(), f.seed()));
        out.append(String.format(Locale.ROOT, "  message cost %.2f, extra-trip probability %s, deliberate-look probability %s per visit%n%n",
                f.messageCost(), plain(f.extraVisitProbability()), plain(f.lookProbability())));
        PromotionResult.ModelReport m = result.models();
        out.append(String.format(Locale.ROOT, "Models, trained on %d random campaign(s) (%,d customers), scored on %,d held-out "
                + "customers%n", f.trainingRuns(), m.trainCustomers(), m.heldOutCustomers()));
        out.append(String.format(Locale.ROOT, "  propensity: ROC AUC %.3f, precision@%d %.3f, recall@%d %.3f, NDCG@%d %.3f "
                        + "(%d of %d treated held-out customers bought)%n", m.auc(), m.k(), m.precisionAtK(), m.k(),
                m.recallAtK(), m.k(), m.ndcgAtK(), m.heldOutBuyers(), m.heldOutTreated()));
        out.append(String.format(Locale.ROOT, "  uplift: Qini area %.2f incremental buyers (propensity ranking: %.2f)%n",
                m.upliftQiniArea(), m.propensityQiniArea()));
        if (m.replicationAuc() != null) {
            Estimate auc = m.replicationAuc();
            out.append(String.format(Locale.ROOT, "  propensity AUC on each replication's customers (everyone offered): "
                    + "%.3f [%.3f, %.3f]%n", auc.mean(), auc.low(), auc.high()));
        }
        if (m.twinHeldOut() != null) {
            var twin = m.twinHeldOut();
            out.append(String.format(Locale.ROOT, "  twin (profit uplift learned from the twin's counterfactuals on the same "
                            + "%d seed(s)): correlation %.3f with the true profit uplift of %,d held-out customers; their top "
                            + "fifth added %.2f each, all %.2f%n", f.trainingRuns(), twin.correlation(), twin.heldOutCustomers(),
                    twin.topFifthMeanUplift(), twin.meanUplift()));
        }
        if (m.replicationTwinCorrelation() != null) {
            Estimate c = m.replicationTwinCorrelation();
            out.append(String.format(Locale.ROOT, "  twin model's correlation with each replication's true profit uplift: "
                    + "%.3f [%.3f, %.3f]%n", c.mean(), c.low(), c.high()));
        }
        out.append('\n');
        for (PromotionMeasure measure : SHOWN) {
            out.append(String.format(Locale.ROOT, "%-28s %14s  %-28s %16s  %s%n", measure.label(), "mean", "95% CI",
                    "vs " + result.reference(), "95% CI (paired)"));
            for (PromotionResult.AudienceResult a : result.audiences()) {
                Estimate e = a.measures().get(measure);
                Estimate d = a.versusReference().get(measure);
                String paired = d == null ? String.format("%16s", "reference")
                        : String.format(Locale.ROOT, "%16s  [%s, %s]%s", signed(d.mean()), signed(d.low()), signed(d.high()),
                                d.excludesZero() ? " *" : "");
                out.append(String.format(Locale.ROOT, "  %-26s %14s  %-28s %s%n", a.audience(), number(e.mean()),
                        "[" + number(e.low()) + ", " + number(e.high()) + "]", paired));
            }
            out.append('\n');
        }
        out.append("* the paired 95% CI leaves out zero\n");
        return out.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + number(v);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
