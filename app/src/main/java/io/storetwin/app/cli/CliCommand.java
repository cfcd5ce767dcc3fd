package io.storetwin.app.cli;

import io.storetwin.app.errors.FailureMessages;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.simulation.kernels.Backends;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    private OutputLock output;

    @Override
    public final Integer call() throws Exception {
        if (verbose) {
            err().println(Backends.shared().describe());
            err().flush();
        }
        try {
            return execute();
        } finally {
            if (output != null) {
                output.close();
            }
        }
    }

    /**
     * Creates the output folder and holds it until the command ends: a second command writing
     * into the same folder meanwhile is refused ({@link OutputLock}).
     */
    void holdOutputFolder(Path folder) throws IOException {
        output = OutputLock.folder(folder);
    }

    /** Holds an output file's place until the command ends, as {@link #holdOutputFolder} does a folder's. */
    void holdOutputFile(Path file) throws IOException {
        output = OutputLock.file(file);
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
