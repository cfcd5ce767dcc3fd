package io.storetwin.catalog;

/*
 * Validation cases covered (each mutates one line of a valid minimal store or scenario and
 * checks file, exact line, column where stable, field path and message):
 *
 * Store (CatalogLoader.parseStore("store.yaml", ...)):
 *   - malformed YAML: a reserved indicator character ('@') starting a value
 *   - malformed YAML: an unclosed quote (reported where the parser gave up, with where it began)
 *   - unknown field (products[1].colour)
 *   - wrong type: text where a number is expected (products[0].unitCost: cheap)
 *   - missing required field (products[0].shelfLifeDays)
 *   - list price <= 0 (0 and negative)
 *   - unit cost <= 0 (0 and negative)
 *   - unit cost >= list price (above and equal: "must be below listPrice (4.10 >= 3.99)")
 *   - shelf life <= 0
 *   - reorder point >= order-up-to
 *   - duplicate product ids
 *   - product in an unknown category
 *   - persona shares not summing to 1 (above and below; within +-0.001 is accepted)
 *   - category affinity for an unknown category
 *   - probability outside [0, 1] (abandonment 1.5 and -0.1)
 *   - empty product list
 *   - duplicate YAML key (within one product, and at the top level)
 *   - several rule problems in one file: all reported in one exception, sorted by line
 *   - several shape problems (wrong type, unknown field, missing field): all reported, sorted
 *   - a failed load returns nothing: an exception, never a partial catalog; no state left behind
 *   - Problem.toString reads file:line:column path: message
 *
 * Scenario (CatalogLoader.parseScenario("scenario.yaml", ..., dir)):
 *   - unknown pricing strategy name
 *   - days 0
 *   - gridHigh <= gridLow
 *   - a relative `store:` file with a problem: reported with that store file's name and line
 *   - a relative `store:` file with a problem plus a scenario problem: both reported
 *   - a relative `store:` file that does not exist
 *   - a valid scenario with a relative store file loads that store (control)
 */

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest {

    private static final String FILE = "store.yaml";
    private static final int ANY_COLUMN = -1;

    /**
     * A valid two-category, two-product, two-persona store. The cases below expect exact line
     * numbers in it: products start at line 13 (DAI-001 at 14, BAK-001 at 24), personas at 35
     * (budget at 36, premium at 46), the calendar at 56.
     */
    private static final String STORE = """
            name: Mini Market
            categories:
              - name: Dairy
                elasticity: -0.65
                shelfLifeMinDays: 3
                shelfLifeMaxDays: 14
                seasonality: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
              - name: Bakery
                elasticity: -0.60
                shelfLifeMinDays: 1
                shelfLifeMaxDays: 7
                seasonality: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
            products:
              - id: DAI-001
                name: Whole Milk 1L
                category: Dairy
                listPrice: 1.19
                unitCost: 0.82
                shelfLifeDays: 10
                initialStock: 100
                reorderPoint: 20
                orderUpTo: 100
                leadTimeDays: 1
              - id: BAK-001
                name: Sourdough Loaf
                category: Bakery
                listPrice: 3.99
                unitCost: 2.04
                shelfLifeDays: 3
                initialStock: 60
                reorderPoint: 15
                orderUpTo: 60
                leadTimeDays: 1
                packSize: 6
            personas:
              - id: budget
                name: Budget-conscious
                share: 0.6
                budget: {logMean: 3.81, logSd: 0.40}
                priceSensitivity: 1.4
                categoryAffinity: {Dairy: 1.2, Bakery: 1.0}
                basketSizeMean: 12
                visitsPerWeek: 2.0
                abandonment: 0.75
                impulse: 0.05
              - id: premium
                name: Premium
                share: 0.4
                budget: {logMean: 5.01, logSd: 0.40}
                priceSensitivity: 0.4
                categoryAffinity: {Dairy: 1.0, Bakery: 1.1}
                basketSizeMean: 20
                visitsPerWeek: 1.5
                abandonment: 0.45
                impulse: 0.15
            calendar:
              openHour: 8
              closeHour: 22
              hourlyArrivals: [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]
              weekdayTraffic: [1, 1, 1, 1, 1, 1, 1]
            """;

    /** A valid scenario on the embedded default store. */
    private static final String SCENARIO = """
            name: Test run
            populationSize: 100
            startDate: 2024-01-01
            days: 7
            seed: 1
            pricing:
              strategy: fixed
              gridLow: 0.7
              gridHigh: 1.6
            """;

    // ---------------------------------------------------------------- helpers

    /**
     * {@code text} with the one whole line equal to {@code line} replaced by {@code replacement}
     * (which may hold several lines), or removed when {@code replacement} is null.
     */
    private static String with(String text, String line, String replacement) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = lines.indexOf(line);
        if (at < 0 || lines.lastIndexOf(line) != at) {
            throw new IllegalArgumentException("the line must occur exactly once: " + line);
        }
        if (replacement == null) {
            lines.remove(at);
        } else {
            lines.set(at, replacement);
        }
        return String.join("\n", lines);
    }

    private static String store(String line, String replacement) {
        return with(STORE, line, replacement);
    }

    private static List<Problem> storeProblems(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogLoader.parseStore(FILE, yaml));
        assertTrue(!e.problems().isEmpty(), "an InvalidInputException with no problems");
        return e.problems();
    }

    private static Problem onlyStoreProblem(String yaml) {
        List<Problem> problems = storeProblems(yaml);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.getFirst();
    }

    private static List<Problem> scenarioProblems(String yaml, Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CatalogLoader.parseScenario("scenario.yaml", yaml, dir));
        assertTrue(!e.problems().isEmpty(), "an InvalidInputException with no problems");
        return e.problems();
    }

    private static void assertProblem(Problem p, String file, int line, int column, String path, String... fragments) {
        assertAll(p.toString(),
                () -> assertEquals(file, p.file(), "file"),
                () -> assertEquals(line, p.line(), "line"),
                () -> {
                    if (column != ANY_COLUMN) {
                        assertEquals(column, p.column(), "column");
                    }
                },
                () -> assertEquals(path, p.path(), "path"),
                () -> {
                    for (String fragment : fragments) {
                        assertTrue(p.message().contains(fragment), "message lacks \"" + fragment + "\": " + p.message());
                    }
                });
    }

    private static void assertStoreProblem(Problem p, int line, int column, String path, String... fragments) {
        assertProblem(p, FILE, line, column, path, fragments);
    }

    // ---------------------------------------------------------------- controls

    @Test
    void theMinimalStoreIsValid() throws InvalidInputException {
        StoreCatalog store = CatalogLoader.parseStore(FILE, STORE);
        assertEquals("2 products, 2 categories, 2 personas", store.summary());
        assertEquals(6, store.product("BAK-001").orElseThrow().packSize());
        assertEquals(1, store.product("DAI-001").orElseThrow().packSize(), "packSize defaults to 1");
    }

    @Test
    void theMinimalScenarioIsValid(@TempDir Path dir) throws InvalidInputException {
        Scenario scenario = CatalogLoader.parseScenario("scenario.yaml", SCENARIO, dir);
        assertEquals(7, scenario.days());
        assertEquals(CatalogLoader.EMBEDDED_STORE, scenario.storeSource());
    }

    // ---------------------------------------------------------------- syntax

    @Test
    void malformedYamlReservedCharacter() {
        Problem p = onlyStoreProblem(store("    name: Whole Milk 1L", "    name: @Whole Milk 1L"));
        assertStoreProblem(p, 15, 11, "", "malformed YAML", "'@'", "cannot start any token");
    }

    @Test
    void malformedYamlUnclosedQuote() {
        Problem p = onlyStoreProblem(store("    name: Whole Milk 1L", "    name: \"Whole Milk 1L"));
        // The parser only notices at the end of the text (line 61) that the quote never closes;
        // the problem points where the quoted text began, which is where the fix goes (issue #16).
        assertStoreProblem(p, 15, 11, "", "malformed YAML", "unexpected end of stream",
                "quoted scalar started at line 15, column 11");
    }

    @Test
    void duplicateYamlKey() {
        Problem p = onlyStoreProblem(store("    listPrice: 1.19", "    listPrice: 1.19\n    listPrice: 1.29"));
        assertStoreProblem(p, 18, 5, "products[0].listPrice", "duplicate key 'listPrice'", "first written at line 17");
    }

    @Test
    void duplicateTopLevelYamlKey() {
        Problem p = onlyStoreProblem(store("name: Mini Market", "name: Mini Market\nname: Other Market"));
        assertStoreProblem(p, 2, 1, "name", "duplicate key 'name'", "first written at line 1");
    }

    // ---------------------------------------------------------------- shape

    @Test
    void unknownField() {
        Problem p = onlyStoreProblem(store("  - id: BAK-001", "  - id: BAK-001\n    colour: brown"));
        assertStoreProblem(p, 25, ANY_COLUMN, "products[1].colour", "unknown field", "unitCost");
    }

    @Test
    void textWhereANumberIsExpected() {
        Problem p = onlyStoreProblem(store("    unitCost: 0.82", "    unitCost: cheap"));
        assertStoreProblem(p, 18, 15, "products[0].unitCost", "expected a number", "\"cheap\"");
    }

    @Test
    void missingRequiredField() {
        // Reported at the product that lacks it: line 14 is "  - id: DAI-001".
        Problem p = onlyStoreProblem(store("    shelfLifeDays: 10", null));
        assertStoreProblem(p, 14, 5, "products[0].shelfLifeDays", "missing required field");
    }

    // ---------------------------------------------------------------- product rules

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.19"})
    void listPriceMustBePositive(String price) {
        Problem p = onlyStoreProblem(store("    listPrice: 1.19", "    listPrice: " + price));
        assertStoreProblem(p, 17, 16, "products[0].listPrice", "must be greater than 0", "(got " + price + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.5"})
    void unitCostMustBePositive(String cost) {
        Problem p = onlyStoreProblem(store("    unitCost: 0.82", "    unitCost: " + cost));
        assertStoreProblem(p, 18, 15, "products[0].unitCost", "must be greater than 0", "(got " + cost + ")");
    }

    @Test
    void unitCostAboveListPrice() {
        Problem p = onlyStoreProblem(store("    unitCost: 2.04", "    unitCost: 4.10"));
        assertStoreProblem(p, 28, 15, "products[1].unitCost", "must be below listPrice (4.10 >= 3.99)");
        assertEquals("store.yaml:28:15 products[1].unitCost: must be below listPrice (4.10 >= 3.99)", p.toString());
    }

    @Test
    void unitCostEqualToListPrice() {
        Problem p = onlyStoreProblem(store("    unitCost: 2.04", "    unitCost: 3.99"));
        assertStoreProblem(p, 28, 15, "products[1].unitCost", "must be below listPrice (3.99 >= 3.99)");
    }

    @Test
    void shelfLifeMustBePositive() {
        Problem p = onlyStoreProblem(store("    shelfLifeDays: 3", "    shelfLifeDays: 0"));
        assertStoreProblem(p, 29, 20, "products[1].shelfLifeDays", "must be greater than 0", "(got 0)");
    }

    @Test
    void reorderPointMustBeBelowOrderUpTo() {
        Problem p = onlyStoreProblem(store("    reorderPoint: 15", "    reorderPoint: 60"));
        assertStoreProblem(p, 31, 19, "products[1].reorderPoint", "must be below orderUpTo (60 >= 60)");
    }

    @Test
    void duplicateProductIds() {
        Problem p = onlyStoreProblem(store("  - id: BAK-001", "  - id: DAI-001"));
        assertStoreProblem(p, 24, 9, "products[1].id", "duplicate product id 'DAI-001'", "products[0]");
    }

    @Test
    void productInAnUnknownCategory() {
        Problem p = onlyStoreProblem(store("    category: Bakery", "    category: Deli"));
        assertStoreProblem(p, 26, 15, "products[1].category", "unknown category 'Deli'", "Bakery, Dairy");
    }

    @Test
    void emptyProductList() {
        String yaml = STORE.substring(0, STORE.indexOf("products:")) + "products: []\n"
                + STORE.substring(STORE.indexOf("personas:"));
        Problem p = onlyStoreProblem(yaml);
        assertStoreProblem(p, 13, 11, "products", "at least one product");
    }

    // ---------------------------------------------------------------- persona rules

    @ParameterizedTest
    @ValueSource(strings = {"0.41", "0.3", "0.4011"})
    void personaSharesMustSumToOne(String share) {
        Problem p = onlyStoreProblem(store("    share: 0.4", "    share: " + share));
        double sum = 0.6 + Double.parseDouble(share);
        // Reported at the persona list, whose first entry is line 36.
        assertStoreProblem(p, 36, 3, "personas", "shares must sum to 1",
                String.format(java.util.Locale.ROOT, "got %.4f", sum));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.4009", "0.3991"})
    void personaSharesWithinTheToleranceAreAccepted(String share) throws InvalidInputException {
        StoreCatalog store = CatalogLoader.parseStore(FILE, store("    share: 0.4", "    share: " + share));
        assertEquals(2, store.personas().size());
    }

    @Test
    void affinityForAnUnknownCategory() {
        Problem p = onlyStoreProblem(store("    categoryAffinity: {Dairy: 1.0, Bakery: 1.1}",
                "    categoryAffinity: {Dairy: 1.0, Bakery: 1.1, Toys: 0.5}"));
        assertStoreProblem(p, 51, 55, "personas[1].categoryAffinity.Toys", "unknown category 'Toys'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-0.1"})
    void abandonmentMustBeAProbability(String value) {
        Problem p = onlyStoreProblem(store("    abandonment: 0.45", "    abandonment: " + value));
        assertStoreProblem(p, 54, 18, "personas[1].abandonment", "probability between 0 and 1", "(got " + value + ")");
    }

    // ---------------------------------------------------------------- several problems, no partial result

    @Test
    void severalRuleProblemsAreAllReportedSortedByLine() {
        String yaml = STORE;
        // The validator finds the share sum (line 36) only after every persona, so after the
        // abandonment at line 54: the report must still come out in file order.
        yaml = with(yaml, "    abandonment: 0.45", "    abandonment: 1.5");
        yaml = with(yaml, "    share: 0.4", "    share: 0.3");
        yaml = with(yaml, "    unitCost: 2.04", "    unitCost: 4.10");
        yaml = with(yaml, "    category: Bakery", "    category: Deli");
        List<Problem> problems = storeProblems(yaml);
        assertEquals(List.of(26, 28, 36, 54), problems.stream().map(Problem::line).toList(), problems::toString);
        assertEquals(List.of("products[1].category", "products[1].unitCost", "personas", "personas[1].abandonment"),
                problems.stream().map(Problem::path).toList());
        assertTrue(problems.stream().allMatch(p -> p.file().equals(FILE)));
    }

    @Test
    void severalShapeProblemsAreAllReportedSortedByLine() {
        String yaml = STORE;
        yaml = with(yaml, "    impulse: 0.05", null);                              // persona 0 (line 36 after the insert below)
        yaml = with(yaml, "  - id: BAK-001", "  - id: BAK-001\n    colour: brown"); // line 25
        yaml = with(yaml, "    unitCost: 0.82", "    unitCost: cheap");             // line 18
        List<Problem> problems = storeProblems(yaml);
        assertEquals(3, problems.size(), problems::toString);
        assertStoreProblem(problems.get(0), 18, 15, "products[0].unitCost", "expected a number");
        assertStoreProblem(problems.get(1), 25, ANY_COLUMN, "products[1].colour", "unknown field");
        assertStoreProblem(problems.get(2), 37, 5, "personas[0].impulse", "missing required field");
    }

    @Test
    void aFailedLoadReturnsNothing(@TempDir Path dir) throws Exception {
        // Only the second product is wrong: the loader must not hand back the first one.
        String broken = store("    unitCost: 2.04", "    unitCost: 4.10");
        Path file = dir.resolve("store.yaml");
        Files.writeString(file, broken);
        StoreCatalog before = CatalogLoader.parseStore(FILE, STORE);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogLoader.loadStore(file));
        assertEquals(file.toString(), e.problems().getFirst().file());
        assertThrows(InvalidInputException.class, () -> CatalogLoader.load(file));
        assertThrows(InvalidInputException.class, () -> CatalogLoader.parseStore(FILE, broken));
        assertTrue(e.getMessage().startsWith("1 problem:"), e.getMessage());

        // Nothing is left behind: the same text fixed loads in full, equal to before.
        Files.writeString(file, STORE);
        StoreCatalog after = CatalogLoader.loadStore(file);
        assertEquals(before, after);
        assertEquals(2, after.products().size());
    }

    // ---------------------------------------------------------------- scenario rules

    @Test
    void unknownStrategy(@TempDir Path dir) {
        List<Problem> problems = scenarioProblems(with(SCENARIO, "  strategy: fixed", "  strategy: magic"), dir);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.getFirst(), "scenario.yaml", 7, 13, "pricing.strategy", "unknown strategy 'magic'", "rf");
    }

    @Test
    void zeroDays(@TempDir Path dir) {
        List<Problem> problems = scenarioProblems(with(SCENARIO, "days: 7", "days: 0"), dir);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.getFirst(), "scenario.yaml", 4, 7, "days", "must be between 1 and 3650", "(got 0)");
    }

    @Test
    void gridHighMustBeAboveGridLow(@TempDir Path dir) {
        List<Problem> problems = scenarioProblems(with(SCENARIO, "  gridHigh: 1.6", "  gridHigh: 0.7"), dir);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.getFirst(), "scenario.yaml", 9, 13, "pricing.gridHigh", "must be above gridLow (0.7 <= 0.7)");
    }

    @Test
    void relativeStoreFileProblemNamesThatFile(@TempDir Path dir) throws IOException {
        Path storeFile = writeBrokenStore(dir);
        String yaml = with(SCENARIO, "name: Test run", "name: Test run\nstore: stores/mini.yaml");

        List<Problem> problems = scenarioProblems(yaml, dir);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.getFirst(), storeFile.toString(), 28, 15, "products[1].unitCost",
                "must be below listPrice (4.10 >= 3.99)");

        // The same through a scenario file on disk.
        Path scenarioFile = dir.resolve("scenario.yaml");
        Files.writeString(scenarioFile, yaml);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CatalogLoader.loadScenario(scenarioFile));
        assertEquals(storeFile.toAbsolutePath().toString(), e.problems().getFirst().file());
        assertEquals(28, e.problems().getFirst().line());
    }

    @Test
    void relativeStoreFileProblemAndScenarioProblemAreBothReported(@TempDir Path dir) throws IOException {
        Path storeFile = writeBrokenStore(dir);
        String yaml = with(with(SCENARIO, "name: Test run", "name: Test run\nstore: stores/mini.yaml"), "days: 7", "days: 0");
        List<Problem> problems = scenarioProblems(yaml, dir);
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("scenario.yaml") && p.line() == 5 && p.path().equals("days")),
                problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(storeFile.toString()) && p.line() == 28),
                problems::toString);
    }

    @Test
    void missingRelativeStoreFile(@TempDir Path dir) {
        String yaml = with(SCENARIO, "name: Test run", "name: Test run\nstore: stores/none.yaml");
        List<Problem> problems = scenarioProblems(yaml, dir);
        assertEquals(1, problems.size(), problems::toString);
        assertProblem(problems.getFirst(), "scenario.yaml", 2, 8, "store", "store file not found", "none.yaml");
    }

    @Test
    void validRelativeStoreFileIsLoaded(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("stores"));
        Files.writeString(dir.resolve("stores/mini.yaml"), STORE);
        String yaml = with(SCENARIO, "name: Test run", "name: Test run\nstore: stores/mini.yaml");
        Scenario scenario = CatalogLoader.parseScenario("scenario.yaml", yaml, dir);
        assertEquals("stores/mini.yaml", scenario.storeSource());
        assertEquals(CatalogLoader.parseStore(FILE, STORE), scenario.store());
    }

    private static Path writeBrokenStore(Path dir) throws IOException {
        Path storeFile = dir.resolve("stores").resolve("mini.yaml");
        Files.createDirectories(storeFile.getParent());
        Files.writeString(storeFile, store("    unitCost: 2.04", "    unitCost: 4.10"));
        return storeFile;
    }
}
