package io.storetwin.ml.promotions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.campaign.AudienceRule;
import io.storetwin.simulation.random.RandomStreams;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.shoppers.Population;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudienceSelectorTest {

    private static final double[] PROPENSITY = {0.9, 0.1, 0.5, 0.7, 0.3};
    private static final double[] UPLIFT = {0.0, 0.2, 0.3, -0.1, 0.1};
    private static final double[] TRUTH = {-1.0, 5.0, 0.0, 2.0, 1.0};
    private static final double[] PROFIT_UPLIFT = {0.4, -0.2, 0.1, 0.0, 0.3};

    private static boolean[] pick(String rule) {
        return AudienceSelector.select(AudienceRule.parse(rule, 5), 5,
                new AudienceSelector.Scores(PROPENSITY, UPLIFT, null, PROFIT_UPLIFT, TRUTH), 11);
    }

    @Test
    void eachRulePicksItsCustomers() {
        assertArrayEquals(new boolean[] {true, true, true, true, true}, pick("broadcast"));
        assertArrayEquals(new boolean[] {true, false, false, true, false}, pick("top:2"));
        assertArrayEquals(new boolean[] {false, true, true, false, false}, pick("uplift:2"));
        assertArrayEquals(new boolean[] {false, true, false, true, false}, pick("oracle:2"));
        assertArrayEquals(new boolean[] {true, false, false, false, true}, pick("twin:2"));
        boolean[] random = pick("random:3");
        int count = 0;
        for (boolean b : random) {
            count += b ? 1 : 0;
        }
        assertEquals(3, count);
        assertArrayEquals(random, pick("random:3"), "the same seed draws the same audience");
    }

    @Test
    void anAudienceNeedsItsScoresAndFitsThePopulation() {
        assertThrows(IllegalArgumentException.class,
                () -> AudienceSelector.select(AudienceRule.parse("oracle:2", 5), 5, PROPENSITY, UPLIFT, null, 1));
        IllegalArgumentException noTwin = assertThrows(IllegalArgumentException.class,
                () -> AudienceSelector.select(AudienceRule.parse("twin:2", 5), 5, PROPENSITY, UPLIFT, TRUTH, 1));
        assertEquals("audience twin:2 needs one score per customer", noTwin.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AudienceSelector.select(new AudienceRule(AudienceRule.Kind.TOP, 6), 5, PROPENSITY, UPLIFT, TRUTH, 1));
    }

    @Test
    void fairnessTablesCountRecipientsAndRedeemersPerPersonaAndAgeBand() {
        List<Customer> customers = Population.generate(SimFixtures.defaultScenario().store(), 200, new RandomStreams(3))
                .customers();
        boolean[] recipients = new boolean[200];
        boolean[] redeemed = new boolean[200];
        for (Customer c : customers) {
            recipients[c.id()] = c.persona().id().equals("family") || c.id() % 2 == 0;
            redeemed[c.id()] = recipients[c.id()] && c.id() % 4 == 0;
        }
        FairnessTable byPersona = FairnessTable.byPersona(customers, recipients, redeemed);
        FairnessTable.Row family = byPersona.rows().stream().filter(r -> r.group().equals("family")).findFirst().orElseThrow();
        assertEquals(1.0, family.targetingRate());
        assertEquals(200, byPersona.rows().stream().mapToInt(FairnessTable.Row::customers).sum());
        FairnessTable byAge = FairnessTable.byAgeBand(customers, recipients, redeemed);
        assertEquals(byPersona.rows().stream().mapToInt(FairnessTable.Row::recipients).sum(),
                byAge.rows().stream().mapToInt(FairnessTable.Row::recipients).sum());
        for (FairnessTable.Row row : byAge.rows()) {
            assertTrue(row.redeemers() <= row.recipients() && row.recipients() <= row.customers());
            assertFalse(row.group().isBlank());
        }
    }
}
