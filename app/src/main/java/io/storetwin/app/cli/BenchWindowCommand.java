package io.storetwin.app.cli;

import io.storetwin.app.ui.bench.WindowBenchmark;
import io.storetwin.app.ui.engine.Speed;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storetwin bench-window}: frame intervals of the real window per speed; asserts nothing. */
@Command(name = "bench-window", mixinStandardHelpOptions = true,
        description = "Opens the window on the default scenario, plays it at each speed and prints the interval between frames: p50, p99 and frames per second.",
        footer = {"%nNeeds a display (run under xvfb-run -a with -Dprism.order=sw on a machine without one).",
                "Each speed: a warm-up (--warm-up, one second by default), then until N simulated days or the time cap pass."})
final class BenchWindowCommand extends CliCommand {

    @Option(names = "--speed", paramLabel = "S", split = ",",
            description = "speeds to measure, e.g. 100x,1000x,max (default: 100x, 1000x and max)")
    List<String> speeds;

    @Option(names = "--days", paramLabel = "N", defaultValue = "365",
            description = "simulated days per speed at most (default ${DEFAULT-VALUE}: at top speed a week passes in a tenth of a second, too short to measure)")
    double days;

    @Option(names = "--seconds", paramLabel = "T", defaultValue = "10", description = "wall-clock seconds per speed at most (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warm-up", paramLabel = "S", defaultValue = "1",
            description = "wall-clock seconds of play at each speed before measuring (default ${DEFAULT-VALUE}; the first seconds of a new window include the JIT compiling it)")
    double warmUp;

    @Override
    protected int execute() {
        PrintWriter out = out();
        List<Speed> chosen;
        try {
            chosen = speeds == null ? List.of(Speed.X100, Speed.X1000, Speed.MAX) : speeds.stream().map(BenchWindowCommand::speed).toList();
        } catch (IllegalArgumentException e) {
            throw badOption(e.getMessage());
        }
        if (days <= 0 || seconds <= 0) {
            throw badOption("--days and --seconds must be positive");
        }
        if (warmUp < 0) {
            throw badOption("--warm-up must not be negative");
        }
        out.printf(Locale.ROOT, "window frame intervals, default scenario, %s%n", System.getProperty("prism.order", "default rendering"));
        out.flush();
        WindowBenchmark.run(chosen, days, seconds, warmUp, stats -> {
            out.println(stats.line());
            out.flush();
        });
        System.gc();
        out.printf(Locale.ROOT, "live heap afterwards: %.1f MB%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
        out.flush();
        return 0;
    }

    static Speed speed(String text) {
        for (Speed speed : Speed.values()) {
            if (speed.label().equalsIgnoreCase(text.trim()) || speed.name().equalsIgnoreCase(text.trim())) {
                return speed;
            }
        }
        throw new IllegalArgumentException("unknown speed '" + text + "': use 1x, 10x, 100x, 1000x or max");
    }
}
