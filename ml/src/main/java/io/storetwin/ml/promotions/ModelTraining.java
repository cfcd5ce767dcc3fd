package io.storetwin.ml.promotions;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.customers.CustomerFeatures;
import io.storetwin.ml.uplift.CampaignTable;
import io.storetwin.ml.uplift.CounterfactualEvaluation;
import io.storetwin.ml.uplift.CounterfactualTable;
import io.storetwin.ml.uplift.HoldOutEvaluation;
import io.storetwin.ml.uplift.ProfitUpliftModel;
import io.storetwin.ml.uplift.PropensityModel;
import io.storetwin.ml.uplift.UpliftModel;
import java.util.SplittableRandom;

/**
 * Trains the propensity and uplift models the way a retailer would: on past campaigns sent at
 * random. Each training run simulates the store on its own seed, sends the campaign to a
 * random half of the customers, and yields one row per customer (features from the history
 * before the campaign, whether they got it, whether they bought the promoted product while it
 * was valid). The models are evaluated on held-out customers, then refitted on all of them.
 * When a {@code twin:K} audience is asked for, the same training seeds also run without the
 * campaign and with it sent to everyone, and a forest learns each customer's true profit uplift.
 */
final class ModelTraining {

    /**
     * The fitted models, their hold-out evaluation, and the table they came from;
     * {@code profitUplift} and {@code counterfactual} are null unless a twin audience needs them.
     */
    record Trained(PropensityModel propensity, UpliftModel uplift, HoldOutEvaluation evaluation, CampaignTable table,
                   ProfitUpliftModel profitUplift, CounterfactualEvaluation counterfactual) {
    }

    private ModelTraining() {
    }

    static Trained train(PromotionSetup setup, Runnable runDone) {
        CustomerFeatures features = new CustomerFeatures(setup.scenario().store());
        CampaignTable table = null;
        for (int t = 0; t < setup.trainingRuns(); t++) {
            CampaignTable run = randomCampaign(setup, setup.trainingRun(t), features);
            table = table == null ? run : table.plus(run);
            runDone.run();
        }
        HoldOutEvaluation evaluation = HoldOutEvaluation.of(table, setup.heldOutShare(), setup.k(), setup.modelOptions());
        ProfitUpliftModel profitUplift = null;
        CounterfactualEvaluation counterfactual = null;
        if (setup.needsTwin()) {
            CounterfactualTable truths = null;
            for (int t = 0; t < setup.trainingRuns(); t++) {
                CounterfactualTable run = counterfactuals(setup, setup.trainingRun(t), features, runDone);
                truths = truths == null ? run : truths.plus(run);
            }
            counterfactual = CounterfactualEvaluation.of(truths, setup.heldOutShare(), setup.modelOptions());
            profitUplift = ProfitUpliftModel.fit(truths, setup.modelOptions());
        }
        return new Trained(PropensityModel.fit(table, setup.modelOptions()), UpliftModel.fit(table, setup.modelOptions()),
                evaluation, table, profitUplift, counterfactual);
    }

    /** Engine runs the training makes. */
    static int runs(PromotionSetup setup) {
        return setup.trainingRuns() * (setup.needsTwin() ? 3 : 1);
    }

    /** One training seed without the campaign and with it sent to everyone: each customer's true profit uplift. */
    static CounterfactualTable counterfactuals(PromotionSetup setup, Scenario scenario, CustomerFeatures features,
                                               Runnable runDone) {
        int n = scenario.populationSize();
        CampaignRun.Outcome without = CampaignRun.run(scenario, setup.campaign(), null, "baseline", true);
        runDone.run();
        CampaignRun.Outcome with = CampaignRun.run(scenario, setup.campaign(), CampaignRun.everyone(n), "broadcast", false);
        runDone.run();
        double[][] rows = features.rows(without.history(), CampaignRun.promotedIndices(scenario, setup.campaign()));
        return new CounterfactualTable(features.names(), rows,
                CampaignRun.profitUplift(with.outcomes(), without.outcomes()));
    }

    static CampaignTable randomCampaign(PromotionSetup setup, Scenario scenario, CustomerFeatures features) {
        int n = scenario.populationSize();
        boolean[] treated = new boolean[n];
        SplittableRandom random = new SplittableRandom(scenario.seed() ^ 0x7a11e7L);
        for (int c = 0; c < n; c++) {
            treated[c] = random.nextBoolean();
        }
        CampaignRun.Outcome outcome = CampaignRun.run(scenario, setup.campaign(), treated, "random half", true);
        int[] bought = new int[n];
        for (int c = 0; c < n; c++) {
            bought[c] = outcome.outcomes().bought(c) ? 1 : 0;
        }
        double[][] rows = features.rows(outcome.history(), CampaignRun.promotedIndices(scenario, setup.campaign()));
        return new CampaignTable(features.names(), rows, treated, bought);
    }
}
