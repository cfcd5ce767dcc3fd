package io.storetwin.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.storetwin.app.cli.CliRun;
import io.storetwin.catalog.CatalogLoader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's options given wrong, files in the wrong encoding or size, and event logs,
 * models, experiment results and tables that are empty, truncated, foreign or tampered with.
 * Each case: the exit code, the message (with the file and the line where there is one), no
 * stack trace, and no output left that claims to be complete.
 */
class BadCommandsTest {

    private static final String STORE = CatalogLoader.resource("default-store.yaml");

    @TempDir
    static Path shared;
    private static Path events;
    private static Path model;
    private static Path experiment;
    private static Path tables;

    /** One case: a folder of its own is made, {@code args} built in it, and the outcome checked. */
    private record Case(String name, int exit, String message, Setup setup, String... leftBehind) {
    }

    @FunctionalInterface
    private interface Setup {
        /** The command line, after writing whatever files the case needs into {@code dir}. */
        String[] args(Path dir) throws Exception;
    }

    @BeforeAll
    static void realOutputs() throws Exception {
        Path run = shared.resolve("run");
        check(CliRun.run("run", "--strategy", "explore", "--days", "3", "--seed", "3", "--quiet", "--out", run.toString()));
        events = run.resolve("events.csv");
        model = shared.resolve("model.stwin");
        check(CliRun.run("train", "--events", events.toString(), "--trees", "5", "--out", model.toString()));
        experiment = shared.resolve("exp");
        check(CliRun.run("experiment", "--arms", "fixed", "--replications", "2", "--days", "2", "--param",
                "population.size=300", "--quiet", "--out", experiment.toString()));
        tables = shared.resolve("tables");
        check(CliRun.run("export-tables", "--days", "2", "--quiet", "--out", tables.toString()));
    }

    private static void check(CliRun.Result result) {
        assertEquals(0, result.exitCode(), result::toString);
    }

    private static String[] a(Object... parts) {
        return Arrays.stream(parts).map(String::valueOf).toArray(String[]::new);
    }

    private static Path write(Path file, byte[] bytes) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static Path write(Path file, String text) throws Exception {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The event log with the first interaction row's field {@code column} set to {@code value}; returns the file. */
    private static Path tamperedLog(Path dir, String column, String value) throws Exception {
        List<String> lines = Files.readAllLines(events);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            if (fields[0].equals("interaction") && fields.length == header.size()) {
                fields[header.indexOf(column)] = value;
                lines.set(i, String.join(",", fields));
                TAMPERED_LINE = i + 1;
                break;
            }
        }
        return write(dir.resolve("events.csv"), String.join("\n", lines) + "\n");
    }

    private static int TAMPERED_LINE;

