package io.storetwin.app.cli;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.app.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storetwin report}: one self-contained HTML report of a run or an experiment folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes one self-contained HTML report (charts inline, no network) of a run folder "
                + "(from `storetwin run`) or an experiment folder (from `storetwin experiment`).",
        footer = {"%nThe report holds the key figures, a page of insights computed from them (each with the",
                "figure it cites), revenue and margin over time, categories, personas, waste and stock-outs,",
                "the pricing decisions and, when rf ran, the forest's models; for an experiment, every arm's",
                "means with 95% confidence intervals and the paired differences against the baseline."})
final class ReportCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FOLDER", description = "a run folder or an experiment folder")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html",
            description = "the HTML file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    protected int execute() {
        PrintWriter console = out();
        PrintWriter err = err();
        if (!Files.isDirectory(folder)) {
            err.println(folder + ": no such folder");
            err.flush();
            return 1;
        }
        try {
            ReportWriter.Kind kind = ReportWriter.write(folder, out, new VersionProvider().getVersion()[0]);
            console.printf("wrote %s (%s report of %s, %,d bytes)%n", out, kind.name().toLowerCase(java.util.Locale.ROOT),
                    folder, Files.size(out));
            console.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("cannot write the report: " + FailureMessages.describe(e));
            err.flush();
            return 1;
        }
    }
}
