package io.storetwin.simulation.shoppers;

/**
 * The campaign offer one shopper holds on this visit, as the walk needs it: which products it
 * covers and at what discount, and the deliberate look at a promoted product the message
 * prompted (with its two random numbers, drawn from the shopper's campaign stream so their
 * own stream is left as it would be without the campaign). Set by the engine before each
 * visit; reused from visit to visit.
 */
public final class VisitOffer {

    private boolean holds;
    private boolean[] covered;
    private double discountPct;
    private int deliberateProduct = -1;
    private double deliberateBuy;
    private double deliberateUnits;

    /** No offer on this visit. */
    public void none() {
        holds = false;
        deliberateProduct = -1;
    }

    /**
     * An offer on this visit.
     *
     * @param coveredProducts    one flag per store product (not copied; must not change)
     * @param deliberate         the promoted product looked at first, or -1
     * @param uBuy               the deliberate look's buy number
     * @param uUnits             the deliberate look's units number
     */
    public void hold(boolean[] coveredProducts, double percentOff, int deliberate, double uBuy, double uUnits) {
        holds = true;
        covered = coveredProducts;
        discountPct = percentOff;
        deliberateProduct = deliberate;
        deliberateBuy = uBuy;
        deliberateUnits = uUnits;
    }

    /** The price this shopper pays for product {@code i} on a shelf priced {@code shelfPrice}, to the cent. */
    double price(int i, double shelfPrice) {
        return holds && covered[i] ? Math.round(shelfPrice * (1 - discountPct / 100) * 100) / 100.0 : shelfPrice;
    }

    int deliberateProduct() {
        return deliberateProduct;
    }

    double deliberateBuy() {
        return deliberateBuy;
    }

    double deliberateUnits() {
        return deliberateUnits;
    }
}
