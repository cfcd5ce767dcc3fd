package io.storetwin.ml.challenge;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.PricerOptions;
import io.storetwin.ml.registry.ModelRegistry;
import io.storetwin.ml.registry.RegistryException;
import io.storetwin.simulation.engine.StoreState;
import io.storetwin.simulation.experiment.Arm;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.ExperimentProgress;
import io.storetwin.simulation.experiment.ArmResult;
import io.storetwin.simulation.experiment.Estimate;
import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import io.storetwin.simulation.experiment.ExperimentResult;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.Metric;
import io.storetwin.simulation.pricing.Strategies;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the champion and the challenger, each pricing with its model and no retraining, on
 * {@code replications} copies of the store ({@code start}: a live store's state, or null for the
 * scenario's start) for {@code days} days, every replication on the same seed for both (the
 * experiment runner's common random numbers), and judges the paired profit difference: the
 * challenger wins only when its 95% interval lies above zero. Profit, whatever the pricing
 * maximises: on the default store revenue is bound by shoppers' budgets, so pricing barely moves
 * it (a pricer that sells everything at the floor keeps the revenue and loses most of the margin).
 */
public final class ChampionChallenger {

    static final String CHAMPION = "champion";
    static final String CHALLENGER = "challenger";

    private final Scenario scenario;
    private final StoreState start;
    private final int replications;
    private final int days;
    private final int threads;

    public ChampionChallenger(Scenario scenario, StoreState start, int replications, int days, int threads) {
        if (replications < 2) {
            throw new IllegalArgumentException("a contest needs at least 2 replications for a confidence interval, got " + replications);
        }
        this.scenario = scenario;
        this.start = start;
        this.replications = replications;
        this.days = days;
        this.threads = threads;
    }

    public Verdict contest(PricingModel champion, PricingModel challenger) {
        try {
            return contest(champion, challenger, null, null);
        } catch (ExperimentCancelledException e) {
            throw new IllegalStateException("the contest was cancelled", e);
        }
    }

    /** As {@link #contest(PricingModel, PricingModel)}, telling {@code progress} (may be null) and stoppable by {@code cancellation}. */
    public Verdict contest(PricingModel champion, PricingModel challenger, Consumer<ExperimentProgress> progress,
                           Cancellation cancellation) throws ExperimentCancelledException {
        ForestSettings frozen = ForestSettings.defaults().toBuilder().retrain(false)
                .pricer(PricerOptions.of(scenario.pricing())).build();
        Strategies strategies = Strategies.builtIn()
                .with(CHAMPION, ForestStrategy.factory(frozen, champion))
                .with(CHALLENGER, ForestStrategy.factory(frozen, challenger));
        Experiment experiment = new Experiment("champion against challenger", scenario,
                List.of(Arm.of(CHAMPION), Arm.of(CHALLENGER)), replications, days, 0, CHAMPION, true, start);
        ExperimentResult result = new ExperimentRunner(strategies, threads).run(experiment, progress, cancellation);
        ArmResult arm = result.arm(CHALLENGER);
        Estimate profit = arm.difference(Metric.PROFIT);
        return new Verdict("profit", replications, days, arm.seeds(), arm.difference(Metric.REVENUE), profit, profit.low() > 0);
    }

    /**
     * The registry's champion against {@code version}: promotes the challenger, with the verdict
     * as the reason, only when it wins.
     */
    public Verdict contest(ModelRegistry registry, int version) throws RegistryException {
        int champion = registry.champion();
        if (champion == version) {
            throw new RegistryException("version " + version + " is already the champion");
        }
        Verdict verdict = contest(registry.load(champion), registry.load(version));
        if (verdict.promote()) {
            registry.promote(version, verdict.sentence());
        }
        return verdict;
    }
}
