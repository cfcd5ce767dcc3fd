package io.storetwin.app.cli;

import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.dataset.GeneratorSettings;
import io.storetwin.simulation.dataset.PurchaseSampler;
import io.storetwin.simulation.dataset.SyntheticCatalogue;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.kernels.FallbackKernels;
import io.storetwin.simulation.kernels.FlatForest;
import io.storetwin.simulation.kernels.InteractionSpec;
import io.storetwin.simulation.kernels.JvmKernels;
import io.storetwin.simulation.kernels.KernelBenchmark;
import io.storetwin.simulation.kernels.KernelBenchmark.Timing;
import io.storetwin.simulation.kernels.SurfaceProblem;
import io.storetwin.simulation.kernels.SyntheticForest;
import io.storetwin.simulation.kernels.TornadoRuntimeProbe;
import io.storetwin.simulation.pricing.SurfaceProblems;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code storetwin bench-kernels}: times the batch kernels on the JVM backend at each thread
 * count asked for, and on the TornadoVM backend when its runtime is present; prints figures
 * and the backend that ran each line, asserts nothing.
 */
@Command(name = "bench-kernels", mixinStandardHelpOptions = true,
        description = "Measures the batch kernels (demand surface, forest inference, bulk interactions) on the JVM backend "
                + "with 1 and 2 threads and on TornadoVM when its runtime is present.",
        footer = {"%nFigures depend on the machine; run it on an idle one ('cores busy' is the process's CPU time over the"
                + " wall time: below the thread count, other work took the cores). Run under TornadoVM's launcher or argfile "
                + "(with the storetwin-simulation-tornado jar on the class path) to measure the TornadoVM backend."})
final class BenchKernelsCommand extends CliCommand {

    @Mixin
    ScenarioFileOption scenarioFile;

    @Option(names = "--products", defaultValue = "1000", description = "products in the demand surface (default ${DEFAULT-VALUE}; the store's products repeated)")
    int products;

    @Option(names = "--prices", defaultValue = "20", description = "candidate prices per product (default ${DEFAULT-VALUE})")
    int prices;

    @Option(names = "--shoppers", defaultValue = "100000", description = "sampled shoppers per product (default ${DEFAULT-VALUE})")
    int shoppers;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "JVM thread counts to measure (default ${DEFAULT-VALUE})")
    List<Integer> threads;

    @Option(names = "--trees", defaultValue = "100", description = "trees of the synthetic forest (default ${DEFAULT-VALUE})")
    int trees;

    @Option(names = "--depth", defaultValue = "10", description = "depth of each tree (default ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--features", defaultValue = "44", description = "features per row (default ${DEFAULT-VALUE})")
    int features;

    @Option(names = "--rows", defaultValue = "200000", description = "rows of forest inference (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--interactions", defaultValue = "2000000", description = "synthetic interactions to generate (default ${DEFAULT-VALUE})")
    int interactions;

    @Option(names = "--repeats", defaultValue = "3", description = "runs per figure, the best is shown (default ${DEFAULT-VALUE}; the surface runs once)")
    int repeats;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the counter-based generator (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    protected int execute() {
        PrintWriter out = out();
        Scenario scenario;
        try {
            scenario = scenarioFile.load();
        } catch (InvalidInputException e) {
            return rejected(e);
        }
        if (products < 1 || prices < 2 || shoppers < 1 || rows < 1 || interactions < 1 || trees < 1 || features < 1
                || depth < 0 || depth > 20 || threads.stream().anyMatch(t -> t < 1)) {
            err().println("bench-kernels: sizes must be positive (prices at least 2, depth 0..20)");
            return 2;
        }
        DemandModel model = new DemandModel(scenario.store(), scenario.demand());
        PersonaMix mix = new PersonaMix(scenario.store());
        SurfaceProblem problem = SurfaceProblems.synthetic(model, mix, products, prices, scenario.pricing().gridLow(),
                scenario.pricing().gridHigh(), LocalDateTime.of(2024, 7, 13, 15, 0));
        FlatForest forest = SyntheticForest.of(trees, depth, features, seed);
        float[] data = SyntheticForest.rows(rows, features, seed + 1);
        // the purchase dataset of `storetwin generate` with its defaults and this seed
        GeneratorSettings dataset = GeneratorSettings.defaults().withSeed(seed);
        InteractionSpec looks = new PurchaseSampler(scenario.store(), scenario.demand(),
                SyntheticCatalogue.of(scenario.store(), dataset.productsPerCategory()), dataset).spec();

        out.printf(Locale.ROOT, "StoreTwin batch kernels: Java %s, %d cores, max heap %,d MB, load average %.2f%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("selected for the window and the engine: " + Backends.shared().describe());

        List<BatchKernels> backends = new ArrayList<>();
        for (int t : threads) {
            backends.add(new JvmKernels(t));
        }
        String tornadoMissing = TornadoRuntimeProbe.unavailableReason();
        if (tornadoMissing == null) {
            Backends.Selection tornado = Backends.choose("tornado", Backends.jvmThreads());
            if (tornado.kernels() instanceof FallbackKernels) {
                backends.add(tornado.kernels());
            } else {
                tornadoMissing = tornado.reason();
                tornado.kernels().close();
            }
        }
        try {
            out.printf(Locale.ROOT, "demand surface: %,d products x %d prices x %,d shoppers = %,d shopper-prices, seed %d%n",
                    products, prices, shoppers, (long) problem.cells() * shoppers, seed);
            for (BatchKernels k : backends) {
                Timing t = KernelBenchmark.surface(k, problem, shoppers, seed, 1);
                line(out, t, "M shopper-prices/s", 1e-6, String.format(Locale.ROOT, "revenue checksum %.4f", t.checksum()));
            }
            out.printf(Locale.ROOT, "forest inference: %d trees of depth %d (%,d nodes), %d features, %,d rows%n",
                    trees, depth, forest.nodes(), features, rows);
            for (BatchKernels k : backends) {
                Timing t = KernelBenchmark.forest(k, forest, data, rows, repeats);
                line(out, t, "rows/s", 1, String.format(Locale.ROOT, "P checksum %.4f", t.checksum()));
            }
            out.printf(Locale.ROOT, "bulk interactions: %,d purchase rows over %,d products, %d days (storetwin generate's rows)%n",
                    interactions, looks.items(), looks.days());
            for (BatchKernels k : backends) {
                Timing t = KernelBenchmark.interactions(k, looks, interactions, seed, repeats);
                line(out, t, "rows/s", 1, String.format(Locale.ROOT, "sold %,.0f", t.checksum()));
            }
            if (tornadoMissing != null) {
                out.println("TornadoVM: not measured: " + tornadoMissing);
            }
        } finally {
            backends.forEach(BatchKernels::close);
        }
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, Timing t, String unit, double scale, String check) {
        out.printf(Locale.ROOT, "  %-44s %9.3f s  %,14.1f %s  %4.2f cores busy  (%s)%n", t.backend(), t.seconds(),
                t.itemsPerSecond() * scale, unit, t.coresUsed(), check);
    }
}
