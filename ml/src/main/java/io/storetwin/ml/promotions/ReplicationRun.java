package io.storetwin.ml.promotions;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.customers.CustomerFeatures;
import io.storetwin.ml.uplift.RankingMetrics;
import io.storetwin.simulation.campaign.AudienceRule;
import io.storetwin.simulation.campaign.CampaignOutcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import smile.math.MathEx;

/**
 * One replication: the no-campaign baseline (whose history before the campaign gives every
 * customer's features), the run with everyone sent the offer when the oracle needs the true
 * uplift (each customer's extra spend against the baseline), then one run per audience. Every
 * run has the same seed, so all face the same shoppers arriving at the same moments.
 */
final class ReplicationRun {

    /** What one audience did in this replication. */
    record AudienceOutcome(String audience, Map<PromotionMeasure, Double> measures, FairnessTable byPersona,
                           FairnessTable byAgeBand) {
    }

    /**
     * The replication's audiences in order, the propensity model's AUC on its customers, and
     * the correlation of the twin-trained profit uplift with the true one (each NaN when not
     * measured).
     */
    record Outcome(List<AudienceOutcome> audiences, double auc, double twinCorrelation) {
    }

    private ReplicationRun() {
    }

    static Outcome run(PromotionSetup setup, ModelTraining.Trained models, int r, Runnable runDone) {
        Scenario scenario = setup.replication(r);
        int n = scenario.populationSize();
        CampaignRun.Outcome baseline = CampaignRun.run(scenario, setup.campaign(), null, "baseline", true);
        runDone.run();
        double[][] rows = new CustomerFeatures(scenario.store()).rows(baseline.history(),
                CampaignRun.promotedIndices(scenario, setup.campaign()));
        double[] propensity = models.propensity().score(rows);
        double[] uplift = models.uplift().score(rows);
        double[] margin = models.uplift().marginUplift(rows, setup.offerMargin(), setup.shelfMargin());
        double[] profitUplift = models.profitUplift() == null ? null : models.profitUplift().score(rows);
        boolean wantsEveryone = setup.needsTruth()
                || setup.audiences().stream().anyMatch(a -> a.kind() == AudienceRule.Kind.BROADCAST);
        CampaignRun.Outcome all = null;
        double[] truth = null;
        double auc = Double.NaN;
        double twinCorrelation = Double.NaN;
        if (wantsEveryone) {
            all = CampaignRun.run(scenario, setup.campaign(), CampaignRun.everyone(n), "broadcast", false);
            runDone.run();
            truth = new double[n];
            int[] bought = new int[n];
            for (int c = 0; c < n; c++) {
                truth[c] = all.outcomes().revenue(c) - baseline.outcomes().revenue(c);
                bought[c] = all.outcomes().bought(c) ? 1 : 0;
            }
            auc = RankingMetrics.of(bought, propensity, setup.k()).auc();
            if (profitUplift != null) {
                twinCorrelation = MathEx.cor(profitUplift, CampaignRun.profitUplift(all.outcomes(), baseline.outcomes()));
            }
        }
        List<AudienceOutcome> outcomes = new ArrayList<>();
        for (AudienceRule rule : setup.audiences()) {
            boolean[] recipients = AudienceSelector.select(rule, n,
                    new AudienceSelector.Scores(propensity, uplift, margin, profitUplift, truth), scenario.seed() ^ 0x4a11d0L);
            CampaignOutcomes arm;
            if (rule.kind() == AudienceRule.Kind.BROADCAST) {
                arm = all.outcomes();
            } else {
                arm = CampaignRun.run(scenario, setup.campaign(), recipients, rule.label(), false).outcomes();
                runDone.run();
            }
            boolean[] redeemed = new boolean[n];
            for (int c = 0; c < n; c++) {
                redeemed[c] = arm.redeemed(c);
            }
            outcomes.add(new AudienceOutcome(rule.label(), AudienceMeasures.of(arm, baseline.outcomes(), recipients),
                    FairnessTable.byPersona(baseline.population().customers(), recipients, redeemed),
                    FairnessTable.byAgeBand(baseline.population().customers(), recipients, redeemed)));
        }
        return new Outcome(List.copyOf(outcomes), auc, twinCorrelation);
    }

    /** Engine runs one replication makes. */
    static int runsPerReplication(PromotionSetup setup) {
        boolean broadcast = setup.audiences().stream().anyMatch(a -> a.kind() == AudienceRule.Kind.BROADCAST);
        boolean everyone = broadcast || setup.needsTruth();
        return 1 + (everyone ? 1 : 0) + setup.audiences().size() - (broadcast ? 1 : 0);
    }
}
