package io.storetwin.app.cli;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.simulation.kernels.Backends;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every subcommand shares: its writers, {@code --verbose}, and one way to report a
 * failure. A command implements {@link #execute()}; an exception it lets through is turned into
 * one paragraph by {@link FailureMessages} (see {@link StoreTwinCommand#commandLine()}), never a
 * stack trace unless {@code --verbose} asks for it.
 */
abstract class CliCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", description = "say which batch-kernel backend is in use, and show a failure's details")
    boolean verbose;

    @Override
    public final Integer call() throws Exception {
        if (verbose) {
            err().println(Backends.shared().describe());
            err().flush();
        }
        return execute();
    }

    /** The command's work; its return value is the exit code. */
    protected abstract int execute() throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints a rejected file's problems (file, line, column, field each) and returns exit code 1. */
    int rejected(InvalidInputException e) {
        err().println(FailureMessages.describe(e));
        err().flush();
        return FailureMessages.INPUT_OR_OUTPUT;
    }

    /** Stops with a bad option, printed with this command's own usage. */
    CommandLine.ParameterException badOption(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    boolean verbose() {
        return verbose;
    }
}
