package io.storetwin.simulation.campaign;

import io.storetwin.simulation.events.SimEvent;
import io.storetwin.simulation.random.RandomStreams;
import io.storetwin.simulation.shoppers.Customer;
import io.storetwin.simulation.shoppers.Population;
import io.storetwin.simulation.shoppers.VisitOffer;
import io.storetwin.simulation.time.SimClock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A campaign inside one engine run: sends the messages when the offer starts, draws the
 * extra visits a message brings, decides the deliberate look at the promoted product, tracks
 * redemptions and says when offers expire. Its random numbers come from each recipient's own
 * {@link RandomStreams#CAMPAIGN} stream, never from the streams of arrivals or shopper
 * choices, so a run with a campaign meets the same shoppers as one without (common random
 * numbers): the campaign adds to what happens, it does not reshuffle it.
 */
public final class CampaignDriver {

    private final CampaignOffer offer;
    private final Population population;
    private final RandomStreams streams;
    private final SplittableRandom[] random;
    private final boolean[] redeemed;
    private final int openMinute;
    private final int openMinutes;
    private final TreeMap<Long, List<Integer>> extraVisits = new TreeMap<>();
    private final boolean[] covered;
    private final int[] promoted;

    /**
     * @param openHour   first hour of the day the store is open
     * @param closeHour  the hour it closes
     */
    public CampaignDriver(CampaignOffer offer, Population population, RandomStreams streams, int openHour,
                          int closeHour) {
        if (offer.populationSize() != population.size()) {
            throw new IllegalArgumentException("the offer was made for %d customers, the population has %d"
                    .formatted(offer.populationSize(), population.size()));
        }
        this.offer = offer;
        this.population = population;
        this.streams = streams;
        this.random = new SplittableRandom[population.size()];
        this.redeemed = new boolean[population.size()];
        this.openMinute = openHour * 60;
        this.openMinutes = Math.max(1, (closeHour - openHour) * 60);
        this.promoted = offer.promotedProducts();
        this.covered = new boolean[offer.productCount()];
        for (int i : promoted) {
            covered[i] = true;
        }
    }

    public CampaignOffer offer() {
        return offer;
    }

    /** A recipient's campaign stream. */
    public SplittableRandom random(int customerId) {
        SplittableRandom r = random[customerId];
        if (r == null) {
            r = streams.stream(RandomStreams.CAMPAIGN, customerId);
            random[customerId] = r;
        }
        return r;
    }

    /**
     * At the start of a day: on the campaign's first day the messages, and the extra trips they
     * bring (drawn once per recipient); on the first day after it the expiries. A trip drawn for
     * a day the store stays closed is lost. Returns the events to log, in customer order.
     */
    public List<SimEvent> startOfDay(long minute, LocalDateTime now, boolean storeOpensToday) {
        Campaign campaign = offer.campaign();
        List<SimEvent> events = new ArrayList<>();
        if (minute == campaign.validFromMinute()) {
            LocalDateTime until = now.plusDays(campaign.validityDays());
            for (Customer c : population.customers()) {
                if (offer.isRecipient(c.id())) {
                    events.add(new SimEvent.CampaignMessage(now, c, campaign.target(), campaign.discountPct(), until,
                            offer.audience(), campaign.messageCost()));
                    drawExtraTrip(c.id(), minute, campaign.validityDays());
                }
            }
        }
        if (minute == campaign.validUntilMinute()) {
            for (Customer c : population.customers()) {
                if (offer.isRecipient(c.id())) {
                    events.add(new SimEvent.OfferExpiry(now, c, campaign.target(), campaign.discountPct(), redeemed[c.id()]));
                }
            }
        }
        if (!storeOpensToday) {
            extraVisits.subMap(minute, minute + SimClock.MINUTES_PER_DAY).clear();
        }
        return events;
    }

    /** Three numbers from the recipient's stream whatever happens: whether, which day, what time. */
    private void drawExtraTrip(int customerId, long firstDay, int days) {
        SplittableRandom r = random(customerId);
        double u = r.nextDouble();
        double day = r.nextDouble();
        double time = r.nextDouble();
        if (u < offer.effects().extraVisitProbability()) {
            long at = firstDay + (long) Math.min((int) (day * days), days - 1) * SimClock.MINUTES_PER_DAY
                    + openMinute + (long) (time * openMinutes);
            extraVisits.computeIfAbsent(at, k -> new ArrayList<>()).add(customerId);
        }
    }

    /** Customers whose message brings them in at or before {@code minute}, in the order drawn; each only once. */
    public List<Customer> extraVisitorsUpTo(long minute) {
        List<Customer> due = new ArrayList<>();
        while (!extraVisits.isEmpty() && extraVisits.firstKey() <= minute) {
            for (int id : extraVisits.pollFirstEntry().getValue()) {
                due.add(population.get(id));
            }
        }
        return due;
    }

    /**
     * Sets what a customer visiting now holds: nothing, or the offer, and whether they first
     * look at a promoted product on purpose (which, uniformly among the promoted). A holder
     * draws four numbers from their campaign stream per visit, whatever happens.
     */
    public void prepare(VisitOffer visit, int customerId, long minute) {
        if (!offer.holdsOffer(customerId, minute)) {
            visit.none();
            return;
        }
        SplittableRandom r = random(customerId);
        double u = r.nextDouble();
        double which = r.nextDouble();
        double uBuy = r.nextDouble();
        double uUnits = r.nextDouble();
        int deliberate = -1;
        if (u < offer.effects().lookProbability()) {
            deliberate = promoted[Math.min((int) (which * promoted.length), promoted.length - 1)];
        }
        visit.hold(covered, offer.campaign().discountPct(), deliberate, uBuy, uUnits);
    }

    /** Notes that a recipient paid the offer price (for the expiry event). */
    public void redeemed(int customerId) {
        redeemed[customerId] = true;
    }
}
