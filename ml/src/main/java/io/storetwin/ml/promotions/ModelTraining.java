package io.storetwin.ml.promotions;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.customers.CustomerFeatures;
import io.storetwin.ml.uplift.CampaignTable;
import io.storetwin.ml.uplift.HoldOutEvaluation;
import io.storetwin.ml.uplift.PropensityModel;
import io.storetwin.ml.uplift.UpliftModel;
import java.util.SplittableRandom;

/**
 * Trains the propensity and uplift models the way a retailer would: on past campaigns sent at
 * random. Each training run simulates the store on its own seed, sends the campaign to a
 * random half of the customers, and yields one row per customer (features from the history
 * before the campaign, whether they got it, whether they bought the promoted product while it
 * was valid). The models are evaluated on held-out customers, then refitted on all of them.
 */
final class ModelTraining {

    /** The fitted models, their hold-out evaluation, and the table they came from. */
    record Trained(PropensityModel propensity, UpliftModel uplift, HoldOutEvaluation evaluation, CampaignTable table) {
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
        return new Trained(PropensityModel.fit(table, setup.modelOptions()), UpliftModel.fit(table, setup.modelOptions()),
                evaluation, table);
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
