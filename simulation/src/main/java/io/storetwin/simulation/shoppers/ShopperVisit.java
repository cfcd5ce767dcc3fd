package io.storetwin.simulation.shoppers;

import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.Persona;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.demand.WalkAwayReason;
import io.storetwin.simulation.inventory.Shelf;
import io.storetwin.simulation.pricing.ShelfPrices;
import io.storetwin.simulation.random.Distributions;
import java.util.SplittableRandom;

/**
 * A shopper's walk through the store: draws the visit's budget and length, then at each
 * shelf decides once whether something goes in the cart and how many units, or why not.
 * Moves no stock and sends no event: its outcome is the {@link VisitLooks} it returns.
 *
 * <p>The price a look sees is the shelf price, or the offer price for a product the shopper
 * holds a campaign offer on ({@link VisitOffer}); the look records both. An offer's deliberate
 * look at the promoted product comes first and draws nothing from the shopper's own stream.
 */
public final class ShopperVisit {

    /** How far past the budget impulse picks may take a cart before the shopper stops. */
    private static final double IMPULSE_OVERSHOOT = 0.15;
    /** How a visit's budget grows with the number of products the shopper means to look at. */
    private static final double BUDGET_TRIP_ELASTICITY = 0.7;

    private final StoreLayout layout;
    private final DemandModel demand;
    private final Shelf[] shelves;
    private final ShelfPrices prices;
    private final int maxUnits;
    private final double extraUnits;
    /** Units of each product in the current visit's cart (what the shopper can still take is on hand less this). */
    private final int[] inCart;
    private final VisitLooks looks = new VisitLooks();
    private final VisitOffer offer = new VisitOffer();
    /** The visit being walked: its budget and what is planned in the cart so far. */
    private double budget;
    private double plannedSpend;
    /** A live change of what shoppers can spend (1 = each persona's own budget). */
    private double budgetScale = 1;

    /** For the engine's {@code shelves} and {@code prices} (shared, read only here). */
    public ShopperVisit(DemandSettings settings, StoreLayout layout, DemandModel demand, Shelf[] shelves,
                        ShelfPrices prices) {
        this.layout = layout;
        this.demand = demand;
        this.shelves = shelves;
        this.prices = prices;
        this.maxUnits = settings.maxUnitsPerPurchase();
        this.extraUnits = settings.extraUnitsMean();
        this.inCart = new int[shelves.length];
    }

    /** Multiplies every visit's budget from the next visit on. */
    public void setBudgetScale(double scale) {
        budgetScale = scale;
    }

    /** The offer the next visit's shopper holds: set it (or clear it) before {@link #walkAisles}. */
    public VisitOffer offer() {
        return offer;
    }

    /** How long a visit of {@code looks} looks keeps the shopper in the store. */
    public static long minutesInStore(int looks) {
        return 3 + Math.round(looks * 1.5);
    }

    /**
     * One visit's looks, decided shelf by shelf. Draws from the shopper's own stream: the budget,
     * the number of looks, then five numbers per look whatever happens, so streams stay aligned
     * across strategies. The result is reused by the next visit.
     */
    public VisitLooks walkAisles(Customer customer, SplittableRandom random, int today, int month, boolean weekend) {
        Persona persona = customer.persona();
        int personaIndex = customer.personaIndex();
        budget = Math.exp(persona.budget().logMean() + persona.budget().logSd() * Distributions.gaussian(random));
        if (budgetScale != 1) {
            budget *= budgetScale;
        }
        int count = Distributions.geometricFromUniform(random.nextDouble(), persona.basketSizeMean(), VisitLooks.MAX_LOOKS);
        // A bigger trip comes with a bigger budget: the persona's budget is for an average-size trip.
        budget = Math.round(budget * Math.pow(count / persona.basketSizeMean(), BUDGET_TRIP_ELASTICITY) * 100) / 100.0;
        looks.start(budget);
        double sensitivity = persona.priceSensitivity();
        plannedSpend = 0;
        if (offer.deliberateProduct() >= 0) {
            look(offer.deliberateProduct(), false, offer.deliberateBuy(), offer.deliberateUnits(), sensitivity, today,
                    month, weekend);
        }
        for (int k = 0; k < count; k++) {
            double uAisle = random.nextDouble();
            double uProduct = random.nextDouble();
            double uImpulse = random.nextDouble();
            double uBuy = random.nextDouble();
            double uUnits = random.nextDouble();
            int i = layout.pick(personaIndex, uAisle, uProduct);
            look(i, uImpulse < persona.impulse(), uBuy, uUnits, sensitivity, today, month, weekend);
        }
        return looks;
    }

    /** One look at product {@code i}: into the cart, or why not. */
    private void look(int i, boolean impulse, double uBuy, double uUnits, double sensitivity, int today, int month,
                      boolean weekend) {
        double shelfPrice = prices.price(i);
        double price = offer.price(i, shelfPrice);
        int available = shelves[i].onHand() - inCart[i];
        if (available <= 0) {
            looks.add(i, price, shelfPrice, impulse, 0, -1, 0, 0, WalkAwayReason.OUT_OF_STOCK);
            return;
        }
        int daysToExpiry = shelves[i].daysToExpiry(today);
        double relative = price == shelfPrice ? prices.relative(i) : price / prices.listPrice(i);
        double logRelative = price == shelfPrice ? prices.logRelative(i) : Math.log(relative);
        double p = demand.probabilityAt(i, sensitivity, relative, logRelative, daysToExpiry, available, month, weekend);
        if (uBuy >= p) {
            double atList = price > prices.listPrice(i)
                    ? demand.probabilityAt(i, sensitivity, 1.0, 0.0, daysToExpiry, available, month, weekend)
                    : p;
            WalkAwayReason why = uBuy < atList ? WalkAwayReason.TOO_EXPENSIVE : WalkAwayReason.NOT_INTERESTED;
            looks.add(i, price, shelfPrice, impulse, available, daysToExpiry, p, 0, why);
            return;
        }
        int units = Math.min(Math.min(1 + Distributions.poissonFromUniform(uUnits, extraUnits), maxUnits), available);
        // Planned looks stay within the budget; impulse looks may overshoot it a little,
        // which is what can leave a cart over budget at the checkout.
        double limit = impulse ? budget * (1 + IMPULSE_OVERSHOOT) : budget;
        int affordable = (int) Math.floor((limit - plannedSpend) / price + 1e-9);
        units = Math.min(units, affordable);
        if (units <= 0) {
            looks.add(i, price, shelfPrice, impulse, available, daysToExpiry, p, 0, WalkAwayReason.OVER_BUDGET);
            return;
        }
        looks.add(i, price, shelfPrice, impulse, available, daysToExpiry, p, units, null);
        inCart[i] += units;
        plannedSpend += units * price;
    }

    /** The shopper has left: the cart is empty again for the next visit. */
    public void leave() {
        for (int k = 0; k < looks.count(); k++) {
            inCart[looks.product(k)] = 0;
        }
    }
}
