package io.storetwin.app.cli;

import static io.storetwin.app.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code experiment --shard I/N} and {@code --merge}: shards merge into exactly the unsharded run's files. */
class ExperimentShardsTest {

    private static final String[] DEFINITION = {"experiment", "--arms", "fixed,markdown,oracle", "--param",
        "population.size=300", "--replications", "7", "--days", "2", "--baseline", "fixed", "--quiet"};

    @TempDir
    static Path dir;
    private static Path unsharded;

    private static CliRun.Result experiment(String... more) {
        return run(Stream.concat(Stream.of(DEFINITION), Stream.of(more)).toArray(String[]::new));
    }

    @BeforeAll
    static void runUnsharded() {
        unsharded = dir.resolve("unsharded");
        CliRun.Result run = experiment("--threads", "2", "--out", unsharded.toString());
        assertEquals(0, run.exitCode(), run::toString);
    }

    /** Runs every shard of {@code n} into its own folder and returns the folders. */
    private static List<String> shards(String name, int n) {
        List<String> folders = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Path folder = dir.resolve(name + "-" + i + "of" + n);
            // Shards run on one thread and the unsharded run on two: the figures must not care.
            CliRun.Result run = experiment("--threads", "1", "--shard", i + "/" + n, "--out", folder.toString());
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(Files.exists(folder.resolve("manifest.json")), folder.toString());
            assertFalse(Files.exists(folder.resolve("results.csv")), "a shard writes no results of its own");
            folders.add(folder.toString());
        }
        return folders;
    }

    private static CliRun.Result merge(Path out, List<String> folders) {
        List<String> args = new ArrayList<>(List.of("experiment", "--merge"));
        args.addAll(folders);
        args.addAll(List.of("--out", out.toString()));
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} shards")
    @ValueSource(ints = {1, 2, 3, 7})
    void shardsMergeIntoTheUnshardedFilesByteForByte(int n) throws Exception {
        Path merged = dir.resolve("merged-" + n);
        CliRun.Result run = merge(merged, shards("s", n).reversed());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("merged " + n + " shards"), run.out());
        for (String file : List.of("results.csv", "paired.csv", "daily.csv")) {
            assertArrayEquals(Files.readAllBytes(unsharded.resolve(file)), Files.readAllBytes(merged.resolve(file)), file);
        }
        assertTrue(Files.exists(merged.resolve("experiment.json")));
        CliRun.Result show = run("experiment", "--show", merged.toString());
        assertEquals(0, show.exitCode(), show::toString);
    }

    @Test
    void missingDuplicatedForeignAndTamperedShardsAreRefused() throws Exception {
        List<String> three = shards("r", 3);
        Path out = dir.resolve("refused");

        CliRun.Result missing = merge(out, three.subList(0, 2));
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("shard 3/3 is missing: give the folders of all 3 shards"), missing.err());

        CliRun.Result twice = merge(out, List.of(three.get(0), three.get(1), three.get(1), three.get(2)));
        assertEquals(1, twice.exitCode(), twice::toString);
        assertTrue(twice.err().contains("shard 2/3 is given twice"), twice.err());

        Path foreign = dir.resolve("foreign");
        CliRun.Result other = run("experiment", "--arms", "fixed,markdown,oracle", "--param", "population.size=300",
                "--replications", "7", "--days", "3", "--quiet", "--shard", "3/3", "--out", foreign.toString());
        assertEquals(0, other.exitCode(), other::toString);
        CliRun.Result mixed = merge(out, List.of(three.get(0), three.get(1), foreign.toString()));
        assertEquals(1, mixed.exitCode(), mixed::toString);
        assertTrue(mixed.err().contains(foreign + " is a shard of another experiment"), mixed.err());

        Path runs = Path.of(three.get(1)).resolve("runs.json");
        Files.writeString(runs, Files.readString(runs).replaceFirst("\"revenue\" : [0-9.]+", "\"revenue\" : 1.0"));
        CliRun.Result tampered = merge(out, three);
        assertEquals(1, tampered.exitCode(), tampered::toString);
        assertTrue(tampered.err().contains("does not match the checksum"), tampered.err());

        CliRun.Result notAShard = merge(out, List.of(dir.resolve("nowhere").toString()));
        assertEquals(1, notAShard.exitCode(), notAShard::toString);
        assertTrue(notAShard.err().contains("holds no finished shard"), notAShard.err());
        assertFalse(Files.exists(out.resolve("results.csv")), "a refused merge writes nothing");
    }

    @Test
    void badShardOptionsGetTheCommandsUsage() {
        CliRun.Result malformed = experiment("--shard", "4/3", "--out", dir.resolve("bad").toString());
        assertEquals(2, malformed.exitCode(), malformed::toString);
        assertTrue(malformed.err().contains("--shard: a shard is I/N with 1 <= I <= N, e.g. 2/4; got 4/3"), malformed.err());
        assertTrue(malformed.err().contains("Usage: storetwin experiment"), malformed.err());

        CliRun.Result tooMany = experiment("--shard", "1/8", "--out", dir.resolve("bad").toString());
        assertEquals(2, tooMany.exitCode(), tooMany::toString);
        assertTrue(tooMany.err().contains("8 shards for 7 replications"), tooMany.err());
    }
}
