package io.storetwin.app.cli;

import io.storetwin.app.errors.FailureMessages;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storetwin} command and its subcommands. */
@Command(name = "storetwin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A digital twin of a supermarket. Without a subcommand, opens the window.",
        subcommands = {ValidateCommand.class, RunCommand.class, TrainCommand.class, BenchCommand.class, BenchWindowCommand.class, CalibrateCommand.class, BenchKernelsCommand.class, ExperimentCommand.class, OptimiseCommand.class, PromoteCommand.class, GenerateCommand.class, ExportTablesCommand.class, ValidateTablesCommand.class, ReportCommand.class, ModelsCommand.class, CommandLine.HelpCommand.class})
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

    /**
     * The configured command line; tests set its writers to capture output. Every failure a
     * command lets through becomes one paragraph ({@link FailureMessages}); a stack trace only
     * with {@code --verbose}.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new StoreTwinCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(LocalDate.class, DateOption::parse);
        commandLine.setExecutionExceptionHandler(StoreTwinCommand::failed);
        return commandLine;
    }

    private static int failed(Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        err.println(FailureMessages.describe(failure));
        if (commandLine.getCommand() instanceof CliCommand command && command.verbose()) {
            failure.printStackTrace(err);
        }
        err.flush();
        return FailureMessages.exitCode(failure);
    }

    /** Runs with captured output: for tests and for the window's own use. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
