package io.storetwin.simulation.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The result as three tables: {@code results.csv} (per arm and metric: mean, sd, 95% CI),
 * {@code paired.csv} (per arm and metric: the paired difference against the baseline) and
 * {@code daily.csv} (per arm and measured day: every metric's mean over replications).
 */
public final class ResultCsv {

    public static final String RESULTS = "results.csv";
    public static final String PAIRED = "paired.csv";
    public static final String DAILY = "daily.csv";

    private ResultCsv() {
    }

    public static void writeResults(Path file, ExperimentResult result) throws IOException {
        try (CSVPrinter csv = printer(file, "arm", "strategy", "parameters", "metric", "n", "mean", "sd", "ci95_low", "ci95_high")) {
            for (ArmResult arm : result.arms()) {
                for (Metric m : result.metrics()) {
                    Estimate e = arm.estimate(m);
                    csv.printRecord(arm.name(), arm.strategy(), parameters(arm), m.id(), e.n(), number(e.mean()),
                            number(e.sd()), number(e.low()), number(e.high()));
                }
            }
        }
    }

    public static void writePaired(Path file, ExperimentResult result) throws IOException {
        try (CSVPrinter csv = printer(file, "arm", "baseline", "metric", "n", "mean_difference", "sd_difference",
                "ci95_low", "ci95_high", "excludes_zero")) {
            for (ArmResult arm : result.arms()) {
                if (arm.isBaseline()) {
                    continue;
                }
                for (Metric m : result.metrics()) {
                    Estimate d = arm.difference(m);
                    csv.printRecord(arm.name(), arm.baseline(), m.id(), d.n(), number(d.mean()), number(d.sd()),
                            number(d.low()), number(d.high()), d.excludesZero());
                }
            }
        }
    }

    public static void writeDaily(Path file, ExperimentResult result) throws IOException {
        List<String> header = new java.util.ArrayList<>(List.of("arm", "day", "date"));
        result.metrics().forEach(m -> header.add(m.id()));
        try (CSVPrinter csv = printer(file, header.toArray(String[]::new))) {
            for (ArmResult arm : result.arms()) {
                List<LocalDate> dates = arm.daily().dates();
                for (int d = 0; d < dates.size(); d++) {
                    List<Object> row = new java.util.ArrayList<>(List.of(arm.name(), d + 1, dates.get(d).toString()));
                    for (Metric m : result.metrics()) {
                        row.add(number(arm.daily().of(m).get(d)));
                    }
                    csv.printRecord(row);
                }
            }
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }

    private static String parameters(ArmResult arm) {
        return arm.overrides().stream().map(ParameterOverride::toString).collect(Collectors.joining(" "));
    }

    /** Full precision, no exponent for ordinary figures; empty for an undefined value. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
