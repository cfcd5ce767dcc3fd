package io.storetwin.simulation.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who receives a campaign, as a rule: {@code broadcast} (everyone), {@code random:K},
 * {@code top:K} (the K highest predicted purchase propensities), {@code uplift:K} (the K
 * highest predicted purchase uplifts), {@code margin:K} (the K highest predicted extra margins:
 * the uplift model's two probabilities weighed by the margin at the offer and at the shelf
 * price, so the discount to customers who would buy anyway counts against them), {@code twin:K}
 * (the K highest profit uplifts predicted by a model that learned from the twin's own
 * counterfactual runs on other seeds, a label no retailer has) or {@code oracle:K} (the K highest true uplifts, known only to the twin); {@code oracle} alone
 * is every customer whose true uplift is positive.
 *
 * @param size  K; the population size for broadcast; 0 for the plain oracle (its size is known
 *              only when the true uplifts are)
 */
public record AudienceRule(Kind kind, int size) {

    /** The rules, by the word a user writes. */
    public enum Kind {
        BROADCAST("broadcast"), RANDOM("random"), TOP("top"), UPLIFT("uplift"), MARGIN("margin"), TWIN("twin"), ORACLE("oracle");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** The name as written on the command line, e.g. {@code uplift:1000}. */
    public String label() {
        return kind == Kind.BROADCAST || size == 0 ? kind.word() : kind.word() + ":" + size;
    }

    /**
     * Parses a comma-separated list such as {@code broadcast,random:1000,uplift:1000} for a
     * population of {@code populationSize}.
     *
     * @throws IllegalArgumentException with every problem in the list, one per line
     */
    public static List<AudienceRule> parseList(String text, int populationSize) {
        List<AudienceRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String part : text.split(",")) {
            String item = part.trim().toLowerCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            try {
                AudienceRule rule = parse(item, populationSize);
                if (rules.contains(rule)) {
                    problems.add("audience '%s' is listed twice".formatted(item));
                } else {
                    rules.add(rule);
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add("no audience given; e.g. broadcast,random:1000,top:1000,uplift:1000,oracle:1000");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return List.copyOf(rules);
    }

    /** One rule such as {@code top:500}. */
    public static AudienceRule parse(String item, int populationSize) {
        String[] parts = item.split(":", -1);
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.word().equals(parts[0])) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException("unknown audience '%s'; known: broadcast, random:K, top:K, uplift:K, margin:K, twin:K, oracle:K"
                    .formatted(item));
        }
        if (kind == Kind.BROADCAST) {
            if (parts.length > 1) {
                throw new IllegalArgumentException("broadcast takes no size (got '%s')".formatted(item));
            }
            return new AudienceRule(kind, populationSize);
        }
        if (kind == Kind.ORACLE && parts.length == 1) {
            return new AudienceRule(kind, 0);
        }
        if (parts.length != 2) {
            throw new IllegalArgumentException("audience '%s' needs a size, e.g. %s:1000".formatted(item, kind.word()));
        }
        int k;
        try {
            k = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("audience '%s': size '%s' is not a whole number".formatted(item, parts[1]));
        }
        if (k < 1) {
            throw new IllegalArgumentException("audience '%s': size must be at least 1".formatted(item));
        }
        if (k > populationSize) {
            throw new IllegalArgumentException("audience '%s': K = %d is larger than the population of %d customers"
                    .formatted(item, k, populationSize));
        }
        return new AudienceRule(kind, k);
    }
}
