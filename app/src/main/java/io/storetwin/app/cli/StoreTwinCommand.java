package io.storetwin.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storetwin} command and its subcommands. */
@Command(name = "storetwin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A digital twin of a supermarket. Without a subcommand, opens the window.",
        subcommands = {ValidateCommand.class, RunCommand.class, TrainCommand.class, BenchCommand.class, BenchWindowCommand.class, CalibrateCommand.class, BenchKernelsCommand.class, ExperimentCommand.class, GenerateCommand.class, ExportTablesCommand.class, ValidateTablesCommand.class, CommandLine.HelpCommand.class})
public final class StoreTwinCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests set its writers to capture output. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new StoreTwinCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** Runs with captured output: for tests and for the window's own use. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
