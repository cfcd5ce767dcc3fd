package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.model.ModelFile;
import io.storetwin.ml.model.ModelFileException;
import io.storetwin.ml.model.PricingModel;
import io.storetwin.ml.pricing.ForestSettings;
import io.storetwin.ml.pricing.ForestStrategy;
import io.storetwin.ml.pricing.PricerOptions;
import io.storetwin.ml.pricing.ModelRecord;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.headless.HeadlessRun;
import io.storetwin.simulation.headless.RunSummary;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.ledger.RunTotals;
import io.storetwin.simulation.pricing.Oracle;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import io.storetwin.simulation.live.JournalEntry;
import io.storetwin.simulation.live.SavedStore;
import io.storetwin.simulation.live.SavedStoreException;
import io.storetwin.simulation.pricing.manual.ManualPrices;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storetwin run}: simulates a scenario headless and writes its event log and summary. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simulates the store without a window and writes events.csv and summary.json.",
        footer = {"%nThe same scenario and seed always give a byte-identical events.csv;",
                "the run hash printed at the end identifies the run for replay."})
final class RunCommand extends CliCommand {

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--strategy", paramLabel = "NAME",
            description = "pricing strategy: fixed, rule, markdown, explore, oracle, rf (default: the scenario's)")
    String strategy;

    @Option(names = "--model", paramLabel = "FILE",
            description = "rf: a model file from `storetwin train`; the forest prices with it from the start")
    Path model;

    @Option(names = "--model-version", paramLabel = "VERSION",
            description = "rf: start from this version of the --registry (a number or 'champion') instead of --model")
    String modelVersion;

    @Mixin
    RegistryOption registry;

    @Option(names = "--warmup-days", paramLabel = "N", defaultValue = "3",
            description = "rf: simulated days of exploring before the first model (default: ${DEFAULT-VALUE})")
    int warmupDays;

    @Option(names = "--trees", paramLabel = "N", description = "rf: trees in the forest (default 60; each later day regrows a sixth of them, at most 10)")
    Integer trees;

    @Option(names = "--no-retrain", description = "rf: train once after the warm-up (or keep the --model) instead of every day")
    boolean noRetrain;

    @Option(names = "--retrain-on", paramLabel = "TRIGGER", defaultValue = "calendar",
            description = "rf: what makes the forest train again after its first model: calendar (every simulated day)"
                    + " or drift (only after a drift alarm, on the looks since the drifted day) (default: ${DEFAULT-VALUE})")
    String retrainOn;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for events.csv and summary.json")
    Path out;

    @Option(names = "--gzip", description = "write events.csv.gz instead of events.csv")
    boolean gzip;

    @Option(names = "--no-events", description = "do not write the event log (summary only)")
    boolean noEvents;

    @Option(names = "--saved", paramLabel = "FILE",
            description = "replay a store saved from the window (its scenario, seed and the class's commands) to the end of its days")
    Path saved;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    protected int execute() throws IOException {
        PrintWriter console = out();
        PrintWriter err = err();
        Scenario scenario;
        List<JournalEntry> journal = List.of();
        if (saved != null) {
            if (scenarioOptions.scenario.file != null || scenarioOptions.seed != null || strategy != null) {
                throw badOption("--saved brings its own scenario, seed and strategy: give --days at most");
            }
            try {
                SavedStore store = io.storetwin.simulation.live.SavedStoreFile.read(saved);
                scenario = scenarioOptions.days == null ? store.scenario() : store.scenario().withDays(scenarioOptions.days);
                journal = store.journal();
            } catch (SavedStoreException e) {
                err.println(e.getMessage());
                err.flush();
                return io.storetwin.app.errors.FailureMessages.INPUT_OR_OUTPUT;
            }
        } else {
            try {
                scenario = scenarioOptions.load();
            } catch (InvalidInputException e) {
                return rejected(e);
            }
        }
        holdOutputFolder(out);
        ForestSettings rf;
        if (noRetrain && "drift".equalsIgnoreCase(retrainOn.strip())) {
            throw badOption("give --no-retrain or --retrain-on drift, not both");
        }
        try {
            ForestSettings.Builder builder = ForestSettings.defaults().toBuilder().warmupDays(warmupDays)
                    .retrain(!noRetrain).retrainOn(io.storetwin.ml.pricing.RetrainTrigger.parse(retrainOn))
                    .pricer(PricerOptions.of(scenario.pricing()));
            if (trees != null) {
                ForestSettings defaults = ForestSettings.defaults();
                builder.forest(defaults.forest().withTrees(trees)) // throws on a bad count before treesPerDay is checked
                        .treesPerDay(Math.min(defaults.treesPerDay(), Math.max(1, trees / 6)));
            }
            rf = builder.build();
        } catch (IllegalArgumentException e) {
            throw badOption("bad rf option: " + e.getMessage());
        }
        PricingModel initial = null;
        if (model != null && modelVersion != null) {
            throw badOption("give --model or --model-version, not both");
        }
        if (modelVersion != null) {
            try {
                initial = RegistryModels.resolve(registry.registry(), modelVersion);
            } catch (io.storetwin.ml.registry.RegistryException e) {
                err.println(e.getMessage());
                err.flush();
                return io.storetwin.app.errors.FailureMessages.INPUT_OR_OUTPUT;
            }
        }
        if (model != null) {
            try {
                initial = ModelFile.load(model);
            } catch (ModelFileException e) {
                err.println(io.storetwin.app.errors.FailureMessages.describe(e));
                err.flush();
                return 1;
            }
            PricingModel loaded = initial;
            long unknown = scenario.store().products().stream().filter(p -> loaded.schema().productIndex(p.id()) < 0).count();
            if (unknown > 0) {
                err.println("warning: " + model + " never saw " + unknown + " of this store's products (no product column for them)");
            }
            if (!ForestStrategy.NAME.equals(strategy == null ? scenario.pricing().strategy() : strategy)) {
                err.println("warning: --model is only used by strategy rf");
            }
            err.flush();
        }
        Strategies strategies = StrategyRegistry.with(rf, initial);
        scenario = StrategyOption.apply(spec.commandLine(), scenario, strategies, strategy);
        HeadlessRun run = new HeadlessRun(scenario, strategies, journal);
        long started = System.nanoTime();
        HeadlessRun.Result result;
        HeadlessRun.Output output = new HeadlessRun.Output(out, !noEvents, gzip);
        if (quiet) {
            result = run.run(output, day -> { });
        } else {
            try (ProgressBar bar = ProgressBars.of("Simulating", scenario.days(), "days")) {
                result = run.run(output, bar::stepTo);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        print(console, result.summary());
        var pricing = result.engine().strategy() instanceof ManualPrices manual ? manual.inside() : result.engine().strategy();
        if (!journal.isEmpty()) {
            console.printf("  replayed %d command(s) of the class from %s%n", journal.size(), saved);
        }
        if (pricing instanceof ForestStrategy forest) {
            io.storetwin.app.report.RunModels.of(forest).write(out);
            io.storetwin.app.report.DriftRow.write(out, forest.driftDays());
            var kept = RegistryModels.keepRunModel(out, forest, result.summary().runHash());
            if (kept != null) {
                console.printf("  the model in use at the end is version %d of %s%n", kept.version(), out.resolve("models"));
            }
            printHistory(console, forest);
            if (!forest.history().isEmpty()) {
                console.printf("%n  rf scored its candidates with %s%n", Backends.shared().describe());
            }
        }
        if (pricing instanceof Oracle) {
            console.printf("%n  oracle priced with %s%n", Backends.shared().describe());
        }
        result.engine().close();
        console.printf(Locale.ROOT, "%nwrote %s%s (%,d events) in %.1f s%n", noEvents ? "" : output.eventsFile() + " and ",
                output.summaryFile(), result.eventRows(), seconds);
        console.flush();
        return 0;
    }

    static void printHistory(PrintWriter out, ForestStrategy forest) {
        out.printf(Locale.ROOT, "%n  rf models (%,d looks kept for training)%n", forest.rows());
        out.printf(Locale.ROOT, "  %7s %-19s %9s %8s %9s %10s %10s%n", "version", "simulated time", "rows", "train s",
                "next-day", "AUC", "Bayes AUC");
        for (ModelRecord r : forest.history()) {
            out.printf(Locale.ROOT, "  %7d %-19s %,9d %8.1f %,9d %10s %10s%n", r.version(),
                    r.simulatedTime() == null ? "-" : r.simulatedTime().toString().replace('T', ' '), r.rows(),
                    r.trainSeconds(), r.forwardRows(), r.forward() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.forward().auc()),
                    r.forwardBayes() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.forwardBayes().auc()));
        }
        if (forest.lastError() != null) {
            out.println("  last training error: " + forest.lastError());
        }
        if (!forest.lastDecisions().isEmpty()) {
            out.println("  e.g. " + forest.lastDecisions().getFirst().monologue());
        }
        printDrift(out, forest);
    }

    static void printDrift(PrintWriter out, ForestStrategy forest) {
        var days = forest.driftDays();
        if (days.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%n  drift (each finished day's looks against the model pricing them; retrain on %s)%n",
                forest.settings().retrainOn().label());
        out.printf(Locale.ROOT, "  %-10s %5s %8s %9s %7s %9s %9s  %s%n", "day", "model", "looks", "calib err", "AUC",
                "Bayes AUC", "max PSI", "alarm");
        for (var d : days) {
            var c = d.check();
            var top = c.psi().entrySet().stream().filter(e -> !Double.isNaN(e.getValue()))
                    .max(java.util.Map.Entry.comparingByValue()).orElse(null);
            out.printf(Locale.ROOT, "  %-10s %5s %,8d %9.3f %7.3f %9.3f %9s  %s%n", c.day(), "v" + d.modelVersion(), c.rows(),
                    c.calibrationError(), c.auc(), c.bayesAuc(), top == null ? "-" : String.format(Locale.ROOT, "%.2f %s",
                            top.getValue(), top.getKey()), c.alarm() ? String.join("; ", c.alarms()) : "-");
        }
    }

    static void print(PrintWriter out, RunSummary s) {
        out.printf(Locale.ROOT, "Run %s  scenario '%s'  strategy %s  seed %d  %d days from %s  %,d customers%n",
                s.runHash(), s.scenario(), s.strategy(), s.seed(), s.days(), s.startDate(), s.customers());
        out.printf(Locale.ROOT, "  revenue      %,14.2f%n", s.revenue());
        out.printf(Locale.ROOT, "  profit       %,14.2f   margin %.1f%%%n", s.profit(), 100 * s.margin());
        out.printf(Locale.ROOT, "  units        %,14d%n", s.units());
        out.printf(Locale.ROOT, "  interactions %,14d   conversion %.1f%%%n", s.interactions(), 100 * s.conversion());
        out.printf(Locale.ROOT, "  shoppers     %,14d   checkouts %,d, abandoned %,d, spend per basket %.2f%n",
                s.shoppers(), s.checkouts(), s.abandonments(), s.spendPerCheckout());
        out.printf(Locale.ROOT, "  waste        %,14d units, %,.2f at cost; damage %,d units, %,.2f; shrink %.1f%% of sales%n",
                s.wasteUnits(), s.wasteValue(), s.damageUnits(), s.damageValue(), 100 * s.shrinkShare());
        out.printf(Locale.ROOT, "  stock-outs   %,14d   price changes %,d%n", s.stockOuts(), s.priceChanges());
        out.printf(Locale.ROOT, "%n  %-10s %14s %10s %10s %10s %12s%n", "category", "revenue", "units", "conv %", "waste", "waste value");
        for (RunTotals.CategoryTotals c : s.byCategory()) {
            out.printf(Locale.ROOT, "  %-10s %,14.2f %,10d %10.1f %,10d %,12.2f%n", c.category(), c.revenue(), c.units(),
                    100 * c.conversion(), c.wasteUnits(), c.wasteValue());
        }
        out.printf(Locale.ROOT, "%n  %-20s %10s %14s %10s%n", "persona", "visits", "revenue", "conv %");
        for (RunTotals.PersonaTotals p : s.byPersona()) {
            out.printf(Locale.ROOT, "  %-20s %,10d %,14.2f %10.1f%n", p.persona(), p.visits(), p.revenue(), 100 * p.conversion());
        }
    }

}
