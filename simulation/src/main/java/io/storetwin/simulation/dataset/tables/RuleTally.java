package io.storetwin.simulation.dataset.tables;

import java.util.ArrayList;
import java.util.List;

/** Counts checks and violations of one rule while the tables are read; keeps the first examples. */
final class RuleTally {

    static final int EXAMPLES = 5;

    private final Rule rule;
    private long checked;
    private long violations;
    private final List<String> examples = new ArrayList<>();

    RuleTally(Rule rule) {
        this.rule = rule;
    }

    /** Records one check; returns {@code ok}. {@code where} is only turned into text when the check fails. */
    boolean check(boolean ok, Object where, String what) {
        checked++;
        if (!ok) {
            violations++;
            if (examples.size() < EXAMPLES) {
                examples.add(where + ": " + what);
            }
        }
        return ok;
    }

    /** Records one check whose message is only built when it fails. */
    boolean check(boolean ok, Object where, java.util.function.Supplier<String> what) {
        if (ok) {
            checked++;
            return true;
        }
        return check(false, where, what.get());
    }

    RuleResult result() {
        return new RuleResult(rule.id(), rule.title(), violations == 0, checked, violations, List.copyOf(examples));
    }
}
