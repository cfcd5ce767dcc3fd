package io.storetwin.simulation.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.PricingSettings;
import io.storetwin.catalog.PricingSettings.Objective;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.PersonaMix;
import io.storetwin.simulation.headless.HeadlessRun;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.kernels.JvmKernels;
import io.storetwin.simulation.kernels.PerturbingKernels;
import io.storetwin.simulation.kernels.ScalarKernels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle's batch through the persona-mix kernel (float) makes exactly the decisions of its
 * pure-double {@link Oracle#price}: same prices and same reasons, for any backend whose floats
 * stay within {@link Oracle#FLOAT_TOLERANCE}, so a seeded run logs the same bytes.
 */
class OracleBatchTest {

    /** Rounds of random views per case: every product of the store each round. */
    private static final int ROUNDS = 60;

    static Stream<Arguments> stores() {
        Scenario shop = SimFixtures.defaultScenario();
        // noise 0: the double model uses the exact sigmoid, the kernels its interpolated table
        Scenario closedForm = OracleTest.closedForm(2.00, 1.20, -2.0, 1.0, 0.5, 1.0, Objective.REVENUE);
        return Stream.of(
                Arguments.of("default store, revenue", shop, pricing(shop, Objective.REVENUE, 20)),
                Arguments.of("default store, profit", shop, pricing(shop, Objective.PROFIT, 20)),
                Arguments.of("default store, 200 close prices", shop, pricing(shop, Objective.REVENUE, 200)),
                Arguments.of("closed form, no noise", closedForm, pricing(closedForm, Objective.PROFIT, 97)));
    }

    private static PricingSettings pricing(Scenario scenario, Objective objective, int points) {
        PricingSettings p = scenario.pricing();
        return new PricingSettings("oracle", p.cadenceMinutes(), p.gridLow(), p.gridHigh(), points, objective,
                p.scarcityLowStock(), p.scarcityRaise(), p.excessDaysOfCover(), p.excessCut(), p.markdownStartDays(),
                p.markdownMaxDiscount(), p.exploreEpsilon());
    }

    /** Every product in a random state: stock (0 included), days to expiry (-1 included), any hour of a year. */
    private static List<ProductView> randomViews(Scenario scenario, SplittableRandom random) {
        List<Product> products = scenario.store().products();
        List<ProductView> views = new ArrayList<>(products.size());
        LocalDateTime time = LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(random.nextInt(366 * 24));
        for (int i = 0; i < products.size(); i++) {
            Product product = products.get(i);
            int stock = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 12 : 300);
            int daysToExpiry = stock == 0 ? -1 : random.nextInt(Math.max(product.shelfLifeDays(), 0) + 1);
            views.add(new ProductView(i, product, product.listPrice(), stock, daysToExpiry, 0, 0, 0, time));
        }
        return views;
    }

    /** Counts the decisions of {@code batched} that differ from the pure-double oracle's, over the rounds. */
    private static int differences(Scenario scenario, PricingSettings pricing, BatchKernels kernels, long seed) {
        DemandModel demand = new DemandModel(scenario.store(), scenario.demand());
        PersonaMix mix = new PersonaMix(scenario.store());
        Oracle oracle = new Oracle(demand, mix, pricing, kernels);
        SplittableRandom random = new SplittableRandom(seed);
        int differ = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<ProductView> views = randomViews(scenario, random);
            List<PriceDecision> batched = oracle.priceAll(views);
            for (int i = 0; i < views.size(); i++) {
                if (!batched.get(i).equals(oracle.price(views.get(i)))) {
                    differ++;
                }
            }
        }
        return differ;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void batchedDecisionsEqualThePureDoubleOnes(String name, Scenario scenario, PricingSettings pricing) {
        try (JvmKernels jvm = new JvmKernels(2)) {
            assertEquals(0, differences(scenario, pricing, jvm, 11), "JVM backend");
        }
        assertEquals(0, differences(scenario, pricing, new ScalarKernels(), 12), "scalar reference");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void floatsPerturbedWithinTheToleranceLeaveEveryDecisionAlone(String name, Scenario scenario,
                                                                  PricingSettings pricing) {
        try (JvmKernels jvm = new JvmKernels(1)) {
            assertEquals(0, differences(scenario, pricing, new PerturbingKernels(jvm, Oracle.FLOAT_TOLERANCE / 4, 5), 13));
        }
    }

    /** The control: the float ranking really prunes, so errors far beyond the tolerance do change decisions. */
    @Test
    void floatsPerturbedFarBeyondTheToleranceChangeSomeDecisions() {
        Scenario shop = SimFixtures.defaultScenario();
        try (JvmKernels jvm = new JvmKernels(1)) {
            int differ = differences(shop, pricing(shop, Objective.REVENUE, 20), new PerturbingKernels(jvm, 0.05, 5), 14);
            assertTrue(differ > 0, "5% errors changed no decision: the batch does not use the kernel's ranking");
        }
    }

    @Test
    void aSeededOracleRunLogsTheSameBytesAsThePureDoubleOracle(@TempDir Path tmp) throws IOException {
        Scenario scenario = SimFixtures.small(3, 300, 2);
        scenario = scenario.withPricing(scenario.pricing().withStrategy(Oracle.NAME));
        Strategies pureDouble = Strategies.builtIn().with(Oracle.NAME, context -> {
            Oracle oracle = new Oracle(context.demand(), context.personaMix(), context.settings(), new ScalarKernels());
            return new PricingStrategy() {
                @Override
                public String name() {
                    return Oracle.NAME;
                }

                @Override
                public PriceDecision price(ProductView view) {
                    return oracle.price(view);
                }
            };
        });
        new HeadlessRun(scenario, Strategies.builtIn()).run(new HeadlessRun.Output(tmp.resolve("batch"), true, false), null);
        new HeadlessRun(scenario, pureDouble).run(new HeadlessRun.Output(tmp.resolve("double"), true, false), null);
        Path batch = tmp.resolve("batch/events.csv");
        assertTrue(Files.readAllLines(batch).stream().filter(l -> l.startsWith("price_change,")).count() > 50,
                "the oracle repriced");
        assertEquals(-1, Files.mismatch(batch, tmp.resolve("double/events.csv")));
    }
}
