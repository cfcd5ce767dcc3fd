package io.storetwin.ml.promotions;

import io.storetwin.ml.uplift.Ranking;
import io.storetwin.simulation.campaign.AudienceRule;
import java.util.SplittableRandom;

/**
 * Picks the recipients of a campaign by an {@link AudienceRule}, one flag per customer id.
 * The scores are per customer id; the random audience is drawn from its own seed, so every
 * replication draws the same way whatever else runs.
 */
public final class AudienceSelector {

    private AudienceSelector() {
    }

    /**
     * @param propensity   predicted P(buy | offer) per customer (for {@code top:K})
     * @param uplift       predicted uplift per customer (for {@code uplift:K})
     * @param trueUplift   the twin's true uplift per customer (for {@code oracle:K}); may be
     *                     null when no oracle audience is asked for
     * @param randomSeed   seed of the random audience
     */
    public static boolean[] select(AudienceRule rule, int population, double[] propensity, double[] uplift,
                                   double[] trueUplift, long randomSeed) {
        return select(rule, population, new Scores(propensity, uplift, null, null, trueUplift), randomSeed);
    }

    /**
     * Every score an audience may rank by, one per customer id; any may be null when no
     * audience needs it.
     *
     * @param margin        predicted extra margin (for {@code margin:K})
     * @param profitUplift  profit uplift predicted by the model trained on the twin's
     *                      counterfactuals (for {@code twin:K})
     */
    public record Scores(double[] propensity, double[] uplift, double[] margin, double[] profitUplift,
                         double[] trueUplift) {
    }

    public static boolean[] select(AudienceRule rule, int population, Scores scores, long randomSeed) {
        if (rule.size() > population) {
            throw new IllegalArgumentException("audience %s: K = %d is larger than the population of %d"
                    .formatted(rule.label(), rule.size(), population));
        }
        return switch (rule.kind()) {
            case BROADCAST -> everyone(population);
            case RANDOM -> random(population, rule.size(), randomSeed);
            case TOP -> flags(population, Ranking.top(checked(scores.propensity(), population, rule), rule.size()));
            case UPLIFT -> flags(population, Ranking.top(checked(scores.uplift(), population, rule), rule.size()));
            case MARGIN -> flags(population, Ranking.top(checked(scores.margin(), population, rule), rule.size()));
            case TWIN -> flags(population, Ranking.top(checked(scores.profitUplift(), population, rule), rule.size()));
            case ORACLE -> rule.size() == 0 ? positive(checked(scores.trueUplift(), population, rule))
                    : flags(population, Ranking.top(checked(scores.trueUplift(), population, rule), rule.size()));
        };
    }

    private static double[] checked(double[] scores, int population, AudienceRule rule) {
        if (scores == null || scores.length != population) {
            throw new IllegalArgumentException("audience %s needs one score per customer".formatted(rule.label()));
        }
        return scores;
    }

    private static boolean[] positive(double[] truth) {
        boolean[] flags = new boolean[truth.length];
        for (int c = 0; c < truth.length; c++) {
            flags[c] = truth[c] > 0;
        }
        return flags;
    }

    private static boolean[] everyone(int population) {
        boolean[] all = new boolean[population];
        java.util.Arrays.fill(all, true);
        return all;
    }

    /** K distinct customers, uniformly (a partial Fisher-Yates shuffle). */
    private static boolean[] random(int population, int k, long seed) {
        int[] ids = new int[population];
        for (int i = 0; i < population; i++) {
            ids[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(population - i);
            int t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
        return flags(population, java.util.Arrays.copyOf(ids, k));
    }

    private static boolean[] flags(int population, int[] chosen) {
        boolean[] flags = new boolean[population];
        for (int id : chosen) {
            flags[id] = true;
        }
        return flags;
    }
}
