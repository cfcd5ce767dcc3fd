package io.storetwin.badinput;

import static io.storetwin.badinput.YamlMutation.scenario;
import static io.storetwin.badinput.YamlMutation.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.storetwin.app.cli.CliRun;
import io.storetwin.catalog.CatalogLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The careless user's suite: the default store and scenario broken in every way a file can be
 * (syntax, types, ranges, cross-references, non-finite numbers, aliases), each checked by
 * {@code validate} and by {@code run} alike. Every case asserts the exit code, the message, the
 * file and the line, that no stack trace is shown and that the run left no summary behind.
 * {@link BadCommandsTest} covers options, encodings, sizes and data and model files.
 */
class BadInputSuiteTest {

    static final String STORE = CatalogLoader.resource("default-store.yaml");
    static final String SCENARIO = CatalogLoader.resource("default-scenario.yaml");

    @TempDir
    Path dir;

    static List<YamlMutation> mutations() {
        return List.of(
                // syntax
                scenario("unclosed quote", "^name: Default supermarket", "name: \"Default supermarket", "malformed YAML: found unexpected end of stream (while scanning a quoted scalar started at line"),
                store("tab indentation", "^  - name: Dairy", "\t- name: Dairy", "malformed YAML"),
                store("duplicate key", "^currency: EUR", "currency: EUR\ncurrency: USD", "duplicate key 'currency' (first written at line").shifted(1),
                store("unclosed flow list", "seasonality: \\[1.00, 0.98", "seasonality: [[1.00, 0.98", "malformed YAML: expected ',' or ']'").shifted(1),
                scenario("mapping value in a value", "^days: 30", "days: 30: 31", "malformed YAML: mapping values are not allowed here"),
                scenario("duplicate seed", "^seed: 42", "seed: 42\nseed: 43", "duplicate key 'seed' (first written at line").shifted(1),
                // types
                store("price as text", "listPrice: 1.19", "listPrice: cheap", "products[0].listPrice: expected a number, got text \"cheap\""),
                store("stock as fraction", "initialStock: 4106", "initialStock: 4106.5", "products[0].initialStock: expected a whole number, got 4106.5"),
                store("currency as list", "^currency: EUR", "currency: [EUR]", "currency: expected text, got a list"),
                store("seasonality word", "seasonality: \\[1.00", "seasonality: [high", "categories[0].seasonality[0]: expected a number, got text \"high\""),
                store("products as number", "^products:\n", "products: 12\nproducts_old:\n", "products: expected a list, got 12"),
                scenario("seed as words", "^seed: 42", "seed: forty-two", "seed: expected a whole number, got text \"forty-two\""),
                scenario("impossible start date", "^startDate: 2024-01-01", "startDate: 2024-02-30", "startDate: expected a date like 2024-01-01, got text \"2024-02-30\""),
                scenario("strategy as list", "strategy: fixed", "strategy: [fixed]", "pricing.strategy: expected text, got a list"),
                scenario("policy not known", "issuePolicy: oldest_first", "issuePolicy: random", "inventory.issuePolicy: must be one of oldest_first, newest_first, got text \"random\""),
                // ranges
                store("negative price", "listPrice: 1.19", "listPrice: -1.19", "products[0].listPrice"),
                store("cost above price", "unitCost: 0.82", "unitCost: 1.30", "products[0].unitCost: must be below listPrice (1.30 >= 1.19)"),
                store("zero shelf life", "shelfLifeDays: 10", "shelfLifeDays: 0", "products[0].shelfLifeDays"),
                store("share above one", "share: 0.20", "share: 1.5", "personas[0].share"),
                store("hour past midnight", "openHour: 8", "openHour: 25", "calendar.openHour"),
                store("stock beyond int", "initialStock: 4106", "initialStock: 99999999999", "products[0].initialStock: must be a whole number from -2147483648 to 2147483647, got 99999999999"),
                scenario("no customers", "^populationSize: 5000", "populationSize: 0", "populationSize"),
                scenario("no days", "^days: 30", "days: 0", "days"),
                scenario("days beyond int", "^days: 30", "days: 3000000000", "days: must be a whole number from -2147483648 to 2147483647, got 3000000000"),
                scenario("grid upside down", "gridLow: 0.7 ", "gridLow: 1.7 ", "pricing.gridHigh: must be above gridLow (1.6 <= 1.7)").shifted(1),
                scenario("markdown over 100%", "markdownMaxDiscount: 0.5", "markdownMaxDiscount: 1.5", "pricing.markdownMaxDiscount"),
                scenario("negative damage", "damageRatePerDay: 0.003", "damageRatePerDay: -0.1", "inventory.damageRatePerDay"),
                scenario("zero tick", "^tickMinutes: 1 ", "tickMinutes: 0 ", "tickMinutes"),
                scenario("negative noise", "noiseSd: 0.5", "noiseSd: -0.5", "demand.noiseSd"),
                scenario("zero cadence", "cadenceMinutes: 60", "cadenceMinutes: 0", "pricing.cadenceMinutes"),
                // numbers YAML has but no field can hold
                store("price 1e400", "listPrice: 1.19", "listPrice: 1e400", "products[0].listPrice: must be a finite number, got 1e400"),
                store("cost .nan", "unitCost: 0.82", "unitCost: .nan", "products[0].unitCost: must be a finite number, got .nan"),
                store("elasticity -.inf", "elasticity: -0.65", "elasticity: -.inf", "categories[0].elasticity: must be a finite number, got -.inf"),
                scenario("logit .NaN", "baseLogit: -0.35", "baseLogit: .NaN", "demand.baseLogit: must be a finite number, got .NaN"),
                scenario("seed 1e400", "^seed: 42", "seed: 1e400", "seed: must be a finite number, got 1e400"),
                // cross-references
                store("unknown category", "category: Dairy, listPrice: 1.19", "category: Deli, listPrice: 1.19", "unknown category 'Deli'"),
                store("duplicate product id", "id: DAI-002", "id: DAI-001", "DAI-001"),
                store("affinity to unknown category", "categoryAffinity: \\{Dairy: 1.2", "categoryAffinity: {Deli: 1.2", "Deli"),
                store("unknown field", "packSize: 6}", "packSize: 6, colour: red}", "products[0].colour: unknown field; expected one of:"),
                store("missing field", "category: Dairy, listPrice: 1.19", "listPrice: 1.19", "products[0].category: missing required field"),
                scenario("store file missing", "^store: embedded:default", "store: nowhere.yaml", "store: store file not found: "),
                scenario("unknown scenario field", "^days: 30", "days: 30\nweeks: 4", "weeks: unknown field; expected one of:").shifted(1),
                // aliases
                store("undefined alias", "listPrice: 1.19", "listPrice: *price", "products[0].listPrice: *price is a YAML alias, which StoreTwin files do not use"),
                store("anchor and alias", "listPrice: 1.19, unitCost: 0.82", "listPrice: &p 1.19, unitCost: *p", "products[0].unitCost: *p is a YAML alias"),
                // whole-file
                store("empty file", "(?s)\\A.*\\z", "", "the file is empty").wholeFile(),
                scenario("comments only", "(?s)\\A.*\\z", "# nothing here\n", "the file is empty").wholeFile(),
                store("deep nesting", "^products:\n", "deep: " + "[".repeat(1200) + "\nproducts:\n", "lists or mappings nested more than 1000 levels deep"));
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenFileIsRefusedAlikeByValidateAndRun() {
        List<DynamicTest> tests = new ArrayList<>();
        for (YamlMutation m : mutations()) {
            tests.add(dynamicTest("validate: " + m.target() + " " + m.id(), () -> check(m, false)));
            tests.add(dynamicTest("run: " + m.target() + " " + m.id(), () -> check(m, true)));
        }
        return tests.stream();
    }

    private void check(YamlMutation m, boolean simulate) throws Exception {
        Path folder = Files.createDirectories(dir.resolve((simulate ? "run-" : "validate-") + m.id().replace(' ', '-')));
        boolean store = m.target() == YamlMutation.Target.STORE;
        String original = store ? STORE : SCENARIO;
        Path broken = folder.resolve(store ? "store.yaml" : "scenario.yaml");
        Files.writeString(broken, m.apply(original));
        Path scenario = broken;
        if (store) {
            scenario = folder.resolve("scenario.yaml");
            Files.writeString(scenario, SCENARIO.replace("store: embedded:default", "store: store.yaml"));
        }
        Path out = folder.resolve("out");
        CliRun.Result result = simulate
                ? CliRun.run("run", "--scenario", scenario.toString(), "--days", "2", "--quiet", "--out", out.toString())
                : CliRun.run("validate", (store ? broken : scenario).toString());
        assertEquals(1, result.exitCode(), result::toString);
        String where = switch (m.where()) {
            case AT_LINE -> broken + ":" + m.line(original) + ":";
            case WHOLE_FILE -> broken + " ";
            case LINE_IN_MESSAGE -> broken + ":";
        };
        String message = m.where() == YamlMutation.Where.LINE_IN_MESSAGE ? m.message() + " " + m.line(original) + "," : m.message();
        assertTrue(result.err().lines().anyMatch(l -> l.strip().startsWith(where)),
                () -> "no problem at " + where + "\n" + result);
        assertTrue(result.err().contains(message), () -> "expected \"" + message + "\"\n" + result);
        assertFalse(result.hasStackTrace(), result::toString);
        assertFalse(result.err().contains("Exception"), result::toString);
        assertFalse(Files.exists(out.resolve("summary.json")), "a refused run left a summary");
        assertFalse(Files.exists(out.resolve("events.csv")), "a refused run left an event log");
    }
}
