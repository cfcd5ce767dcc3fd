package io.storetwin.ml.promotions;

import io.storetwin.ml.uplift.HoldOutEvaluation;
import io.storetwin.simulation.campaign.AudienceRule;
import io.storetwin.simulation.experiment.Estimate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs a promotion experiment: trains the models on random campaigns, then runs every
 * replication (in parallel, each on its own seed, with the same results on any number of
 * threads) and summarises each audience's measures with 95% confidence intervals and paired
 * differences against the reference audience (broadcast when it ran, else the first).
 */
public final class PromotionExperiment {

    private PromotionExperiment() {
    }

    /** Engine runs the experiment makes, for a progress bar. */
    public static int totalRuns(PromotionSetup setup) {
        return ModelTraining.runs(setup) + setup.replications() * ReplicationRun.runsPerReplication(setup);
    }

    /**
     * @param threads  replications run at once
     * @param runDone  called after every engine run with the number done so far (from any thread)
     */
    public static PromotionResult run(PromotionSetup setup, int threads, IntConsumer runDone)
            throws InterruptedException {
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Runnable tick = () -> runDone.accept(done.incrementAndGet());
        ModelTraining.Trained models = ModelTraining.train(setup, tick);
        List<ReplicationRun.Outcome> replications = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, setup.replications())));
        try {
            List<Future<ReplicationRun.Outcome>> futures = new ArrayList<>();
            for (int r = 0; r < setup.replications(); r++) {
                int replication = r;
                futures.add(pool.submit(() -> ReplicationRun.run(setup, models, replication, tick)));
            }
            for (Future<ReplicationRun.Outcome> future : futures) {
                replications.add(future.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return summarise(setup, models, replications);
    }

    static PromotionResult summarise(PromotionSetup setup, ModelTraining.Trained trained,
                                     List<ReplicationRun.Outcome> replications) {
        HoldOutEvaluation evaluation = trained.evaluation();
        List<String> labels = setup.audiences().stream().map(AudienceRule::label).toList();
        String reference = labels.contains("broadcast") ? "broadcast" : labels.getFirst();
        int referenceIndex = labels.indexOf(reference);
        List<PromotionResult.AudienceResult> audiences = new ArrayList<>();
        for (int a = 0; a < labels.size(); a++) {
            Map<PromotionMeasure, double[]> values = values(replications, a);
            Map<PromotionMeasure, double[]> referenceValues = values(replications, referenceIndex);
            Map<PromotionMeasure, Estimate> measures = new EnumMap<>(PromotionMeasure.class);
            Map<PromotionMeasure, Estimate> paired = new EnumMap<>(PromotionMeasure.class);
            for (PromotionMeasure m : PromotionMeasure.values()) {
                measures.put(m, Estimate.of(values.get(m)));
                if (a != referenceIndex) {
                    paired.put(m, Estimate.ofDifferences(values.get(m), referenceValues.get(m)));
                }
            }
            FairnessTable byPersona = null;
            FairnessTable byAge = null;
            for (ReplicationRun.Outcome r : replications) {
                ReplicationRun.AudienceOutcome o = r.audiences().get(a);
                byPersona = byPersona == null ? o.byPersona() : byPersona.plus(o.byPersona());
                byAge = byAge == null ? o.byAgeBand() : byAge.plus(o.byAgeBand());
            }
            audiences.add(new PromotionResult.AudienceResult(labels.get(a), measures, paired, values, byPersona, byAge));
        }
        double[] aucs = replications.stream().mapToDouble(ReplicationRun.Outcome::auc).filter(v -> !Double.isNaN(v)).toArray();
        double[] twinCorrelations = replications.stream().mapToDouble(ReplicationRun.Outcome::twinCorrelation)
                .filter(v -> !Double.isNaN(v)).toArray();
        var ranking = evaluation.propensity();
        PromotionResult.ModelReport models = new PromotionResult.ModelReport(evaluation.trainCustomers(),
                evaluation.heldOutCustomers(), ranking.n(), ranking.positives(), ranking.auc(), ranking.k(),
                ranking.precisionAtK(), ranking.recallAtK(), ranking.ndcgAtK(), evaluation.upliftQini().area(),
                evaluation.propensityQini().area(), evaluation.upliftQini().sampled(20),
                aucs.length == 0 ? null : Estimate.of(aucs), trained.counterfactual(),
                twinCorrelations.length < 2 ? null : Estimate.of(twinCorrelations));
        var campaign = setup.campaign();
        var effects = setup.scenario().campaigns();
        PromotionResult.Facts facts = new PromotionResult.Facts(setup.scenario().name(), setup.scenario().seed(),
                setup.scenario().populationSize(), campaign.target(), campaign.discountPct(), setup.historyDays(),
                setup.campaignDays(), setup.replications(), setup.trainingRuns(), campaign.messageCost(),
                effects.extraVisitProbability(), effects.lookProbability());
        return new PromotionResult(facts, models, reference, List.copyOf(audiences));
    }

    private static Map<PromotionMeasure, double[]> values(List<ReplicationRun.Outcome> replications, int audience) {
        Map<PromotionMeasure, double[]> values = new EnumMap<>(PromotionMeasure.class);
        for (PromotionMeasure m : PromotionMeasure.values()) {
            values.put(m, replications.stream().mapToDouble(r -> r.audiences().get(audience).measures().get(m)).toArray());
        }
        return values;
    }
}
