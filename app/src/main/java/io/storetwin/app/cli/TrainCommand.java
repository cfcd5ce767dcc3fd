package io.storetwin.app.cli;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.ml.pricing.ForestPricer;
import io.storetwin.ml.pricing.PricerOptions;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.pricing.ProductView;
import java.util.Arrays;
import java.util.List;

import io.storetwin.ml.data.Dataset;
import io.storetwin.ml.data.DatasetBuilder;
import io.storetwin.ml.data.DatasetException;
import io.storetwin.ml.data.EventLogReader;
import io.storetwin.ml.data.FeatureSchema;
import io.storetwin.ml.model.BinaryMetrics;
import io.storetwin.ml.model.CalibrationBin;
import io.storetwin.ml.model.Evaluation;
import io.storetwin.ml.model.FeatureImportance;
import io.storetwin.ml.model.ForestOptions;
import io.storetwin.ml.model.ModelFile;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.model.Trainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storetwin train}: fits the Random Forest to an event log, measures it honestly, saves it. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the Random Forest pricer on the interactions of an events.csv and saves the model.",
        footer = {"%nThe last --test-days simulated days are held out: the forest is fitted on the",
                "earlier days and measured on the later ones, beside the Bayes yardstick (the",
                "demand model's true P(buy) on the same looks). The saved model is then refitted",
                "on every day unless --no-refit."})
