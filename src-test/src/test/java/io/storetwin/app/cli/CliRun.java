package io.storetwin.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code storetwin} in-process with captured output: the one helper every CLI test uses. */
public final class CliRun {

    private CliRun() {
    }

    /** Exit code and captured output of one run. */
    public record Result(int exitCode, String out, String err) {

        /** Whether either stream shows a Java stack trace (an "at pkg.Class.method(" line or a "Caused by:"). */
        public boolean hasStackTrace() {
            String all = out + err;
            return all.contains("\tat ") || all.contains("Caused by:") || all.matches("(?s).*\\bat [a-z]+\\.[\\w.$]+\\(.*");
        }
    }

    /** Runs the command line with {@code args}. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = StoreTwinCommand.execute(o, e, args);
        }
        return new Result(code, out.toString(), err.toString());
    }
}
