package io.storetwin.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects problems for one document; small helpers keep each rule to one line. */
final class Checks {

    private final YamlDocument document;
    private final List<Problem> problems = new ArrayList<>();

    Checks(YamlDocument document) {
        this.document = document;
    }

    void fail(String path, String message) {
        problems.add(document.problem(path, message));
    }

    void positive(String path, double value) {
        if (!(value > 0)) {
            fail(path, "must be greater than 0 (got " + format(value) + ")");
        }
    }

    void atLeast(String path, double value, double min) {
        if (!(value >= min)) {
            fail(path, "must be at least " + format(min) + " (got " + format(value) + ")");
        }
    }

    void between(String path, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            fail(path, "must be between " + format(min) + " and " + format(max) + " (got " + format(value) + ")");
        }
    }

    void probability(String path, double value) {
        if (!(value >= 0 && value <= 1)) {
            fail(path, "must be a probability between 0 and 1 (got " + format(value) + ")");
        }
    }

    List<Problem> problems() {
        return problems;
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("0$", "").replaceAll("\\.$", "");
    }
}
