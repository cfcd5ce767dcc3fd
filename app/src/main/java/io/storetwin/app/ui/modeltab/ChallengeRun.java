package io.storetwin.app.ui.modeltab;

import io.storetwin.app.ui.engine.LiveFork;
import io.storetwin.ml.challenge.ChampionChallenger;
import io.storetwin.ml.challenge.Verdict;
import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.simulation.experiment.Cancellation;
import io.storetwin.simulation.experiment.ExperimentCancelledException;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contest the Model tab runs, off the JavaFX thread: the live store copied at one instant, a
 * challenger retrained now on every look the forest kept, both priced on copies of that store with
 * common random numbers (see {@link ChampionChallenger}); a winner is handed to the forest, which
 * prices with it from its next repricing. The decision and its figures go to the application log.
 */
final class ChallengeRun {

    private static final Logger LOG = LoggerFactory.getLogger(ChallengeRun.class);

    /** What the run is doing, for the tab's progress line. */
    interface Progress {
        void update(String stage, double fraction);
    }

    private ChallengeRun() {
    }

    static ChallengeDecision run(LiveFork fork, ForestStrategy forest, int replications, int days, int threads,
                                 Progress progress, Cancellation cancellation) throws ExperimentCancelledException {
        PricingModel champion = fork.model();
        forest = fork.forest() != null ? fork.forest() : forest;
        if (champion == null || forest == null) {
            throw new IllegalStateException("no forest model is pricing the store: choose rf and wait for its first model");
        }
        Dataset looks = forest.looks();
        progress.update(String.format(Locale.ROOT, "retraining a challenger on %,d looks", looks.size()), 0);
        PricingModel challenger = PricingModel.fit(looks, champion.schema(),
                forest.settings().forest().withSeed(forest.settings().forest().seed() + 1_000_003L), threads);
        if (cancellation.isCancelled()) {
            throw new ExperimentCancelledException(0, 2 * replications);
        }
        String candidate = String.format(Locale.ROOT, "forest retrained on %,d looks (%d trees) against the forest pricing",
                looks.size(), challenger.trees());
        Consumer<io.storetwin.simulation.experiment.ExperimentProgress> told = p -> progress.update(String.format(Locale.ROOT,
                "pricing copies of the store: %d of %d runs", p.runsDone(), p.runs()), p.fraction());
        Verdict verdict = new ChampionChallenger(fork.scenario(), fork.state(), replications, days, threads)
                .contest(champion, challenger, told, cancellation);
        ChallengeDecision decision = new ChallengeDecision(fork.state().time(), candidate, verdict, champion, challenger);
        if (verdict.promote()) {
            forest.promote(challenger, looks);
        }
        LOG.info("champion/challenger: {}", decision.line());
        progress.update(verdict.promote() ? "promoted: the challenger prices from the next repricing" : "kept the champion", 1);
        return decision;
    }
}
