package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.dataset.GeneratorSettings;
import io.storetwin.simulation.dataset.PurchaseGenerator;
import io.storetwin.simulation.dataset.PurchaseStats;
import io.storetwin.simulation.dataset.PurchaseSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storetwin generate}: a synthetic purchase-event CSV from the simulator's demand model. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes synthetic purchase events (one independent look per row, sold or not by the "
                + "simulator's demand model) and prints their statistics.",
        footer = {"%nThe same seed gives a byte-identical file whatever --threads is.",
                "Columns: product_id, category, base_price, discounted_price, discount_pct,",
                "days_to_expiry, inventory_level, timestamp, day_of_week, month, is_weekend,",
                "is_summer, is_winter, is_holiday_season, season_multiplier, sold, units_sold,",
                "revenue."})
final class GenerateCommand extends CliCommand {

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000", description = "rows to write (default: ${DEFAULT-VALUE})")
    long samples;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "data/synthetic_purchases.csv",
            description = "CSV file to write (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", defaultValue = "2024-01-01",
            description = "first day of the period (default: ${DEFAULT-VALUE})")
    LocalDate startDate;

    @Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "days in the period (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of processors)")
    Integer threads;

    @Option(names = "--products-per-category", paramLabel = "N", defaultValue = "100",
            description = "synthetic products per category, ids PREFIX-00001 up (default: ${DEFAULT-VALUE})")
    int productsPerCategory;

    @Mixin
    ScenarioFileOption scenarioFile;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    protected int execute() throws IOException {
        PrintWriter console = out();
        PrintWriter err = err();
        Scenario scenario;
        try {
            scenario = scenarioFile.load();
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        GeneratorSettings defaults = GeneratorSettings.defaults();
        PurchaseGenerator generator;
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(samples, startDate, days, seed,
                    threads == null ? defaults.threads() : threads, productsPerCategory, defaults.looks());
            generator = new PurchaseGenerator(scenario.store(), scenario.demand(), settings);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (!Files.exists(output) || Files.isRegularFile(output)) {
            holdOutputFile(output);
        }
        long started = System.nanoTime();
        PurchaseStats stats;
        if (quiet || samples < 1_000_000) {
            stats = generator.write(output, null);
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Generating").setInitialMax(samples)
                    .setUnit(" rows", 1).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .showSpeed().continuousUpdate().build()) {
                stats = generator.write(output, bar::stepTo);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        console.printf(Locale.ROOT, "Synthetic purchase events  seed %d  %d days from %s  %,d products in %d categories%n",
                seed, days, startDate, generator.sampler().catalogue().items().size(), stats.categories().size());
        console.print(PurchaseSummary.format(stats));
        console.printf(Locale.ROOT, "%nwrote %s (%,d rows) in %.2f s, %,.0f rows/s%n", output, stats.events(), seconds,
                seconds > 0 ? stats.events() / seconds : 0.0);
        console.println(generator.describeWork());
        console.flush();
        return 0;
    }
}
