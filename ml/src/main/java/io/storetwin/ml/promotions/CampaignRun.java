package io.storetwin.ml.promotions;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.customers.CustomerHistory;
import io.storetwin.simulation.campaign.Campaign;
import io.storetwin.simulation.campaign.CampaignOffer;
import io.storetwin.simulation.campaign.CampaignOutcomes;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.shoppers.Population;
import io.storetwin.simulation.time.SimClock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One headless run of a replication, with a campaign sent to some customers or with none
 * (the baseline): what each customer did in the campaign's window, and, when asked, their
 * history before it.
 */
final class CampaignRun {

    /** The outcome of a run; {@code history} is null unless it was asked for. */
    record Outcome(CampaignOutcomes outcomes, CustomerHistory history, Population population) {
    }

    private CampaignRun() {
    }

    /**
     * @param recipients  one flag per customer, or null for the no-campaign baseline
     * @param audience    the audience's label, for the log
     */
    static Outcome run(Scenario scenario, Campaign campaign, boolean[] recipients, String audience,
                       boolean withHistory) {
        StoreEngine engine = new StoreEngine(scenario);
        LocalDateTime epoch = scenario.startDate().atStartOfDay();
        LocalDateTime from = epoch.plusMinutes(campaign.validFromMinute());
        LocalDateTime until = epoch.plusMinutes((long) scenario.days() * SimClock.MINUTES_PER_DAY);
        CampaignOutcomes outcomes = new CampaignOutcomes(scenario.populationSize(), promotedIds(scenario, campaign),
                from, until);
        engine.addEventSink(outcomes);
        CustomerHistory history = null;
        if (withHistory) {
            history = new CustomerHistory(scenario.store(), scenario.populationSize(), epoch, from);
            engine.addEventSink(history);
        }
        if (recipients != null) {
            engine.startCampaign(new CampaignOffer(campaign, scenario.campaigns(), scenario.store(), recipients, audience));
        }
        engine.runToEnd();
        return new Outcome(outcomes, history, engine.population());
    }

    /** One flag per customer, all set: the offer sent to everyone. */
    static boolean[] everyone(int populationSize) {
        boolean[] all = new boolean[populationSize];
        Arrays.fill(all, true);
        return all;
    }

    /** Each customer's gross profit in the window in {@code with}, less in {@code without}. */
    static double[] profitUplift(CampaignOutcomes with, CampaignOutcomes without) {
        double[] uplift = new double[with.populationSize()];
        for (int c = 0; c < uplift.length; c++) {
            uplift[c] = with.grossProfit(c) - without.grossProfit(c);
        }
        return uplift;
    }

    static Set<String> promotedIds(Scenario scenario, Campaign campaign) {
        return scenario.store().products().stream().filter(campaign::covers).map(p -> p.id())
                .collect(Collectors.toUnmodifiableSet());
    }

    static int[] promotedIndices(Scenario scenario, Campaign campaign) {
        List<io.storetwin.catalog.Product> products = scenario.store().products();
        return java.util.stream.IntStream.range(0, products.size()).filter(i -> campaign.covers(products.get(i))).toArray();
    }
}
