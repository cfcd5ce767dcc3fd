package io.storetwin.simulation.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CampaignSettings;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.time.SimClock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignDefinitionTest {

    private static final StoreCatalog STORE = SimFixtures.defaultScenario().store();

    @Test
    void aGoodCampaignHasNoProblems() {
        assertEquals(List.of(), Campaign.onProduct("BAK-001", 15, 0, 14, 0.05).problems(STORE, 5000));
        assertEquals(List.of(), new Campaign(null, "Bakery", 90, 3, 1, 0).problems(STORE, 10));
    }

    @Test
    void everyProblemOfABadCampaignIsNamedAtOnce() {
        List<String> problems = Campaign.onProduct("XYZ-999", 95, -1, 0, -0.5).problems(STORE, 5000);
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("unknown product 'XYZ-999'"), problems.get(0));
        assertEquals("discount must be above 0% and at most 90% (got 95%)", problems.get(1));
        assertEquals("start day must be 0 or later (got -1)", problems.get(2));
        assertEquals("validity must be at least 1 day (got 0)", problems.get(3));
        assertEquals("message cost must be 0 or more (got -0.5)", problems.get(4));
        assertEquals(List.of("discount must be above 0% and at most 90% (got 0%)"),
                Campaign.onProduct("BAK-001", 0, 0, 1, 0).problems(STORE, 5000));
        assertTrue(new Campaign(null, "Toys", 10, 0, 1, 0).problems(STORE, 10).getFirst().startsWith("unknown category 'Toys'"));
    }

    @Test
    void anAudienceLargerThanThePopulationIsRefusedWithEveryOtherProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AudienceRule.parseList("broadcast,random:6000,top:abc,lucky:5", 5000));
        assertEquals("""
                audience 'random:6000': K = 6000 is larger than the population of 5000 customers
                audience 'top:abc': size 'abc' is not a whole number
                unknown audience 'lucky:5'; known: broadcast, random:K, top:K, uplift:K, margin:K, twin:K, oracle:K""", e.getMessage());
        List<AudienceRule> rules = AudienceRule.parseList("broadcast, random:1000,top:1000,uplift:1000,ORACLE:1000", 5000);
        assertEquals(List.of("broadcast", "random:1000", "top:1000", "uplift:1000", "oracle:1000"),
                rules.stream().map(AudienceRule::label).toList());
        assertEquals(5000, rules.getFirst().size());
    }

    @Test
    void theOfferPriceIsForRecipientsOnlyOnCoveredProductsWhileValid() {
        int baguette = indexOf("BAK-001");
        int milk = indexOf("DAI-001");
        boolean[] recipients = {false, true, false};
        CampaignOffer offer = new CampaignOffer(Campaign.onProduct("BAK-001", 15, 2, 3, 0.05),
                CampaignSettings.defaults(), STORE, recipients, "random:1");
        long day = SimClock.MINUTES_PER_DAY;
        assertEquals(1.02, offer.priceFor(1, baguette, 2 * day, 1.20), 1e-12);
        assertEquals(1.02, offer.priceFor(1, baguette, 5 * day - 1, 1.20), 1e-12);
        assertEquals(1.20, offer.priceFor(1, baguette, 2 * day - 1, 1.20), "not yet valid");
        assertEquals(1.20, offer.priceFor(1, baguette, 5 * day, 1.20), "expired");
        assertEquals(1.20, offer.priceFor(0, baguette, 3 * day, 1.20), "not a recipient");
        assertEquals(0.99, offer.priceFor(1, milk, 3 * day, 0.99), "not covered");
        assertEquals(1, offer.recipientCount());
        assertFalse(offer.holdsOffer(2, 3 * day));
        assertThrows(IllegalArgumentException.class, () -> new CampaignOffer(Campaign.onProduct("NOPE", 15, 0, 1, 0),
                CampaignSettings.defaults(), STORE, recipients, "x"));
    }

    private static int indexOf(String id) {
        for (int i = 0; i < STORE.products().size(); i++) {
            if (STORE.products().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
