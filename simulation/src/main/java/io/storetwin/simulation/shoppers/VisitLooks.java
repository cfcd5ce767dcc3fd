package io.storetwin.simulation.shoppers;

import io.storetwin.simulation.demand.WalkAwayReason;

/**
 * What a shopper decided at each shelf of one visit, in the order of the looks, and the
 * visit's budget. Each look's outcome is written once, when the shopper walks on, and never
 * changed: what happens to the cart at the till is the {@link CheckoutResult}'s. One instance
 * is reused from visit to visit (an engine runs one visit at a time), so a visit allocates
 * nothing; read it before the next visit starts.
 */
public final class VisitLooks {

    /** The most looks one visit may take. */
    public static final int MAX_LOOKS = 200;
    /** Looks one visit can hold: the planned ones and one a campaign message may add. */
    public static final int CAPACITY = MAX_LOOKS + 1;

    private final int[] product = new int[CAPACITY];
    private final double[] price = new double[CAPACITY];
    private final double[] shelfPrice = new double[CAPACITY];
    private final boolean[] impulse = new boolean[CAPACITY];
    private final int[] inventory = new int[CAPACITY];
    private final int[] daysToExpiry = new int[CAPACITY];
    private final double[] probability = new double[CAPACITY];
    private final int[] cartUnits = new int[CAPACITY];
    private final WalkAwayReason[] reason = new WalkAwayReason[CAPACITY];
    private int count;
    private double budget;

    void start(double visitBudget) {
        budget = visitBudget;
        count = 0;
    }

    /**
     * Appends the next look's outcome.
     *
     * @param units  units put in the cart (0 when the shopper walked on)
     * @param why    why the shopper walked on, null when something went in the cart
     */
    void add(int lookedAt, double atPrice, double onShelf, boolean isImpulse, int available, int expiryDays, double p,
             int units, WalkAwayReason why) {
        int k = count++;
        product[k] = lookedAt;
        price[k] = atPrice;
        shelfPrice[k] = onShelf;
        impulse[k] = isImpulse;
        inventory[k] = available;
        daysToExpiry[k] = expiryDays;
        probability[k] = p;
        cartUnits[k] = units;
        reason[k] = why;
    }

    public double budget() {
        return budget;
    }

    public int count() {
        return count;
    }

    public int product(int k) {
        return product[k];
    }

    /** The price the shopper saw. */
    public double price(int k) {
        return price[k];
    }

    /** The shelf price; above {@link #price} when the shopper held a campaign offer for the product. */
    public double shelfPrice(int k) {
        return shelfPrice[k];
    }

    /** Whether the shopper saw a campaign's offer price instead of the shelf price. */
    public boolean offered(int k) {
        return price[k] < shelfPrice[k];
    }

    public boolean impulse(int k) {
        return impulse[k];
    }

    /** Units the shopper could take (on the shelf, less what is already in the cart); 0 when empty. */
    public int inventory(int k) {
        return inventory[k];
    }

    /** Days left on the next unit, -1 when the shelf was empty. */
    public int daysToExpiry(int k) {
        return daysToExpiry[k];
    }

    /** The demand model's exact P(buy); 0 when the shelf was empty. */
    public double probability(int k) {
        return probability[k];
    }

    /** Units put in the cart at the shelf (0 when the shopper walked on). */
    public int cartUnits(int k) {
        return cartUnits[k];
    }

    public boolean inCart(int k) {
        return cartUnits[k] > 0;
    }

    /** Why the shopper walked on at the shelf, null when something went in the cart. */
    public WalkAwayReason reason(int k) {
        return reason[k];
    }
}
