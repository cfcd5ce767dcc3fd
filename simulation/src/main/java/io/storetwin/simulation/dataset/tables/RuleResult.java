package io.storetwin.simulation.dataset.tables;

import java.util.List;

/**
 * The outcome of one rule: how many things it checked, how many broke it, and the first few
 * violations in words (file, row, what is wrong).
 */
public record RuleResult(String rule, String title, boolean passed, long checked, long violations, List<String> examples) {
}
