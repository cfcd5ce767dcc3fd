package io.storetwin.ml.promotions;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.uplift.UpliftOptions;
import io.storetwin.simulation.campaign.AudienceRule;
import io.storetwin.simulation.campaign.Campaign;
import java.util.ArrayList;
import java.util.List;

/**
 * A promotion experiment: a campaign starting after {@code historyDays} of history, the
 * audiences to compare, and how many replications. Models are trained first on
 * {@code trainingRuns} runs of the same store on other seeds, each with the campaign sent to a
 * random half of the customers.
 *
 * @param scenario      the store and its base seed; its own {@code days} is ignored
 * @param campaign      the campaign, with {@code startDay == historyDays}
 * @param campaignDays  days simulated from the campaign's start (the window measured)
 * @param k             the K of the models' precision, recall and NDCG at K
 * @param heldOutShare  share of training customers held out to evaluate the models
 */
public record PromotionSetup(Scenario scenario, Campaign campaign, int historyDays, int campaignDays,
                             List<AudienceRule> audiences, int replications, int trainingRuns, double heldOutShare,
                             int k, UpliftOptions modelOptions) {

    /** Base seed offset of the training runs: far from any replication seed. */
    static final long TRAINING_SEED_OFFSET = 1_000_003;

    public PromotionSetup {
        audiences = List.copyOf(audiences);
        List<String> problems = problems(scenario, campaign, historyDays, campaignDays, audiences, replications,
                trainingRuns, heldOutShare, k);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    private static List<String> problems(Scenario scenario, Campaign campaign, int historyDays, int campaignDays,
                                         List<AudienceRule> audiences, int replications, int trainingRuns,
                                         double heldOutShare, int k) {
        List<String> problems = new ArrayList<>(campaign.problems(scenario.store(), scenario.populationSize()));
        if (historyDays < 7) {
            problems.add("history must be at least 7 days before the campaign (got %d)".formatted(historyDays));
        }
        if (campaign.startDay() != historyDays) {
            problems.add("the campaign must start when the history ends (day %d, got %d)".formatted(historyDays,
                    campaign.startDay()));
        }
        if (campaignDays < 1) {
            problems.add("the campaign needs at least 1 day (got %d)".formatted(campaignDays));
        }
        if (audiences.isEmpty()) {
            problems.add("no audience to compare");
        }
        for (AudienceRule rule : audiences) {
            if (rule.size() > scenario.populationSize()) {
                problems.add("audience %s: K = %d is larger than the population of %d customers".formatted(rule.label(),
                        rule.size(), scenario.populationSize()));
            }
        }
        if (replications < 2) {
            problems.add("at least 2 replications are needed for a confidence interval (got %d)".formatted(replications));
        }
        if (trainingRuns < 1) {
            problems.add("at least 1 training run is needed (got %d)".formatted(trainingRuns));
        }
        if (!(heldOutShare > 0 && heldOutShare < 1)) {
            problems.add("held-out share must be between 0 and 1 (got %s)".formatted(heldOutShare));
        }
        if (k < 1 || k > scenario.populationSize()) {
            problems.add("K must be 1..%d (got %d)".formatted(scenario.populationSize(), k));
        }
        return problems;
    }

    /** The scenario of replication {@code r}: seed + r, history and campaign days. */
    Scenario replication(int r) {
        return scenario.withSeed(scenario.seed() + r).withDays(historyDays + campaignDays);
    }

    /** The scenario of training run {@code t}, on a seed no replication uses. */
    Scenario trainingRun(int t) {
        return scenario.withSeed(scenario.seed() + TRAINING_SEED_OFFSET + t).withDays(historyDays + campaignDays);
    }

    /** Mean margin per unit at the offer price over the promoted products (at list price). */
    double offerMargin() {
        return scenario.store().products().stream().filter(campaign::covers)
                .mapToDouble(p -> campaign.offerPrice(p.listPrice()) - p.unitCost()).average().orElse(0);
    }

    /** Mean margin per unit at list price over the promoted products. */
    double shelfMargin() {
        return scenario.store().products().stream().filter(campaign::covers)
                .mapToDouble(p -> p.listPrice() - p.unitCost()).average().orElse(0);
    }

    /** Whether any audience ranks by the model trained on the twin's counterfactuals. */
    boolean needsTwin() {
        return audiences.stream().anyMatch(a -> a.kind() == AudienceRule.Kind.TWIN);
    }

    /** Whether any audience needs the twin's true uplift (an oracle audience). */
    boolean needsTruth() {
        return audiences.stream().anyMatch(a -> a.kind() == AudienceRule.Kind.ORACLE);
    }
}
