package io.storetwin.simulation.experiment.optimise;

import io.storetwin.simulation.experiment.Estimate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An optimisation's files: {@value #TRACE} (every candidate in the order tried, with its
 * objective's mean) and {@value #BEST} (the best values, their 95% interval and the paired
 * difference against the defaults). Each is written under a temporary name and renamed,
 * {@value #BEST} last, so a folder with it holds a finished optimisation.
 */
public final class OptimisationFiles {

    public static final String TRACE = "trace.csv";
    public static final String BEST = "best.csv";
    private static final String PARTIAL = ".partial";

    private OptimisationFiles() {
    }

    /** Removes an earlier optimisation's files, {@value #BEST} first. */
    public static void prepare(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String name : List.of(BEST, TRACE)) {
            Files.deleteIfExists(directory.resolve(name));
            Files.deleteIfExists(directory.resolve(name + PARTIAL));
        }
    }

    public static void write(Path directory, OptimisationResult result) throws IOException {
        List<String> keys = result.spec().ranges().stream().map(ParameterRange::key).toList();
        List<String> header = new ArrayList<>(List.of("trial"));
        header.addAll(keys);
        header.add(result.spec().objective().id() + "_mean");
        try (CSVPrinter csv = printer(directory.resolve(TRACE + PARTIAL), header)) {
            for (Search.Trial t : result.trials()) {
                List<Object> row = new ArrayList<>(List.of(t.index()));
                row.addAll(t.values());
                row.add(number(t.score()));
                csv.printRecord(row);
            }
        }
        List<String> bestHeader = new ArrayList<>(keys);
        bestHeader.addAll(List.of("objective", "n", "mean", "ci95_low", "ci95_high", "defaults_mean",
                "vs_defaults_mean", "vs_defaults_ci95_low", "vs_defaults_ci95_high", "trials"));
        try (CSVPrinter csv = printer(directory.resolve(BEST + PARTIAL), bestHeader)) {
            Estimate b = result.bestValue();
            Estimate d = result.vsDefaults();
            List<Object> row = new ArrayList<>(result.best().values());
            row.addAll(List.of(result.spec().objective().id(), b.n(), number(b.mean()), number(b.low()), number(b.high()),
                    number(result.defaults().mean()), number(d.mean()), number(d.low()), number(d.high()),
                    result.trials().size()));
            csv.printRecord(row);
        }
        move(directory.resolve(TRACE + PARTIAL), directory.resolve(TRACE));
        move(directory.resolve(BEST + PARTIAL), directory.resolve(BEST));
    }

    /** Removes temporary files a stopped write left. */
    public static void discardPartial(Path directory) throws IOException {
        for (String name : List.of(BEST, TRACE)) {
            Files.deleteIfExists(directory.resolve(name + PARTIAL));
        }
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new)).get());
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6f", value) : "NaN";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
