package io.storetwin.app.cli;

import io.storetwin.simulation.dataset.tables.Table;
import io.storetwin.simulation.dataset.tables.TableValidator;
import io.storetwin.simulation.dataset.tables.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storetwin validate-tables DIR}: the data-quality rules on any folder of exported tables. */
@Command(name = "validate-tables", mixinStandardHelpOptions = true,
        description = "Checks a folder of tables (as written by export-tables) against every data-quality rule; "
                + "exits 1 when a rule fails.")
final class ValidateTablesCommand extends CliCommand {

    @Parameters(paramLabel = "DIR", description = "folder holding customers.csv, products.csv, visits.csv, ...")
    Path directory;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON to FILE")
    Path json;

    @Override
    protected int execute() throws IOException {
        PrintWriter console = out();
        PrintWriter err = err();
        if (!Files.isDirectory(directory)) {
            err.println(directory + " is not a directory");
            err.flush();
            return 2;
        }
        if (!TableValidator.holdsAnyTable(directory)) {
            err.println(directory + " holds none of the tables (" + String.join(", ", Arrays.stream(Table.values())
                    .map(Table::fileName).toList()) + "). Give a folder written by `storetwin export-tables`.");
            err.flush();
            return 1;
        }
        ValidationReport report = TableValidator.validate(directory);
        console.print(report.text());
        console.flush();
        if (json != null) {
            report.writeJson(json);
        }
        return report.passed() ? 0 : 1;
    }
}
