package io.storetwin.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code bin/storetwin} script (built by the app module's package phase): its class data
 * in the user's cache folder. A headless command keeps a class-data archive; a window command records
 * its first run and the script assembles an AOT cache after it, which the next window starts from.
 * The window commands here stop at a bad option, so no display is needed: what is checked is that the
 * JVM accepts the script's options in both modes and that the cache appears and is used.
 */
class LauncherScriptTest {

    private static final Path LAUNCHER = Path.of("..", "app", "target", "storetwin", "bin", "storetwin");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run launch(Path cache, Path dir, String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(LAUNCHER), "the launcher is made by `mvn package`; run the README's `mvn verify`");
        Files.createDirectories(dir);
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toString()), Stream.of(args)).toList())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("STORETWIN_JAVA_OPTS");
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "storetwin " + String.join(" ", args) + " finished");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    private static List<String> cacheFiles(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("storetwin"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean isWindowCache(String file) {
        return file.startsWith("window-") && file.endsWith(".aot");
    }

    @Test
    void aHeadlessCommandRunsWithItsClassDataArchive(@TempDir Path tmp) throws Exception {
        Run run = launch(tmp.resolve("cache"), tmp.resolve("version"), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("StoreTwin "), run.out());
        assertTrue(cacheFiles(tmp.resolve("cache")).stream().anyMatch(f -> f.startsWith("classes-") && f.endsWith(".jsa")),
                "archive made: " + cacheFiles(tmp.resolve("cache")));
    }

    @Test
    void theFirstWindowCommandRecordsAndTheNextStartsFromTheAssembledCache(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        Run first = launch(cache, tmp.resolve("first"), "bench-window", "--warm-up", "-1");
        assertEquals(2, first.exitCode(), "the command's own exit status comes through: " + first.err());
        assertTrue(first.err().contains("--warm-up must not be negative"), first.err());

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (cacheFiles(cache).stream().noneMatch(LauncherScriptTest::isWindowCache)
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        List<String> assembled = cacheFiles(cache);
        assertEquals(1, assembled.stream().filter(LauncherScriptTest::isWindowCache).count(),
                "one AOT cache assembled in the background: " + assembled);
        while (cacheFiles(cache).stream().anyMatch(f -> f.startsWith("recording-")) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(cacheFiles(cache).stream().noneMatch(f -> f.startsWith("recording-")), "the recording is cleaned up");

        Run second = launch(cache, tmp.resolve("second"), "bench-window", "--warm-up", "-1");
        assertEquals(first.exitCode(), second.exitCode());
        assertEquals(first.err(), second.err(), "the same answer when started from the cache");
        assertEquals(cacheFiles(cache), assembled.stream().filter(f -> !f.startsWith("recording-")).toList(),
                "the second run records nothing: it uses the cache");
    }
}