    private static byte[] gzip(byte[] bytes) throws Exception {
        var buffer = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    static List<Case> cases() {
        int nameLine = lineOf(STORE, "name: StoreTwin Supermarket");
        List<Case> c = new ArrayList<>();
        // ---- options, every command ----
        c.add(new Case("run --days 0", 2, "--days must be at least 1, got 0", d -> a("run", "--days", 0, "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run --days abc", 2, "Invalid value for option '--days': 'abc' is not an int", d -> a("run", "--days", "abc", "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run --seed 1.5", 2, "Invalid value for option '--seed': '1.5' is not a long", d -> a("run", "--seed", "1.5", "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run --strategy unknown", 2, "unknown strategy 'cheapest'; known: ", d -> a("run", "--strategy", "cheapest", "--days", 1, "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run --trees 0", 2, "bad rf option", d -> a("run", "--trees", 0, "--days", 1, "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run --retrain-on weekly", 2, "bad rf option: retrain trigger must be one of calendar, drift, got 'weekly'",
                d -> a("run", "--retrain-on", "weekly", "--days", 1, "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run --no-retrain --retrain-on drift", 2, "give --no-retrain or --retrain-on drift, not both",
                d -> a("run", "--no-retrain", "--retrain-on", "drift", "--days", 1, "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run without --out", 2, "Missing required option: '--out=DIR'", d -> a("run", "--days", 1)));
        c.add(new Case("run unknown option", 2, "Unknown option: '--fast'", d -> a("run", "--fast", "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run --scenario missing", 1, "nowhere.yaml no such file", d -> a("run", "--scenario", d.resolve("nowhere.yaml"), "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("run --out at a file", 1, "a file of that name is in the way", d -> a("run", "--days", 1, "--out", write(d.resolve("f"), "x"))));
        c.add(new Case("export-tables --strategy unknown", 2, "unknown strategy 'cheapest'", d -> a("export-tables", "--strategy", "cheapest", "--out", d.resolve("o")), "o/validation.json"));
        c.add(new Case("export-tables --days -1", 2, "Usage: storetwin export-tables", d -> a("export-tables", "--days", -1, "--out", d.resolve("o")), "o/validation.json"));
        c.add(new Case("calibrate --days 0", 2, "Usage: storetwin calibrate", d -> a("calibrate", "--days", 0)));
        c.add(new Case("bench --days 0", 2, "Usage: storetwin bench", d -> a("bench", "--days", 0)));
        c.add(new Case("experiment --threads 0", 2, "--threads must be at least 1, got 0", d -> a("experiment", "--threads", 0, "--out", d.resolve("o")), "o/experiment.json"));
        c.add(new Case("experiment --arms unknown", 1, "cheapest", d -> a("experiment", "--arms", "cheapest", "--days", 1, "--quiet", "--out", d.resolve("o")), "o/experiment.json"));
        c.add(new Case("experiment --param unknown", 1, "--param demand.elasticity: unknown parameter 'demand.elasticity'", d -> a("experiment", "--arms", "fixed", "--param", "demand.elasticity=2", "--quiet", "--out", d.resolve("o")), "o/experiment.json"));
        c.add(new Case("experiment --param not a number", 1, "abc", d -> a("experiment", "--arms", "markdown", "--param", "markdown.maxDiscount=abc", "--quiet", "--out", d.resolve("o")), "o/experiment.json"));
        c.add(new Case("experiment --replications 0", 1, "replications", d -> a("experiment", "--arms", "fixed", "--replications", 0, "--quiet", "--out", d.resolve("o")), "o/experiment.json"));
        c.add(new Case("experiment without --out", 2, "Missing required option: '--out=DIR' (or --show DIR)", d -> a("experiment", "--arms", "fixed")));
        c.add(new Case("experiment --experiment missing", 1, "nowhere.yaml no such file", d -> a("experiment", "--experiment", d.resolve("nowhere.yaml"), "--out", d.resolve("o")), "o/experiment.json"));
        c.add(new Case("experiment --show missing", 1, "cannot show", d -> a("experiment", "--show", d.resolve("nowhere"))));
        c.add(new Case("generate --samples -1", 2, "generate: ", d -> a("generate", "--samples", -1, "--output", d.resolve("p.csv")), "p.csv"));
        c.add(new Case("generate --days 0", 2, "--days must be 1 to 36600", d -> a("generate", "--samples", 10, "--days", 0, "--output", d.resolve("p.csv")), "p.csv"));
        c.add(new Case("generate --threads 0", 2, "generate: ", d -> a("generate", "--samples", 10, "--threads", 0, "--output", d.resolve("p.csv")), "p.csv"));
        c.add(new Case("generate --products-per-category 0", 2, "generate: ", d -> a("generate", "--samples", 10, "--products-per-category", 0, "--output", d.resolve("p.csv")), "p.csv"));
        c.add(new Case("generate --start-date 2024-13-01", 2, "'2024-13-01' is not a calendar date", d -> a("generate", "--start-date", "2024-13-01", "--output", d.resolve("p.csv")), "p.csv"));
        c.add(new Case("train --trees 0", 2, "bad option", d -> a("train", "--events", events, "--trees", 0, "--out", d.resolve("m")), "m"));
        c.add(new Case("train --max-rows 5", 2, "--max-rows must be at least 100", d -> a("train", "--events", events, "--max-rows", 5, "--out", d.resolve("m")), "m"));
        c.add(new Case("train --events missing", 1, "nowhere.csv is not a usable event log: 1 problem\n  no such file", d -> a("train", "--events", d.resolve("nowhere.csv"), "--out", d.resolve("m")), "m"));
        c.add(new Case("validate two files", 2, "Unmatched argument", d -> a("validate", "a.yaml", "b.yaml")));
        c.add(new Case("validate-tables not a folder", 2, "is not a directory", d -> a("validate-tables", d.resolve("nowhere"))));
        c.add(new Case("bench-kernels --prices 1", 2, "bench-kernels: sizes must be positive", d -> a("bench-kernels", "--prices", 1)));
        c.add(new Case("unknown subcommand", 2, "Unmatched argument at index 0: 'frobnicate'", d -> a("frobnicate")));
        // ---- encodings and sizes ----
        c.add(new Case("Latin-1 text", 1, ":" + nameLine + ":1 not UTF-8 text: byte 0xE9 at line " + nameLine, d -> a("validate",
                write(d.resolve("s.yaml"), STORE.replace("name: StoreTwin Supermarket", "name: Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1)))));
        c.add(new Case("binary garbage", 1, "not UTF-8 text: byte 0xC3 at line 1", d -> a("validate", write(d.resolve("s.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, 0x28, 1, 2}))));
        c.add(new Case("a NUL byte", 1, "a NUL character at line 2: this is a binary file", d -> a("validate", write(d.resolve("s.yaml"), "name: x\nid: \0\n"))));
        c.add(new Case("UTF-16 without a mark", 1, "a NUL character at line 1", d -> a("validate", write(d.resolve("s.yaml"), STORE.getBytes(StandardCharsets.UTF_16LE)))));
        c.add(new Case("UTF-16LE with a mark is read", 0, "", d -> a("validate", write(d.resolve("s.yaml"), ("\uFEFF" + STORE).getBytes(StandardCharsets.UTF_16LE)))));
        c.add(new Case("UTF-32BE with a mark is read", 0, "", d -> a("validate", write(d.resolve("s.yaml"), ("\uFEFF" + STORE).getBytes(Charset.forName("UTF-32BE"))))));
        c.add(new Case("UTF-8 with a mark is read", 0, "", d -> a("validate", write(d.resolve("s.yaml"), ("\uFEFF" + STORE).getBytes(StandardCharsets.UTF_8)))));
        c.add(new Case("oversized file", 1, "the file is too large", d -> a("validate", write(d.resolve("s.yaml"), STORE + "#" + "x".repeat(13 << 20)))));
        c.add(new Case("a folder given as the file", 1, "a folder, not a file: give the path of a YAML file", d -> a("validate", Files.createDirectories(d.resolve("s.yaml")))));
        // ---- event logs: empty, foreign, tampered, truncated ----
        c.add(new Case("empty event log", 1, "e.csv is not a usable event log: 1 problem\n  the file is empty: no header line", d -> a("train", "--events", write(d.resolve("e.csv"), ""), "--out", d.resolve("m")), "m"));
        c.add(new Case("header-only event log", 1, "no interaction rows", d -> a("train", "--events", write(d.resolve("e.csv"), Files.readAllLines(events).getFirst() + "\n"), "--out", d.resolve("m")), "m"));
        c.add(new Case("foreign CSV", 1, "line 1: missing column(s) event_type", d -> a("train", "--events", write(d.resolve("e.csv"), "a,b,c\n1,2,3\n"), "--out", d.resolve("m")), "m"));
        c.add(new Case("tampered sold flag", 1, "column sold: '2' is not 0 or 1", d -> a("train", "--events", tamperedLog(d, "sold", "2"), "--out", d.resolve("m")), "m"));
        c.add(new Case("tampered price", 1, "column discounted_price", d -> a("train", "--events", tamperedLog(d, "discounted_price", "cheap"), "--out", d.resolve("m")), "m"));
        c.add(new Case("log cut mid-line", 1, "the file ends in the middle of this line: it was cut short", d -> {
            String text = Files.readString(events);
            int cut = text.indexOf('\n', text.length() / 2) - 5; // inside a row, wherever the half falls
            return a("train", "--events", write(d.resolve("e.csv"), text.substring(0, cut)), "--out", d.resolve("m"));
        }, "m"));
        c.add(new Case("gzip log cut short", 1, "the compressed data ends early after line", d -> {
            byte[] whole = gzip(Files.readAllBytes(events));
            return a("train", "--events", write(d.resolve("e.csv.gz"), Arrays.copyOf(whole, whole.length / 2)), "--out", d.resolve("m"));
        }, "m"));
        c.add(new Case("not gzip at all", 1, "the compressed data is damaged", d -> a("train", "--events", write(d.resolve("e.csv.gz"), Files.readAllBytes(events)), "--out", d.resolve("m")), "m"));
        // ---- model files ----
        c.add(new Case("empty model", 1, "m.stwin is not a usable StoreTwin model", d -> a("run", "--strategy", "rf", "--model", write(d.resolve("m.stwin"), ""), "--days", 1, "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("model cut short", 1, "m.stwin is not a usable StoreTwin model", d -> {
            byte[] whole = Files.readAllBytes(model);
            return a("run", "--strategy", "rf", "--model", write(d.resolve("m.stwin"), Arrays.copyOf(whole, whole.length / 2)), "--days", 1, "--out", d.resolve("o"));
        }, "o/summary.json"));
        c.add(new Case("foreign file as model", 1, "m.stwin is not a usable StoreTwin model", d -> a("run", "--strategy", "rf", "--model", write(d.resolve("m.stwin"), STORE), "--days", 1, "--out", d.resolve("o")), "o/summary.json"));
        c.add(new Case("tampered model", 1, "m.stwin is not a usable StoreTwin model", d -> {
            byte[] bytes = Files.readAllBytes(model);
            bytes[bytes.length * 2 / 3] ^= 0x5A;
            return a("run", "--strategy", "rf", "--model", write(d.resolve("m.stwin"), bytes), "--days", 1, "--out", d.resolve("o"));
        }, "o/summary.json"));
        // ---- experiment results ----
        c.add(new Case("empty experiment.json", 1, "cannot show", d -> a("experiment", "--show", write(d.resolve("x/experiment.json"), "").getParent())));
        c.add(new Case("foreign experiment.json", 1, "cannot show", d -> a("experiment", "--show", write(d.resolve("x/experiment.json"), "{\"a\": 1}").getParent())));
        c.add(new Case("experiment.json cut short", 1, "cannot show", d -> {
            String json = Files.readString(experiment.resolve("experiment.json"));
            return a("experiment", "--show", write(d.resolve("x/experiment.json"), json.substring(0, json.length() / 2)).getParent());
        }));
        c.add(new Case("start from a tampered file", 1, "cannot start from", d -> a("experiment", "--start-from", write(d.resolve("x/experiment.json"), "{\"info\": 7}"),
                "--arms", "fixed", "--days", 1, "--quiet", "--out", d.resolve("o")), "o/experiment.json"));
        c.add(new Case("experiment file with bad YAML", 1, "e.yaml:2:", d -> a("experiment", "--experiment", write(d.resolve("e.yaml"), "arms: [fixed\ndays: 2\n"), "--out", d.resolve("o")), "o/experiment.json"));
        // ---- tables ----
        c.add(new Case("tables with a foreign header", 1, "FAIL files_and_headers", d -> {
            copyTables(d.resolve("t"));
            write(d.resolve("t/customers.csv"), "a,b\n1,2\n");
            return a("validate-tables", d.resolve("t"));
        }));
        c.add(new Case("tables with a tampered row", 1, "FAIL", d -> {
            copyTables(d.resolve("t"));
            List<String> lines = new ArrayList<>(Files.readAllLines(d.resolve("t/sales.csv")));
            lines.set(1, lines.get(1).replaceFirst(",[0-9]+,", ",-3,"));
            write(d.resolve("t/sales.csv"), String.join("\n", lines) + "\n");
            return a("validate-tables", d.resolve("t"));
        }));
        return c;
    }

    private static void copyTables(Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(tables)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && f.toString().endsWith(".csv")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    @TestFactory
    List<DynamicTest> everyBadOptionAndFileGetsOneClearMessage() {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Case c : cases()) {
            Path dir = shared.resolve("case-" + n++);
            tests.add(dynamicTest(c.name(), () -> {
                Files.createDirectories(dir);
                CliRun.Result result = CliRun.run(c.setup().args(dir));
                assertEquals(c.exit(), result.exitCode(), result::toString);
                String shown = c.exit() == 0 ? result.out() : result.err() + result.out();
                assertTrue(shown.contains(c.message()), () -> "expected \"" + c.message() + "\"\n" + result);
                assertFalse(result.hasStackTrace(), result::toString);
                assertFalse(result.err().contains("Exception"), result::toString);
                for (String left : c.leftBehind()) {
                    assertFalse(Files.exists(dir.resolve(left)), () -> left + " is left behind, claiming to be complete");
                }
            }));
        }
        return tests;
    }
}
