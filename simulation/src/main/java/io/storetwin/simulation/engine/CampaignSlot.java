package io.storetwin.simulation.engine;

import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.campaign.CampaignDriver;
import io.storetwin.simulation.campaign.CampaignOffer;
import io.storetwin.simulation.events.EventHub;
import io.storetwin.simulation.random.RandomStreams;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.shoppers.Population;
import io.storetwin.simulation.shoppers.VisitOffer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The campaign running in a store, if any: its messages and extra trips at the start of each
 * day and tick, the offer each visit sees, and its redemptions. Empty until one starts.
 */
final class CampaignSlot {

    private CampaignDriver driver;

    /** Starts {@code offer}; {@code minuteNow} is the engine's clock, or -1 before its first tick. */
    void start(CampaignOffer offer, Population population, RandomStreams streams, StoreCatalog store, long minuteNow) {
        if (driver != null) {
            throw new IllegalStateException("a campaign is already running in this store");
        }
        if (minuteNow >= offer.campaign().validFromMinute()) {
            throw new IllegalStateException("the campaign's first day (day %d) has already begun"
                    .formatted(offer.campaign().startDay()));
        }
        driver = new CampaignDriver(offer, population, streams, store.calendar().openHour(), store.calendar().closeHour());
    }

    void startOfDay(long minute, LocalDateTime now, boolean storeOpensToday, EventHub events) {
        if (driver != null) {
            var messages = driver.startOfDay(minute, now, storeOpensToday);
            if (events.listening()) {
                messages.forEach(events::emit);
            }
        }
    }

    /** The trips the campaign brings in up to {@code minute}. */
    List<Customer> extraVisitorsUpTo(long minute) {
        return driver == null ? List.of() : driver.extraVisitorsUpTo(minute);
    }

    /** A campaign trip draws from the shopper's campaign stream, not their own. */
    SplittableRandom random(int customerId) {
        return driver.random(customerId);
    }

    /** Sets what a visit by {@code customerId} is offered now (nothing without a campaign). */
    void prepare(VisitOffer offer, int customerId, long minute) {
        if (driver == null) {
            offer.none();
        } else {
            driver.prepare(offer, customerId, minute);
        }
    }

    void redeemed(int customerId) {
        driver.redeemed(customerId);
    }
}
