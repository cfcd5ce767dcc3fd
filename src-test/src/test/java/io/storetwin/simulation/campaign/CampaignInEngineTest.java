package io.storetwin.simulation.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CampaignSettings;
import io.storetwin.catalog.Scenario;
import io.storetwin.simulation.SimFixtures;
import io.storetwin.simulation.engine.StoreEngine;
import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignInEngineTest {

    private static final int CUSTOMERS = 400;
    /** 15% off Baguette (list 1.20) on days 2 and 3 of a 6-day run. */
    private static final Campaign BAGUETTE = Campaign.onProduct("BAK-001", 15, 2, 2, 0.05);
    /**
     * Message effects strong enough to show in 200 recipients over two days, whatever the
     * scenario's defaults are: an extra trip for one recipient in ten, a look on a visit in five.
     */
    private static final CampaignSettings STRONG_EFFECTS = new CampaignSettings(0.1, 0.2, 0.05, 14);

    private static Scenario scenario(CampaignSettings effects) {
        return SimFixtures.small(11, CUSTOMERS, 6).withCampaigns(effects);
    }

    private static boolean[] evenIds() {
        boolean[] r = new boolean[CUSTOMERS];
        for (int c = 0; c < CUSTOMERS; c += 2) {
            r[c] = true;
        }
        return r;
    }

    private static List<SimEvent> run(Scenario scenario, boolean[] recipients) {
        StoreEngine engine = new StoreEngine(scenario);
        List<SimEvent> events = new ArrayList<>();
        engine.addEventSink(events::add);
        if (recipients != null) {
            engine.startCampaign(new CampaignOffer(BAGUETTE, scenario.campaigns(), scenario.store(), recipients, "even"));
        }
        engine.runToEnd();
        return events;
    }

    @Test
    void recipientsSeeTheOfferPriceOnThePromotedProductOnlyWhileItIsValid() {
        Scenario scenario = scenario(STRONG_EFFECTS);
        LocalDateTime start = scenario.startDate().atStartOfDay();
        LocalDateTime from = start.plusDays(2);
        LocalDateTime until = start.plusDays(4);
        List<SimEvent> events = run(scenario, evenIds());
        int offerLooks = 0;
        int otherLooks = 0;
        for (SimEvent event : events) {
            if (event instanceof SimEvent.Interaction look) {
                boolean valid = !look.time().isBefore(from) && look.time().isBefore(until);
                boolean recipient = look.customer().id() % 2 == 0;
                boolean promoted = look.product().id().equals("BAK-001");
                double expected = promoted && recipient && valid ? 1.02 : look.product().listPrice();
                assertEquals(expected, look.price(), 1e-9, look.toString());
                if (promoted && recipient && valid) {
                    offerLooks++;
                } else if (promoted) {
                    otherLooks++;
                }
            }
        }
        assertTrue(offerLooks > 20 && otherLooks > 50, offerLooks + " looks at the offer, " + otherLooks + " at list");
        List<SimEvent.CampaignMessage> messages = of(events, SimEvent.CampaignMessage.class);
        assertEquals(CUSTOMERS / 2, messages.size());
        assertTrue(messages.stream().allMatch(m -> m.time().equals(from) && m.validUntil().equals(until)
                && m.customer().id() % 2 == 0 && m.cost() == 0.05));
        List<SimEvent.Redemption> redemptions = of(events, SimEvent.Redemption.class);
        assertTrue(redemptions.size() > 5, "redemptions: " + redemptions.size());
        for (SimEvent.Redemption r : redemptions) {
            assertTrue(r.customer().id() % 2 == 0 && !r.time().isBefore(from) && r.time().isBefore(until), r.toString());
            assertEquals(0.18 * r.units(), r.discountGiven(), 1e-9);
        }
        List<SimEvent.OfferExpiry> expiries = of(events, SimEvent.OfferExpiry.class);
        assertEquals(CUSTOMERS / 2, expiries.size());
        long redeemers = redemptions.stream().map(r -> r.customer().id()).distinct().count();
        assertEquals(redeemers, expiries.stream().filter(SimEvent.OfferExpiry::redeemed).count());
        assertTrue(expiries.stream().allMatch(e -> e.time().equals(until)));
    }

    @Test
    void theBaselineAndTheCampaignRunMeetTheSameShoppersArrivingAtTheSameMoments() {
        Scenario priceOnly = scenario(CampaignSettings.defaults().withoutMessageEffects());
        List<String> baseline = arrivals(run(priceOnly, null));
        assertEquals(baseline, arrivals(run(priceOnly, evenIds())), "a price-only campaign changes no arrival");

        // With message effects, recipients come in once more now and then: the baseline's
        // arrivals are all still there, in order, and the extra ones are recipients' while valid.
        Scenario scenario = scenario(STRONG_EFFECTS);
        List<SimEvent.Arrival> withCampaign = of(run(scenario, evenIds()), SimEvent.Arrival.class);
        LocalDateTime from = scenario.startDate().atStartOfDay().plusDays(2);
        LocalDateTime until = from.plusDays(2);
        int next = 0;
        int extra = 0;
        for (SimEvent.Arrival arrival : withCampaign) {
            if (next < baseline.size() && baseline.get(next).equals(key(arrival))) {
                next++;
            } else {
                extra++;
                assertTrue(arrival.customer().id() % 2 == 0 && !arrival.time().isBefore(from)
                        && arrival.time().isBefore(until), "unexpected extra arrival " + arrival);
            }
        }
        assertEquals(baseline.size(), next, "every baseline arrival happens in the campaign run");
        assertTrue(extra > 0, "the message brought some recipients in once more");
    }

    @Test
    void aCategoryCampaignDiscountsEveryProductOfTheCategoryForItsRecipients() {
        Scenario scenario = scenario(CampaignSettings.defaults().withoutMessageEffects());
        Campaign bakery = new Campaign(null, "Bakery", 20, 1, 2, 0.05);
        StoreEngine engine = new StoreEngine(scenario);
        List<SimEvent.Interaction> looks = new ArrayList<>();
        engine.addEventSink(e -> {
            if (e instanceof SimEvent.Interaction look) {
                looks.add(look);
            }
        });
        engine.startCampaign(new CampaignOffer(bakery, scenario.campaigns(), scenario.store(), evenIds(), "even"));
        engine.runToEnd();
        LocalDateTime from = scenario.startDate().atStartOfDay().plusDays(1);
        LocalDateTime until = from.plusDays(2);
        long discountedProducts = looks.stream().filter(l -> l.price() < l.product().listPrice())
                .map(l -> l.product().id()).distinct().count();
        for (SimEvent.Interaction look : looks) {
            boolean offered = look.product().category().equals("Bakery") && look.customer().id() % 2 == 0
                    && !look.time().isBefore(from) && look.time().isBefore(until);
            double expected = offered ? Math.round(look.product().listPrice() * 0.8 * 100) / 100.0 : look.product().listPrice();
            assertEquals(expected, look.price(), 1e-9, look.toString());
        }
        assertEquals(7, discountedProducts, "all seven bakery products were seen at the offer price");
    }

    @Test
    void aCampaignCannotStartAfterItsFirstDayHasBegun() {
        Scenario scenario = scenario(CampaignSettings.defaults());
        StoreEngine engine = new StoreEngine(scenario);
        engine.runDays(3);
        CampaignOffer offer = new CampaignOffer(BAGUETTE, scenario.campaigns(), scenario.store(), evenIds(), "even");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.startCampaign(offer));
        assertEquals("the campaign's first day (day 2) has already begun", e.getMessage());
    }

    private static List<String> arrivals(List<SimEvent> events) {
        return of(events, SimEvent.Arrival.class).stream().map(CampaignInEngineTest::key).toList();
    }

    private static String key(SimEvent.Arrival a) {
        return a.time() + " " + a.customer().id() + " " + a.budget();
    }

    private static <T> List<T> of(List<SimEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
