package io.storetwin.app.report;

import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.drift.DriftCheck;
import io.storetwin.ml.model.CalibrationBin;
import io.storetwin.ml.pricing.DriftDay;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of an {@code rf} run's {@code drift.csv}: a finished day judged by the drift monitor
 * (the model version judged, its looks, calibration error and deciles, AUC beside the Bayes AUC,
 * each feature's PSI, and the thresholds it crossed). Written by {@code storetwin run} and the
 * window, read by the report.
 *
 * @param predicted  mean predicted P(buy) in each decile of predicted P(buy), lowest first
 * @param observed   observed buying rate in the same deciles
 * @param crossed    the thresholds crossed (empty on a day without alarm)
 */
public record DriftRow(LocalDate day, int modelVersion, int looks, double calibrationError, double auc, double bayesAuc,
                       Map<String, Double> psi, List<Double> predicted, List<Double> observed, List<String> crossed) {

    public static final String FILE = "drift.csv";
    private static final int DECILES = 10;

    public DriftRow {
        psi = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(psi));
        predicted = List.copyOf(predicted);
        observed = List.copyOf(observed);
        crossed = List.copyOf(crossed);
    }

    public boolean alarm() {
        return !crossed.isEmpty();
    }

    public static DriftRow of(DriftDay day) {
        DriftCheck c = day.check();
        return new DriftRow(c.day(), day.modelVersion(), c.rows(), c.calibrationError(), c.auc(), c.bayesAuc(), c.psi(),
                c.calibration().stream().map(CalibrationBin::meanPredicted).toList(),
                c.calibration().stream().map(CalibrationBin::observedRate).toList(), c.alarms());
    }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("day", "model_version", "looks", "calibration_error", "auc", "bayes_auc", "alarm", "crossed"));
        FeatureSchema.BASE.forEach(f -> h.add("psi_" + f));
        for (int d = 1; d <= DECILES; d++) {
            h.add("predicted_d" + d);
        }
        for (int d = 1; d <= DECILES; d++) {
            h.add("observed_d" + d);
        }
        return h;
    }

    /** Writes {@code DIR/drift.csv} (whole or not at all). */
    public static void write(Path directory, List<DriftDay> days) throws IOException {
        Path partial = directory.resolve(FILE + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header().toArray(String[]::new)).get().print(out)) {
            for (DriftDay d : days) {
                DriftRow r = of(d);
                List<Object> row = new ArrayList<>(List.of(r.day(), r.modelVersion(), r.looks(), r.calibrationError(), r.auc(),
                        r.bayesAuc(), r.alarm() ? 1 : 0, String.join("; ", r.crossed())));
                FeatureSchema.BASE.forEach(f -> row.add(r.psi().getOrDefault(f, Double.NaN)));
                row.addAll(r.predicted());
                row.addAll(r.observed());
                csv.printRecord(row);
            }
        }
        Files.move(partial, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads {@code DIR/drift.csv}; an empty list when the folder has none (not an {@code rf} run). */
    public static List<DriftRow> read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<DriftRow> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            if (!csv.getHeaderNames().containsAll(header())) {
                throw new IOException(file + ": not a run's drift.csv (expected columns " + header() + ")");
            }
            for (CSVRecord r : csv) {
                Map<String, Double> psi = new LinkedHashMap<>();
                FeatureSchema.BASE.forEach(f -> psi.put(f, Double.parseDouble(r.get("psi_" + f))));
                List<Double> predicted = new ArrayList<>();
                List<Double> observed = new ArrayList<>();
                for (int d = 1; d <= DECILES; d++) {
                    predicted.add(Double.parseDouble(r.get("predicted_d" + d)));
                    observed.add(Double.parseDouble(r.get("observed_d" + d)));
                }
                String crossed = r.get("crossed");
                rows.add(new DriftRow(LocalDate.parse(r.get("day")), Integer.parseInt(r.get("model_version")),
                        Integer.parseInt(r.get("looks")), Double.parseDouble(r.get("calibration_error")),
                        Double.parseDouble(r.get("auc")), Double.parseDouble(r.get("bayes_auc")), psi, predicted, observed,
                        crossed.isEmpty() ? List.of() : List.of(crossed.split("; "))));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": bad row (" + e.getMessage() + ")", e);
        }
        return List.copyOf(rows);
    }
}
