package io.storetwin.ml.promotions;

import io.storetwin.ml.uplift.CounterfactualEvaluation;
import io.storetwin.ml.uplift.QiniCurve;
import io.storetwin.simulation.experiment.Estimate;
import java.util.List;
import java.util.Map;

/**
 * Everything a promotion experiment found: what was run, how the models did on held-out
 * customers, and per audience each measure as a mean with its 95% confidence interval over
 * the replications, the paired difference against the reference audience, the raw values and
 * who was reached.
 *
 * @param reference  the audience the others are compared with (broadcast when it ran)
 */
public record PromotionResult(Facts facts, ModelReport models, String reference, List<AudienceResult> audiences) {

    /** What was run. */
    public record Facts(String scenario, long seed, int population, String target, double discountPct,
                        int historyDays, int campaignDays, int replications, int trainingRuns, double messageCost,
                        double extraVisitProbability, double lookProbability) {
    }

    /**
     * The models on held-out training customers, and the propensity model's AUC on each
     * replication's customers against who bought when everyone got the offer.
     *
     * @param qini                        the uplift model's held-out Qini curve, at 20 points
     * @param twinHeldOut                 the model trained on the twin's counterfactuals, on
     *                                    held-out training customers; null without a twin audience
     * @param replicationTwinCorrelation  that model's correlation with each replication's true
     *                                    profit uplifts; null when not measured
     */
    public record ModelReport(int trainCustomers, int heldOutCustomers, int heldOutTreated, int heldOutBuyers,
                              double auc, int k, double precisionAtK, double recallAtK, double ndcgAtK,
                              double upliftQiniArea, double propensityQiniArea, List<QiniCurve.Point> qini,
                              Estimate replicationAuc, CounterfactualEvaluation twinHeldOut,
                              Estimate replicationTwinCorrelation) {
    }

    /** One audience over every replication. */
    public record AudienceResult(String audience, Map<PromotionMeasure, Estimate> measures,
                                 Map<PromotionMeasure, Estimate> versusReference, Map<PromotionMeasure, double[]> values,
                                 FairnessTable byPersona, FairnessTable byAgeBand) {
    }

    /** The result of an audience by its label. */
    public AudienceResult audience(String label) {
        return audiences.stream().filter(a -> a.audience().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no audience " + label));
    }
}