final class TrainCommand extends CliCommand {

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "events.csv or events.csv.gz from `storetwin run`")
    Path events;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "model file to write")
    Path out;

    @Option(names = "--test-days", paramLabel = "N", description = "simulated days held out for testing (default: a fifth of the days, at least 1)")
    Integer testDays;

    @Option(names = "--trees", paramLabel = "N", defaultValue = "100", description = "trees (default: ${DEFAULT-VALUE})")
    int trees;

    @Option(names = "--max-depth", paramLabel = "N", defaultValue = "10", description = "tree depth limit (default: ${DEFAULT-VALUE})")
    int maxDepth;

    @Option(names = "--node-size", paramLabel = "N", defaultValue = "50", description = "fewest rows in a leaf (default: ${DEFAULT-VALUE})")
    int nodeSize;

    @Option(names = "--mtry", paramLabel = "N", defaultValue = "0", description = "features tried per split; 0 = square root (default)")
    int mtry;

    @Option(names = "--subsample", paramLabel = "F", defaultValue = "0.25",
            description = "share of rows drawn for each tree; 1 = bootstrap (default: ${DEFAULT-VALUE})")
    double subsample;

    @Option(names = "--threads", paramLabel = "N", description = "threads growing trees (default: one per core); the forest is the same on any number")
    Integer threads;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "forest seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--no-balance", description = "do not down-sample the majority class")
    boolean noBalance;

    @Option(names = "--no-refit", description = "save the model fitted on the training days only")
    boolean noRefit;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "2000000", description = "keep at most the N most recent looks (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Option(names = "--time-repricing", description = "also time one repricing of the default store with the model (builds a store: about a second)")
    boolean timeRepricing;

    @Override
    protected int execute() throws IOException {
        PrintWriter console = out();
        PrintWriter err = err();
        ForestOptions options;
        try {
            options = new ForestOptions(trees, maxDepth, nodeSize, mtry, subsample, !noBalance, seed);
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            if (maxRows < 100) {
                throw new IllegalArgumentException("--max-rows must be at least 100");
            }
        } catch (IllegalArgumentException e) {
            err.println("bad option: " + e.getMessage());
            err.flush();
            return 2;
        }
        holdOutputFile(out);
        long started = System.nanoTime();
        Dataset data;
        try {
            data = EventLogReader.read(events, new DatasetBuilder(maxRows)).build();
        } catch (DatasetException e) {
            err.println(events + " is not a usable event log: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems"));
            e.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return 1;
        }
        console.printf(Locale.ROOT, "read %,d looks at stocked shelves from %s (%,d at empty shelves left out) in %.1f s%n",
                data.size(), events, data.droppedEmptyShelf(), (System.nanoTime() - started) / 1e9);
        console.flush();
        int days = data.dates().size();
        int held = testDays != null ? testDays : Math.max(1, days / 5);
        FeatureSchema schema = FeatureSchema.of(data.products());
        PricingModel model;
        int fitThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try {
            started = System.nanoTime();
            model = Trainer.trainAndEvaluate(data, schema, options, held, !noRefit, fitThreads);
        } catch (IllegalArgumentException e) {
            err.println("cannot train on " + events + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Evaluation measured = model.evaluation();
        console.printf(Locale.ROOT, "fit: %,d rows x %d features, %d trees of depth <= %d, subsample %.2f, %d thread%s: %.2f s%n",
                measured.trainRows(), schema.width(), options.trees(), options.maxDepth(), options.subsample(), fitThreads,
                fitThreads == 1 ? "" : "s", measured.trainSeconds());
        print(console, measured, schema);
        ModelFile.save(model, out);
        console.printf(Locale.ROOT, "%n%d trees x %d features; trained and measured in %.1f s; wrote %s (fitted on %s, %,d looks)%n",
                options.trees(), schema.width(), seconds, out, noRefit ? "the training days" : "all days", model.trainingRows());
        if (timeRepricing) {
            printRepriceTime(console, model);
        }
        console.flush();
        return 0;
    }

    /** Times one repricing of the default store (every product x 20 candidates, one batch); a figure, not a check. */
    private static void printRepriceTime(PrintWriter console, PricingModel model) {
        List<ProductView> views = new StoreEngine(CatalogLoader.defaultScenario().withPopulationSize(100)).views();
        ForestPricer pricer = new ForestPricer(model, PricerOptions.defaults());
        double[] millis = new double[21];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            pricer.decide(views);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        console.printf(Locale.ROOT, "repricing the default store (%d products x %d candidates, one batch): median %.1f ms over %d runs (first %.1f ms)%n",
                views.size(), PricerOptions.defaults().candidates(), warm[warm.length / 2], warm.length, millis[0]);
    }

    static void print(PrintWriter out, Evaluation e, FeatureSchema schema) {
        out.printf(Locale.ROOT, "%ntime split: trained on %s .. %s (%,d looks, %.1f s), tested on %s .. %s (%,d looks)%n",
                e.trainFrom(), e.testFrom().minusDays(1), e.trainRows(), e.trainSeconds(), e.testFrom(), e.testTo(), e.testRows());
        BinaryMetrics m = e.model();
        BinaryMetrics b = e.bayes();
        out.printf(Locale.ROOT, "%n  %-12s %10s %12s%n", "metric", "forest", "Bayes (true P)");
        row(out, "accuracy", m, b, BinaryMetrics::accuracy);
        row(out, "precision", m, b, BinaryMetrics::precision);
        row(out, "recall", m, b, BinaryMetrics::recall);
        row(out, "F1", m, b, BinaryMetrics::f1);
        row(out, "ROC AUC", m, b, BinaryMetrics::auc);
        row(out, "log loss", m, b, BinaryMetrics::logLoss);
        row(out, "Brier", m, b, BinaryMetrics::brier);
        row(out, "base rate", m, b, BinaryMetrics::baseRate);
        if (b != null) {
            out.printf(Locale.ROOT, "  ROC AUC gap to Bayes: %.4f%n", b.auc() - m.auc());
        }
        out.printf(Locale.ROOT, "%n  calibration (10 bins of predicted P(buy))%n  %-9s %9s %9s %9s   %9s %9s %9s%n",
                "bin", "forest n", "mean P", "sold", "Bayes n", "mean P", "sold");
        List<CalibrationBin> bayes = e.bayesCalibration();
        for (int i = 0; i < e.calibration().size(); i++) {
            CalibrationBin c = e.calibration().get(i);
            CalibrationBin t = bayes == null ? null : bayes.get(i);
            out.printf(Locale.ROOT, "  %.1f-%.1f   %,9d %9s %9s   %9s %9s %9s%n", c.lower(), c.upper(), c.rows(), f(c.meanPredicted()),
                    f(c.observedRate()), t == null ? "-" : String.format(Locale.ROOT, "%,d", t.rows()),
                    t == null ? "-" : f(t.meanPredicted()), t == null ? "-" : f(t.observedRate()));
        }
        out.printf(Locale.ROOT, "%n  feature importance (mean decrease in squared error, share of total; product and category%n"
                + "  are one column each, coding %d products and %d categories)%n", schema.products().size(), schema.categories().size());
        for (FeatureImportance fi : e.importance()) {
            out.printf(Locale.ROOT, "  %-22s %6.1f%%%n", fi.feature(), 100 * fi.share());
        }
    }

    private static void row(PrintWriter out, String name, BinaryMetrics m, BinaryMetrics b, ToDoubleFunction<BinaryMetrics> f) {
        out.printf(Locale.ROOT, "  %-12s %10s %12s%n", name, f(f.applyAsDouble(m)), b == null ? "n/a" : f(f.applyAsDouble(b)));
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
