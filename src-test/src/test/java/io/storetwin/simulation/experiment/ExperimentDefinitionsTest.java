package io.storetwin.simulation.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.InvalidInputException;
import io.storetwin.catalog.Problem;
import io.storetwin.simulation.pricing.Strategies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arms from options and files: expansion, names, and a clear error for every bad key or value. */
class ExperimentDefinitionsTest {

    private static Experiment fromOptions(List<String> arms, List<String> params, String baseline) throws InvalidInputException {
        return ExperimentDefinitions.fromOptions(ExperimentFixtures.smallScenario(), arms, params, 2, 3, 0, baseline,
                Strategies.builtIn());
    }

    @Test
    void parameterValuesMultiplyTheArms() throws Exception {
        Experiment e = fromOptions(List.of("fixed", "markdown"), List.of("markdown.maxDiscount=0.3,0.5", "population.size=300,500"), "fixed");
        assertEquals(8, e.arms().size());
        assertEquals("markdown markdown.maxDiscount=0.5 population.size=300", e.arms().get(6).name());
        var scenario = e.scenarioOf(6, 1);
        assertEquals(0.5, scenario.pricing().markdownMaxDiscount());
        assertEquals(300, scenario.populationSize());
        assertEquals("markdown", scenario.pricing().strategy());
        assertEquals(ExperimentFixtures.smallScenario().seed() + 1, scenario.seed());
        // Each markdown arm is compared with the fixed arm of the same parameter values.
        assertEquals(2, e.baselineOf(6));
    }

    @Test
    void genericKeysReachEverySettingsRecord() {
        var s = ExperimentFixtures.smallScenario();
        assertEquals(2.0, ScenarioParameters.apply(s, "demand.elasticityScale", "2").demand().elasticityScale());
        assertEquals(0.01, ScenarioParameters.apply(s, "inventory.damageRatePerDay", "0.01").inventory().damageRatePerDay());
        assertEquals(5, ScenarioParameters.apply(s, "scarcity.lowStock", "5").pricing().scarcityLowStock());
        assertEquals("pricing.exploreEpsilon", ScenarioParameters.canonical("explore.epsilon"));
        assertEquals("PROFIT", ScenarioParameters.apply(s, "pricing.objective", "profit").pricing().objective().name());
    }

    @Test
    void unknownKeyIsNamedWithTheValidKeys() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fromOptions(List.of("markdown"), List.of("markdown.maxDiscout=0.3"), null));
        Problem p = e.problems().getFirst();
        assertEquals("--param", p.file());
        assertTrue(p.message().contains("unknown parameter 'markdown.maxDiscout'"), p.message());
        assertTrue(p.message().contains("pricing.markdownMaxDiscount") && p.message().contains("demand.elasticityScale")
                && p.message().contains("population.size"), p.message());
    }

    @Test
    void badValuesAndStrategiesAreAllReportedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> fromOptions(
                List.of("fixed", "markup"), List.of("demand.elasticityScale=abc", "markdown.maxDiscount=2", "population.size=1.5"),
                "nobody"));
        String all = e.getMessage();
        assertTrue(all.contains("--arms unknown strategy 'markup'; known: fixed, rule, markdown, explore, oracle"), all);
        assertTrue(all.contains("--param demand.elasticityScale: expected a number, got 'abc'"), all);
        assertTrue(all.contains("--param markdown.maxDiscount: pricing.markdownMaxDiscount must be between 0 and 0.95 (got 2)"), all);
        assertTrue(all.contains("--param population.size: expected a whole number, got '1.5'"), all);
        assertTrue(all.contains("--baseline baseline 'nobody' is not an arm"), all);
    }

    @Test
    void experimentFileExpandsAndPointsAtTheLineOfABadKey(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.yaml");
        Files.writeString(good, """
                name: Markdown depth
                strategies: [fixed]
                arms:
                  - {name: deep, strategy: markdown, set: {markdown.maxDiscount: 0.7}}
                parameters:
                  demand.elasticityScale: [0.5, 2]
                replications: 3
                days: 2
                warmupDays: 1
                baseline: fixed
                """);
        Experiment e = ExperimentDefinitions.fromFile(CatalogLoader.loadExperiment(good), Strategies.builtIn());
        assertEquals(List.of("fixed demand.elasticityScale=0.5", "fixed demand.elasticityScale=2",
                "deep demand.elasticityScale=0.5", "deep demand.elasticityScale=2"), e.arms().stream().map(Arm::name).toList());
        assertEquals(0.7, e.scenarioOf(3, 0).pricing().markdownMaxDiscount());
        assertEquals(2.0, e.scenarioOf(3, 0).demand().elasticityScale());
        assertEquals(3, e.replications());
        assertEquals(3, e.scenarioOf(0, 0).days(), "warm-up plus measured days");

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                strategies: [fixed, markdown]
                parameters:
                  demand.elastcityScale: [0.5, 2]
                replications: 3
                days: 2
                """);
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> ExperimentDefinitions.fromFile(CatalogLoader.loadExperiment(bad), Strategies.builtIn()));
        Problem p = error.problems().getFirst();
        assertEquals(bad.toString(), p.file());
        assertEquals(3, p.line());
        assertTrue(p.message().startsWith("unknown parameter 'demand.elastcityScale'; valid keys:"), p.message());
    }

    @Test
    void experimentFileOfTheWrongShapeListsEveryProblem(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("shape.yaml");
        Files.writeString(bad, """
                strategies: fixed
                replications: many
                """);
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> CatalogLoader.loadExperiment(bad));
        String all = error.getMessage();
        assertTrue(all.contains("strategies: expected a list"), all);
        assertTrue(all.contains("replications: expected a whole number"), all);
        assertTrue(all.contains("days: missing required field"), all);
    }
}
