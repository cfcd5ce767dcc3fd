package io.storetwin.simulation.experiment;

import java.util.Locale;

/**
 * The result as a plain-text table for a terminal: one block per metric, one line per arm
 * with its mean and 95% CI and its paired difference against the baseline; a star marks a
 * difference whose interval leaves out zero.
 */
public final class ResultTable {

    private ResultTable() {
    }

    public static String format(ExperimentResult result) {
        ExperimentInfo info = result.info();
        StringBuilder out = new StringBuilder();
        long lastSeed = info.seed() + info.replications() - 1;
        out.append(String.format(Locale.ROOT, "Experiment '%s': %d arms x %d replications, %d days%s from %s, seeds %d..%d%s%n",
                info.name(), result.arms().size(), info.replications(), info.days(),
                info.warmupDays() > 0 ? " after " + info.warmupDays() + " warm-up days" : "", info.startDate(),
                info.seed(), lastSeed, info.commonRandomNumbers() ? ", common random numbers" : ", independent seeds per arm"));
        if (info.forkedAt() != null) {
            out.append(String.format(Locale.ROOT, "  forked from the live store at %s (stock, prices and deliveries of that"
                    + " moment; day 1 is the rest of that day)%n", info.forkedAt()));
        }
        if (result.facts() != null) {
            out.append(String.format(Locale.ROOT, "  %d runs on %d threads in %.1f s%n", result.arms().size() * info.replications(),
                    result.facts().threads(), result.facts().wallSeconds()));
        }
        int width = Math.max(16, result.arms().stream().mapToInt(a -> a.name().length()).max().orElse(16));
        String row = "  %-" + width + "s %14s  %-31s %14s  %-31s%n";
        for (Metric m : result.metrics()) {
            out.append(String.format(Locale.ROOT, "%n%-" + (width + 2) + "s %14s  %-31s %14s  %-31s%n", m.label(),
                    "mean", "95% CI", "vs baseline", "95% CI (paired)"));
            for (ArmResult arm : result.arms()) {
                Estimate e = arm.estimate(m);
                String difference;
                String differenceCi;
                if (arm.isBaseline()) {
                    difference = "baseline";
                    differenceCi = "";
                } else {
                    Estimate d = arm.difference(m);
                    difference = signed(m, d.mean());
                    differenceCi = interval(m, d, true) + (d.excludesZero() ? " *" : "")
                            + (arm.baseline().equals(info.baseline()) ? "" : "  vs " + arm.baseline());
                }
                out.append(String.format(Locale.ROOT, row, arm.name(), value(m, e.mean()), interval(m, e, false),
                        difference, differenceCi));
            }
        }
        out.append(String.format(Locale.ROOT, "%n* the paired 95%% interval leaves out zero%n"));
        return out.toString();
    }

    private static String interval(Metric m, Estimate e, boolean signed) {
        if (Double.isNaN(e.low())) {
            return "(needs 2+ replications)";
        }
        return signed ? "[" + signed(m, e.low()) + ", " + signed(m, e.high()) + "]"
                : "[" + value(m, e.low()) + ", " + value(m, e.high()) + "]";
    }

    /** A figure as people read it: money with cents, fractions as percentages, counts with one decimal. */
    public static String value(Metric m, double v) {
        if (m.isFraction()) {
            return String.format(Locale.ROOT, "%.2f%%", 100 * v);
        }
        if (m == Metric.UNITS || m == Metric.WASTE_UNITS || m == Metric.STOCK_OUTS) {
            return String.format(Locale.ROOT, "%,.1f", v);
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    /** A difference with its sign; for fractions in percentage points ({@code +1.25 pp}). */
    public static String difference(Metric m, double v) {
        String s = m.isFraction() ? String.format(Locale.ROOT, "%.2f pp", 100 * v) : value(m, v);
        return v > 0 || (v == 0 && !s.startsWith("-")) ? "+" + s : s;
    }

    private static String signed(Metric m, double v) {
        return difference(m, v);
    }
}
