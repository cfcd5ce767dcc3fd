package io.storetwin.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code storetwin} in a child JVM on the test class path: for what an in-process run cannot
 * show (what reaches the real stderr, a process killed with SIGKILL).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Exit code and the child's stdout and stderr. */
    public record Result(int exitCode, String out, String err) {
    }

    /** Starts {@code storetwin args} with its output going to files in {@code dir}. */
    public static Process start(Path dir, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "io.storetwin.app.Launcher"));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        return new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile()).start();
    }

    /** Runs {@code storetwin args} to the end (at most {@code seconds}). */
    public static Result run(Path dir, int seconds, String... args) throws IOException, InterruptedException {
        Process process = start(dir, args);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("storetwin " + String.join(" ", args) + " did not finish in " + seconds + " s");
        }
        return new Result(process.exitValue(), Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8));
    }
}
