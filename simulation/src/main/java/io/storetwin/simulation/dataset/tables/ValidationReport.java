package io.storetwin.simulation.dataset.tables;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The result of validating a folder of tables: one {@link RuleResult} per {@link Rule}. */
public record ValidationReport(String directory, boolean passed, Map<String, Long> rows, List<RuleResult> rules) {

    /** The report's file names; {@code validation.json} marks a complete export. */
    public static final String JSON = "validation.json";
    public static final String TEXT = "validation.txt";

    public RuleResult rule(Rule rule) {
        return rules.stream().filter(r -> r.rule().equals(rule.id())).findFirst().orElseThrow();
    }

    /** Readable text: a line per rule with PASS or FAIL and counts, then the first violations. */
    public String text() {
        StringBuilder out = new StringBuilder();
        long failed = rules.stream().filter(r -> !r.passed()).count();
        long missing = rows.values().stream().filter(count -> count < 0).count();
        if (missing > 0) {
            // A rule that found nothing to check in a missing table has not passed: say so rather than count it.
            out.append(String.format(Locale.ROOT, "Validation of %s: FAILED (%d of %d tables missing or unreadable;"
                    + " the rules were checked on the rest only)%n", directory, missing, rows.size()));
        } else {
            out.append(String.format(Locale.ROOT, "Validation of %s: %s (%d of %d rules passed)%n", directory,
                    passed ? "PASSED" : "FAILED", rules.size() - failed, rules.size()));
        }
        rows.forEach((file, count) -> out.append(count < 0
                ? String.format(Locale.ROOT, "  %-22s %12s%n", file, "missing or unreadable")
                : String.format(Locale.ROOT, "  %-22s %,12d rows%n", file, count)));
        out.append(System.lineSeparator());
        for (RuleResult r : rules) {
            out.append(String.format(Locale.ROOT, "  %-4s %-26s %,14d checked %,10d violations  %s%n",
                    r.passed() ? "PASS" : "FAIL", r.rule(), r.checked(), r.violations(), r.title()));
            for (String example : r.examples()) {
                out.append("         ").append(example).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** Writes {@code validation.json} and {@code validation.txt} into {@code directory}. */
    public void write(Path directory) throws IOException {
        writeJson(directory.resolve(JSON));
        Files.writeString(directory.resolve(TEXT), text());
    }

    public void writeJson(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
    }
}
