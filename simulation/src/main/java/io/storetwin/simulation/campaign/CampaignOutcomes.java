package io.storetwin.simulation.campaign;

import io.storetwin.catalog.Product;
import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * What each customer did during a campaign's window, from a run's events: units and revenue
 * of the promoted products, spend and gross profit in the whole store, and what they
 * redeemed; and the messages sent. Collected the same way for a no-campaign baseline (whose
 * window is the same dates), so per-customer differences against it are the campaign's effect.
 */
public final class CampaignOutcomes implements EventSink {

    private final Set<String> promoted;
    private final LocalDateTime from;
    private final LocalDateTime until;
    private final int[] promotedUnits;
    private final double[] promotedRevenue;
    private final double[] revenue;
    private final double[] grossProfit;
    private final int[] redemptions;
    private final double[] discountGiven;
    private int messages;
    private double messageCost;

    /**
     * @param promotedIds  ids of the promoted products
     * @param from         first moment of the window
     * @param until        first moment after it
     */
    public CampaignOutcomes(int populationSize, Set<String> promotedIds, LocalDateTime from, LocalDateTime until) {
        this.promoted = Set.copyOf(promotedIds);
        this.from = from;
        this.until = until;
        promotedUnits = new int[populationSize];
        promotedRevenue = new double[populationSize];
        revenue = new double[populationSize];
        grossProfit = new double[populationSize];
        redemptions = new int[populationSize];
        discountGiven = new double[populationSize];
    }

    @Override
    public void accept(SimEvent event) {
        if (event.time().isBefore(from) || !event.time().isBefore(until)) {
            return;
        }
        switch (event) {
            case SimEvent.Interaction e when e.sold() -> {
                int c = e.customer().id();
                Product product = e.product();
                double amount = e.units() * e.price();
                revenue[c] += amount;
                grossProfit[c] += e.units() * (e.price() - product.unitCost());
                if (promoted.contains(product.id())) {
                    promotedUnits[c] += e.units();
                    promotedRevenue[c] += amount;
                }
            }
            case SimEvent.Redemption e -> {
                redemptions[e.customer().id()]++;
                discountGiven[e.customer().id()] += e.discountGiven();
            }
            case SimEvent.CampaignMessage e -> {
                messages++;
                messageCost += e.cost();
            }
            default -> { }
        }
    }

    public int populationSize() {
        return revenue.length;
    }

    public boolean bought(int customer) {
        return promotedUnits[customer] > 0;
    }

    public int promotedUnits(int customer) {
        return promotedUnits[customer];
    }

    public double promotedRevenue(int customer) {
        return promotedRevenue[customer];
    }

    /** Store-wide spend of the customer in the window. */
    public double revenue(int customer) {
        return revenue[customer];
    }

    /** Store-wide revenue less the cost of the goods, in the window. */
    public double grossProfit(int customer) {
        return grossProfit[customer];
    }

    public boolean redeemed(int customer) {
        return redemptions[customer] > 0;
    }

    public int redemptions(int customer) {
        return redemptions[customer];
    }

    public double discountGiven(int customer) {
        return discountGiven[customer];
    }

    public int messages() {
        return messages;
    }

    public double messageCost() {
        return messageCost;
    }
}
