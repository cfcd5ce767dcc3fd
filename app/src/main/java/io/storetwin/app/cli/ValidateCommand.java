package io.storetwin.app.cli;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code storetwin validate [FILE]}: checks a store catalog or scenario file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a store catalog or scenario YAML file.",
        footer = {"%nPrints a one-line summary, or every problem with file, line, column and field.",
                "Without FILE, checks the embedded default scenario."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the file is valid", "1:the file has problems"})
final class ValidateCommand extends CliCommand {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "store or scenario YAML (default: the embedded default scenario)")
    Path file;

    @Override
    protected int execute() {
        if (file == null) {
            out().println("OK embedded default " + new CatalogLoader.LoadedScenario(CatalogLoader.defaultScenario()).summary());
            return 0;
        }
        try {
            CatalogLoader.Loaded loaded = CatalogLoader.load(file);
            out().println("OK " + file + ": " + loaded.summary());
            return 0;
        } catch (InvalidInputException e) {
            return rejected(e);
        }
    }
}
