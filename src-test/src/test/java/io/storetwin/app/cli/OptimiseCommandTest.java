package io.storetwin.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.experiment.Arm;
import io.storetwin.simulation.experiment.Experiment;
import io.storetwin.simulation.experiment.ExperimentRunner;
import io.storetwin.simulation.experiment.Metric;
import io.storetwin.simulation.experiment.ParameterOverride;
import io.storetwin.simulation.experiment.ReplicationOutcome;
import io.storetwin.simulation.pricing.Strategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storetwin optimise} on the real store: it finds the optimum that trying every value finds. */
class OptimiseCommandTest {

    private static CliRun.Result run(String... args) {
        return CliRun.run(args);
    }

    /** Mean profit of markdown with the given start days, on the command's replication seeds. */
    private static double profitWithStartDays(int startDays) throws Exception {
        Scenario scenario = CatalogLoader.defaultScenario().withPopulationSize(400).withDays(4).withSeed(5);
        Experiment e = new Experiment("grid", scenario, List.of(new Arm(null, "markdown",
                List.of(new ParameterOverride("markdown.startDays", Integer.toString(startDays))))), 3, 4, 0, null, true);
        ReplicationOutcome[][] outcomes = new ExperimentRunner(Strategies.builtIn(), 2).runAll(e, null, null);
        double sum = 0;
        for (ReplicationOutcome o : outcomes[0]) {
            sum += Metric.PROFIT.of(o.measured());
        }
        return sum / outcomes[0].length;
    }

    @Test
    void findsTheBestWholeValueThatExhaustiveSearchFinds(@TempDir Path dir) throws Exception {
        int bestByGrid = 1;
        double bestProfit = Double.NEGATIVE_INFINITY;
        for (int days = 1; days <= 5; days++) {
            double profit = profitWithStartDays(days);
            if (profit > bestProfit) {
                bestProfit = profit;
                bestByGrid = days;
            }
        }
        Path out = dir.resolve("opt");
        Path scenarioFile = dir.resolve("small.yaml");
        Files.writeString(scenarioFile, new String(CatalogLoader.class.getResourceAsStream("default-scenario.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("populationSize: 5000", "populationSize: 400"));
        CliRun.Result run = run("optimise", "--scenario", scenarioFile.toString(), "--strategy", "markdown", "--param",
                "markdown.startDays=1..5", "--objective", "profit", "--replications", "3", "--days", "4", "--seed", "5",
                "--budget", "8", "--threads", "2", "--quiet", "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        List<String> best = Files.readAllLines(out.resolve("best.csv"));
        assertTrue(best.get(0).startsWith("markdown.startDays,objective,n,mean"), best.get(0));
        assertEquals(Integer.toString(bestByGrid), best.get(1).split(",")[0], run.out());
        assertEquals(bestProfit, Double.parseDouble(best.get(1).split(",")[3]), 1e-4, best.get(1));
        assertTrue(Files.readAllLines(out.resolve("trace.csv")).size() <= 1 + 5, "whole values tried once each");
        assertTrue(run.out().contains("best - defaults"), run.out());
    }

    @Test
    void badOptionsAreRefusedWithTheCommandsUsage(@TempDir Path dir) {
        CliRun.Result unknown = run("optimise", "--strategy", "markdown", "--param", "markdown.depth=1..2", "--out", dir.toString());
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("unknown parameter 'markdown.depth'"), unknown.err());
        assertTrue(unknown.err().contains("Usage: storetwin optimise"), unknown.err());
        CliRun.Result objective = run("optimise", "--strategy", "markdown", "--param", "markdown.maxDiscount=0.1..0.7",
                "--objective", "regret", "--out", dir.toString());
        assertEquals(2, objective.exitCode(), objective::toString);
        assertTrue(objective.err().contains("the objective must be a KPI of one run, not regret"), objective.err());
        assertFalse(Files.exists(dir.resolve("best.csv")));
    }
}
