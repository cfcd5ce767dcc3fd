package io.storetwin.ml.promotions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.Scenario;
import io.storetwin.ml.customers.CustomerFeatures;
import io.storetwin.ml.uplift.CounterfactualTable;
import io.storetwin.ml.uplift.UpliftOptions;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.campaign.AudienceRule;
import io.storetwin.simulation.campaign.Campaign;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PromotionExperimentTest {

    private static final int CUSTOMERS = 600;
    private static final int K = 150;
    private static final List<String> SAME_SIZE = List.of("random:150", "top:150", "uplift:150", "margin:150", "twin:150");
    private static PromotionSetup setup;
    private static PromotionResult result;

    @BeforeAll
    static void runOnce() throws InterruptedException {
        Scenario scenario = SimFixtures.small(5, CUSTOMERS, 30);
        setup = new PromotionSetup(scenario, Campaign.onProduct("BAK-001", 15, 7, 5, 0.05), 7, 5,
                AudienceRule.parseList("broadcast,random:150,top:150,uplift:150,margin:150,twin:150,oracle:150,oracle", CUSTOMERS),
                3, 1, 0.3, 50, new UpliftOptions(30, 5, 20, 1));
        result = PromotionExperiment.run(setup, 2, done -> { });
    }

    @Test
    void theOracleBringsAtLeastTheIncrementalRevenueOfEveryOtherAudienceOnEachReplication() {
        double[] oracleAll = values("oracle", PromotionMeasure.INCREMENTAL_REVENUE);
        double[] oracleK = values("oracle:150", PromotionMeasure.INCREMENTAL_REVENUE);
        for (PromotionResult.AudienceResult audience : result.audiences()) {
            double[] v = audience.values().get(PromotionMeasure.INCREMENTAL_REVENUE);
            for (int r = 0; r < v.length; r++) {
                assertTrue(oracleAll[r] >= v[r], "replication %d: oracle %.2f < %s %.2f".formatted(r, oracleAll[r],
                        audience.audience(), v[r]));
                if (SAME_SIZE.contains(audience.audience())) {
                    assertTrue(oracleK[r] >= v[r], "replication %d: oracle:150 %.2f < %s %.2f".formatted(r, oracleK[r],
                            audience.audience(), v[r]));
                }
            }
        }
    }

    @Test
    void theTwinAudienceLearnsEachCustomersTrueProfitUpliftAndItAddsUpToWhatBroadcastMeasured() {
        CounterfactualTable truths = ModelTraining.counterfactuals(setup, setup.replication(0),
                new CustomerFeatures(setup.scenario().store()), () -> { });
        assertEquals(CUSTOMERS, truths.size());
        double sum = java.util.Arrays.stream(truths.profitUplift()).sum();
        double broadcastProfit = values("broadcast", PromotionMeasure.INCREMENTAL_PROFIT)[0];
        assertEquals(broadcastProfit + CUSTOMERS * 0.05, sum, 1e-6,
                "per-customer profit uplifts add up to broadcast's incremental profit before message costs");
        PromotionResult.ModelReport models = result.models();
        assertEquals(CUSTOMERS, models.twinHeldOut().trainCustomers() + models.twinHeldOut().heldOutCustomers());
        assertEquals(3, models.replicationTwinCorrelation().n());
        assertEquals(3, ModelTraining.runs(setup), "the training seed runs the random half, then without and with the offer");
    }

    @Test
    void eachAudienceSendsItsMessagesAndItsFiguresAddUp() {
        assertArrayEquals(new double[] {CUSTOMERS, CUSTOMERS, CUSTOMERS}, values("broadcast", PromotionMeasure.MESSAGES));
        for (String label : SAME_SIZE) {
            assertArrayEquals(new double[] {K, K, K}, values(label, PromotionMeasure.MESSAGES), label);
            assertArrayEquals(new double[] {K * 0.05, K * 0.05, K * 0.05}, values(label, PromotionMeasure.MESSAGE_COST), 1e-9);
        }
        for (PromotionResult.AudienceResult a : result.audiences()) {
            for (int r = 0; r < 3; r++) {
                double precision = a.values().get(PromotionMeasure.PRECISION_AT_K)[r];
                double redeemers = a.values().get(PromotionMeasure.REDEEMERS)[r];
                double messages = a.values().get(PromotionMeasure.MESSAGES)[r];
                assertTrue(precision >= 0 && precision <= 1 && redeemers <= messages, a.audience());
                assertTrue(a.values().get(PromotionMeasure.DISCOUNT_TO_SURE_BUYERS)[r]
                        <= a.values().get(PromotionMeasure.DISCOUNT_GIVEN)[r] + 1e-9, a.audience());
            }
        }
        // Broadcast reaches every buyer of the promoted product.
        assertArrayEquals(new double[] {1, 1, 1}, values("broadcast", PromotionMeasure.RECALL_AT_K), 1e-12);
        assertEquals("broadcast", result.reference());
        assertTrue(result.audience("random:150").versusReference().get(PromotionMeasure.MESSAGES).mean() == K - CUSTOMERS);
    }

    @Test
    void fairnessTablesCoverEveryCustomerOfEveryReplication() {
        for (PromotionResult.AudienceResult a : result.audiences()) {
            assertEquals(3 * CUSTOMERS, a.byPersona().rows().stream().mapToInt(FairnessTable.Row::customers).sum());
            assertEquals(a.byPersona().rows().stream().mapToInt(FairnessTable.Row::recipients).sum(),
                    a.byAgeBand().rows().stream().mapToInt(FairnessTable.Row::recipients).sum());
        }
    }

    @Test
    void theResultIsTheSameOnOneThread() throws InterruptedException {
        PromotionResult again = PromotionExperiment.run(setup, 1, done -> { });
        for (PromotionResult.AudienceResult a : result.audiences()) {
            for (PromotionMeasure m : PromotionMeasure.values()) {
                assertArrayEquals(a.values().get(m), again.audience(a.audience()).values().get(m), a.audience() + " " + m);
            }
        }
    }

    @Test
    void aSetupThatCannotRunSaysEverythingWrongAtOnce() {
        Scenario scenario = SimFixtures.small(5, CUSTOMERS, 30);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PromotionSetup(scenario,
                Campaign.onProduct("BAK-001", 15, 3, 5, -1), 3, 5, List.of(new AudienceRule(AudienceRule.Kind.TOP, 700)),
                1, 1, 0.3, 50, UpliftOptions.defaults()));
        assertEquals("""
                message cost must be 0 or more (got -1)
                history must be at least 7 days before the campaign (got 3)
                audience top:700: K = 700 is larger than the population of 600 customers
                at least 2 replications are needed for a confidence interval (got 1)""", e.getMessage());
    }

    private static double[] values(String audience, PromotionMeasure measure) {
        return result.audience(audience).values().get(measure);
    }
}
