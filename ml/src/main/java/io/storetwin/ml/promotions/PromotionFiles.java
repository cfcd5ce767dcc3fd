package io.storetwin.ml.promotions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.storetwin.ml.uplift.QiniCurve;
import io.storetwin.simulation.experiment.Estimate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A promotion experiment's files, like an experiment's: {@code results.csv} (per audience and
 * measure: mean, sd, 95% CI), {@code paired.csv} (against the reference audience),
 * {@code replications.csv} (every raw value), {@code fairness.csv}, {@code qini.csv} (the
 * uplift model's held-out curve) and {@code promotion.json} (all of it). Each is written
 * under a temporary name and renamed when complete.
 */
public final class PromotionFiles {

    public static final List<String> FILES = List.of("results.csv", "paired.csv", "replications.csv", "fairness.csv",
            "qini.csv", "promotion.json");

    private PromotionFiles() {
    }

    public static void write(Path directory, PromotionResult result) throws IOException {
        Files.createDirectories(directory);
        for (String name : FILES) {
            Files.deleteIfExists(directory.resolve(name));
        }
        write(directory, "results.csv", csv -> {
            csv.printRecord("audience", "measure", "n", "mean", "sd", "ci95_low", "ci95_high");
            for (PromotionResult.AudienceResult a : result.audiences()) {
                for (var entry : a.measures().entrySet()) {
                    Estimate e = entry.getValue();
                    csv.printRecord(a.audience(), entry.getKey().label(), e.n(), number(e.mean()), number(e.sd()),
                            number(e.low()), number(e.high()));
                }
            }
        });
        write(directory, "paired.csv", csv -> {
            csv.printRecord("audience", "reference", "measure", "n", "mean_difference", "ci95_low", "ci95_high",
                    "excludes_zero");
            for (PromotionResult.AudienceResult a : result.audiences()) {
                for (var entry : a.versusReference().entrySet()) {
                    Estimate d = entry.getValue();
                    csv.printRecord(a.audience(), result.reference(), entry.getKey().label(), d.n(), number(d.mean()),
                            number(d.low()), number(d.high()), d.excludesZero());
                }
            }
        });
        write(directory, "replications.csv", csv -> {
            csv.printRecord("audience", "replication", "measure", "value");
            for (PromotionResult.AudienceResult a : result.audiences()) {
                for (var entry : a.values().entrySet()) {
                    double[] v = entry.getValue();
                    for (int r = 0; r < v.length; r++) {
                        csv.printRecord(a.audience(), r, entry.getKey().label(), number(v[r]));
                    }
                }
            }
        });
        write(directory, "fairness.csv", csv -> {
            csv.printRecord("audience", "by", "group", "customers", "recipients", "redeemers", "targeting_rate",
                    "response_rate");
            for (PromotionResult.AudienceResult a : result.audiences()) {
                for (FairnessTable table : List.of(a.byPersona(), a.byAgeBand())) {
                    for (FairnessTable.Row row : table.rows()) {
                        csv.printRecord(a.audience(), table.by(), row.group(), row.customers(), row.recipients(),
                                row.redeemers(), number(row.targetingRate()), number(row.responseRate()));
                    }
                }
            }
        });
        write(directory, "qini.csv", csv -> {
            csv.printRecord("fraction_targeted", "incremental_buyers");
            for (QiniCurve.Point p : result.models().qini()) {
                csv.printRecord(number(p.fraction()), number(p.incrementalBuyers()));
            }
        });
        Path json = directory.resolve("promotion.json.partial");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
        Files.move(json, directory.resolve("promotion.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void write(Path directory, String name, Rows rows) throws IOException {
        Path partial = directory.resolve(name + ".partial");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            rows.print(csv);
        }
        Files.move(partial, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
