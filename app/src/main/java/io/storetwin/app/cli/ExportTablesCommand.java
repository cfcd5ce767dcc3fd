package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.ml.pricing.StrategyRegistry;
import io.storetwin.simulation.dataset.tables.Table;
import io.storetwin.simulation.dataset.tables.TableExport;
import io.storetwin.simulation.pricing.Strategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storetwin export-tables}: a simulated run as related tables, validated. */
@Command(name = "export-tables", mixinStandardHelpOptions = true,
        description = "Simulates a scenario and writes it as related tables (customers, products, visits, interactions, "
                + "cart_events, sales, inventory_events, price_changes), then validates them into validation.json and "
                + "validation.txt.",
        footer = {"%nExits 1 when a validation rule fails. `storetwin validate-tables DIR` checks any such folder."})
final class ExportTablesCommand extends CliCommand {

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--strategy", paramLabel = "NAME", description = "pricing strategy (default: the scenario's)")
    String strategy;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for the tables and the report")
    Path out;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override
    protected int execute() throws IOException {
        PrintWriter console = out();
        Scenario scenario;
        try {
            scenario = scenarioOptions.load();
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        holdOutputFolder(out);
        Strategies strategies = StrategyRegistry.all();
        scenario = StrategyOption.apply(spec.commandLine(), scenario, strategies, strategy);
        TableExport.Result result;
        if (quiet) {
            result = TableExport.run(scenario, strategies, out, null);
        } else {
            try (ProgressBar bar = ProgressBars.of("Simulating", scenario.days(), "days")) {
                result = TableExport.run(scenario, strategies, out, bar::stepTo);
            }
        }
        console.printf(Locale.ROOT, "Tables of scenario '%s'  strategy %s  seed %d  %d days from %s%n", scenario.name(),
                scenario.pricing().strategy(), scenario.seed(), scenario.days(), scenario.startDate());
        for (Table table : Table.values()) {
            console.printf(Locale.ROOT, "  %-22s %,12d rows%n", table.fileName(), result.rows().get(table));
        }
        console.printf(Locale.ROOT, "  %-22s %,12d rows in %.1f s (%,.0f rows/s, simulation included)%n%n", "total",
                result.totalRows(), result.exportSeconds(), result.totalRows() / Math.max(1e-9, result.exportSeconds()));
        console.print(result.report().text());
        console.printf(Locale.ROOT, "%nwrote %s (validated in %.1f s)%n", out, result.validationSeconds());
        console.flush();
        return result.report().passed() ? 0 : 1;
    }
}
