package io.storetwin.simulation.shoppers;

import io.storetwin.simulation.inventory.PendingDelivery;

/**
 * What happened to one visit's cart at the till, per look of its {@link VisitLooks}: either
 * the whole cart was abandoned, or impulse picks were put back (last picked first) until the
 * basket fit the budget and the rest was paid. A paid line may have emptied its shelf and
 * triggered a reorder; both are recorded here, to be reported after the checkout. Written
 * once per visit by {@link Checkout}, and reused by the next visit.
 */
public final class CheckoutResult {

    private final int[] paidUnits = new int[VisitLooks.CAPACITY];
    private final boolean[] putBack = new boolean[VisitLooks.CAPACITY];
    private final boolean[] emptiedShelf = new boolean[VisitLooks.CAPACITY];
    private final PendingDelivery[] reorder = new PendingDelivery[VisitLooks.CAPACITY];
    private final int[] cart = new int[VisitLooks.CAPACITY];
    private final int[] removed = new int[VisitLooks.CAPACITY];
    private final int[] paid = new int[VisitLooks.CAPACITY];
    private int cartCount;
    private int removedCount;
    private int paidCount;
    private boolean abandoned;

    void start(VisitLooks looks) {
        for (int k = 0; k < looks.count(); k++) {
            paidUnits[k] = 0;
            putBack[k] = false;
            emptiedShelf[k] = false;
            reorder[k] = null;
        }
        cartCount = 0;
        removedCount = 0;
        paidCount = 0;
        abandoned = false;
    }

    void addToCart(int look) {
        cart[cartCount++] = look;
    }

    void abandon() {
        abandoned = true;
        for (int c = 0; c < cartCount; c++) {
            putBack[cart[c]] = true;
        }
    }

    void remove(int look) {
        putBack[look] = true;
        removed[removedCount++] = look;
    }

    void pay(int look, int units, boolean emptied, PendingDelivery order) {
        paid[paidCount++] = look;
        paidUnits[look] = units;
        emptiedShelf[look] = emptied;
        reorder[look] = order;
    }

    /** The shopper left the whole cart at the till: nothing was paid. */
    public boolean abandoned() {
        return abandoned;
    }

    /** The looks that put something in the cart, in the order they were picked. */
    public int cartSize() {
        return cartCount;
    }

    public int cartLook(int c) {
        return cart[c];
    }

    /** The looks whose units were put back to fit the budget, in the order they were put back. */
    public int removedCount() {
        return removedCount;
    }

    public int removedLook(int r) {
        return removed[r];
    }

    /** The checkout's lines, in cart order: the looks that reached the till. */
    public int paidCount() {
        return paidCount;
    }

    public int paidLook(int line) {
        return paid[line];
    }

    /** Units paid for at look {@code k} (0 when nothing of it was paid). */
    public int paidUnits(int k) {
        return paidUnits[k];
    }

    /** The units of look {@code k} went into the cart and came out again (put back or abandoned). */
    public boolean putBack(int k) {
        return putBack[k];
    }

    /** Paying look {@code k}'s line emptied its shelf. */
    public boolean emptiedShelf(int k) {
        return emptiedShelf[k];
    }

    /** The reorder paying look {@code k}'s line triggered, or null. */
    public PendingDelivery reorder(int k) {
        return reorder[k];
    }
}
