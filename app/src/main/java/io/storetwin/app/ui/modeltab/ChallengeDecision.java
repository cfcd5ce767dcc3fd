package io.storetwin.app.ui.modeltab;

import io.storetwin.ml.challenge.Verdict;
import io.storetwin.ml.model.PricingModel;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One champion-against-challenger contest run from the Model tab, immutable.
 *
 * @param forkedAt    the simulated time the live store was copied
 * @param candidate   what the challenger was, in words
 * @param verdict     the paired differences and the decision
 * @param champion    the model that priced the live store
 * @param challenger  the candidate (pricing the live store from the next repricing when promoted)
 */
public record ChallengeDecision(LocalDateTime forkedAt, String candidate, Verdict verdict, PricingModel champion,
                                PricingModel challenger) {

    /** The decision and its figures in one line, as the tab lists it and the log records it. */
    public String line() {
        return String.format(Locale.ROOT, "%s %s: %s", forkedAt.toString().replace('T', ' '), candidate, verdict.sentence());
    }
}
