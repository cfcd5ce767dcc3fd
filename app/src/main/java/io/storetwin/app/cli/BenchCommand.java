package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.bench.EngineBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storetwin bench}: measures engine throughput and heap; prints figures, asserts nothing. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures engine speed (interactions per second, with and without the event log) and heap over a long run.",
        footer = {"%nFigures depend on the machine; run it on an idle one. The first run warms the JIT up."})
final class BenchCommand extends CliCommand {

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--bench-days", paramLabel = "N", defaultValue = "365", description = "days per throughput run (default ${DEFAULT-VALUE})")
    int benchDays;

    @Option(names = "--warmup-days", paramLabel = "N", defaultValue = "30", description = "days run first to warm the JIT up (default ${DEFAULT-VALUE})")
    int warmupDays;

    @Option(names = "--heap-years", paramLabel = "Y", defaultValue = "0", description = "also run Y years and sample the live heap monthly (default ${DEFAULT-VALUE}: skip)")
    int heapYears;

    @Option(names = "--log-dir", paramLabel = "DIR", description = "where the with-log run writes its temporary events.csv (default: a temp dir)")
    Path logDir;

    @Override
    protected int execute() throws IOException {
        PrintWriter out = out();
        Scenario scenario;
        try {
            scenario = scenarioOptions.load();
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        EngineBenchmark.throughput(scenario, warmupDays, null, null);
        report(out, EngineBenchmark.throughput(scenario, benchDays, null, null));
        Path dir = logDir != null ? logDir : Files.createTempDirectory("storetwin-bench");
        report(out, EngineBenchmark.throughput(scenario, benchDays, dir, null));
        if (heapYears > 0) {
            List<EngineBenchmark.HeapSample> samples = EngineBenchmark.heap(scenario, heapYears * 365, 30, null);
            out.println("live heap after GC, every 30 simulated days (MB):");
            StringBuilder line = new StringBuilder("  ");
            for (EngineBenchmark.HeapSample s : samples) {
                line.append(String.format(Locale.ROOT, "d%d:%.1f ", s.day(), s.usedBytes() / 1048576.0));
            }
            out.println(line.toString().trim());
            long min = samples.stream().mapToLong(EngineBenchmark.HeapSample::usedBytes).min().orElse(0);
            long max = samples.stream().mapToLong(EngineBenchmark.HeapSample::usedBytes).max().orElse(0);
            out.printf(Locale.ROOT, "  min %.1f MB, max %.1f MB over %d years%n", min / 1048576.0, max / 1048576.0, heapYears);
        }
        out.flush();
        return 0;
    }

    private static void report(PrintWriter out, EngineBenchmark.Throughput t) {
        out.printf(Locale.ROOT, "%-12s %d days: %,d interactions in %.2f s = %,.0f interactions/s%s%n",
                t.withLog() ? "with log" : "without log", t.days(), t.interactions(), t.seconds(), t.interactionsPerSecond(),
                t.withLog() ? String.format(Locale.ROOT, " (%,d events, %.0f MB of CSV, %,.0f events/s)", t.events(),
                        t.logBytes() / 1048576.0, t.events() / t.seconds()) : "");
    }
}
