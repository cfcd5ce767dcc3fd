package io.storetwin.simulation.inventory;

import io.storetwin.catalog.InventorySettings.IssuePolicy;
import io.storetwin.catalog.Product;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One product's stock on the shelf, held in lots by expiry day, with the ledger that proves
 * every unit is accounted for: {@code initial + delivered = sold + wasted + damaged + onHand}.
 * Stock never goes negative: every removal takes at most what is there.
 *
 * <p>Day numbers count from the scenario's start date; a lot with {@code expiryDay = d} may
 * be sold through day {@code d} and is wasted at the start of day {@code d + 1}.
 */
public final class Shelf {

    private final Product product;
    private final IssuePolicy policy;
    private final ArrayDeque<Lot> lots = new ArrayDeque<>();
    private int onHand;
    private int onOrder;
    private long initial;
    private long delivered;
    private long sold;
    private long wasted;
    private long damaged;

    public Shelf(Product product, IssuePolicy policy) {
        this.product = product;
        this.policy = policy;
    }

    /**
     * A shelf holding exactly the given lots (oldest first) with {@code onOrder} units on
     * order: a copy of another engine's shelf. Its lots count as the initial stock, so the
     * unit ledger balances from here on.
     */
    public static Shelf restored(Product product, IssuePolicy policy, List<LotState> lots, int onOrder) {
        if (onOrder < 0) {
            throw new IllegalArgumentException(product.id() + ": units on order cannot be negative, got " + onOrder);
        }
        Shelf shelf = new Shelf(product, policy);
        for (LotState lot : lots) {
            shelf.addLot(lot.expiryDay(), lot.units());
            shelf.initial += lot.units();
        }
        shelf.onOrder = onOrder;
        return shelf;
    }

    /** The lots on the shelf now, oldest first. */
    public List<LotState> lots() {
        List<LotState> copy = new ArrayList<>(lots.size());
        for (Lot lot : lots) {
            copy.add(new LotState(lot.expiryDay, lot.units));
        }
        return List.copyOf(copy);
    }

    public Product product() {
        return product;
    }

    /** Stock at the start: split into lots of staggered age so it does not all expire at once. */
    public void stockInitial(int units, int today) {
        int life = product.shelfLifeDays();
        int[] ages = life >= 3 ? new int[] {2 * life / 3, life / 3, 0} : new int[] {0};
        int remaining = units;
        for (int i = 0; i < ages.length; i++) {
            int part = i == ages.length - 1 ? remaining : units / ages.length;
            addLot(today + life - ages[i], part);
            remaining -= part;
        }
        initial += units;
    }

    /** A delivery arrives: a fresh lot expiring {@code shelfLifeDays} from today. */
    public void receive(int units, int today) {
        addLot(today + product.shelfLifeDays(), units);
        delivered += units;
        onOrder = Math.max(0, onOrder - units);
    }

    private void addLot(int expiryDay, int units) {
        if (units <= 0) {
            return;
        }
        Lot last = lots.peekLast();
        if (last != null && last.expiryDay == expiryDay) {
            last.units += units;
        } else if (last == null || last.expiryDay < expiryDay) {
            lots.addLast(new Lot(expiryDay, units));
        } else {
            insertOrdered(new Lot(expiryDay, units));
        }
        onHand += units;
    }

    private void insertOrdered(Lot lot) {
        ArrayDeque<Lot> reordered = new ArrayDeque<>(lots.size() + 1);
        boolean placed = false;
        for (Lot existing : lots) {
            if (!placed && lot.expiryDay <= existing.expiryDay) {
                if (lot.expiryDay == existing.expiryDay) {
                    existing.units += lot.units;
                    placed = true;
                    reordered.addLast(existing);
                    continue;
                }
                reordered.addLast(lot);
                placed = true;
            }
            reordered.addLast(existing);
        }
        if (!placed) {
            reordered.addLast(lot);
        }
        lots.clear();
        lots.addAll(reordered);
    }

    /** Takes up to {@code units} for a sale from the lot the issue policy picks; returns units taken. */
    public int sell(int units) {
        int taken = take(units);
        sold += taken;
        return taken;
    }

    /** Damages up to {@code units}, oldest first; returns units damaged. */
    public int damage(int units) {
        int taken = 0;
        Iterator<Lot> it = lots.iterator();
        while (taken < units && it.hasNext()) {
            Lot lot = it.next();
            int part = Math.min(lot.units, units - taken);
            lot.units -= part;
            taken += part;
            if (lot.units == 0) {
                it.remove();
            }
        }
        onHand -= taken;
        damaged += taken;
        return taken;
    }

    private int take(int units) {
        int taken = 0;
        while (taken < units && !lots.isEmpty()) {
            Lot lot = policy == IssuePolicy.OLDEST_FIRST ? lots.peekFirst() : lots.peekLast();
            int part = Math.min(lot.units, units - taken);
            lot.units -= part;
            taken += part;
            if (lot.units == 0) {
                if (policy == IssuePolicy.OLDEST_FIRST) {
                    lots.pollFirst();
                } else {
                    lots.pollLast();
                }
            }
        }
        onHand -= taken;
        return taken;
    }

    /** Removes every lot past its expiry day; returns the units wasted. */
    public int expire(int today) {
        int expired = 0;
        while (!lots.isEmpty() && lots.peekFirst().expiryDay < today) {
            expired += lots.pollFirst().units;
        }
        onHand -= expired;
        wasted += expired;
        return expired;
    }

    /** Days left on the unit a shopper would take next, or -1 when the shelf is empty. */
    public int daysToExpiry(int today) {
        if (lots.isEmpty()) {
            return -1;
        }
        Lot next = policy == IssuePolicy.OLDEST_FIRST ? lots.peekFirst() : lots.peekLast();
        return Math.max(0, next.expiryDay - today);
    }

    /** Days left on the oldest unit, or -1 when empty: what expires first. */
    public int daysToFirstExpiry(int today) {
        return lots.isEmpty() ? -1 : Math.max(0, lots.peekFirst().expiryDay - today);
    }

    /** Units that expire on or before the given day. */
    public int unitsExpiringBy(int day) {
        int units = 0;
        for (Lot lot : lots) {
            if (lot.expiryDay > day) {
                break;
            }
            units += lot.units;
        }
        return units;
    }

    public void addOnOrder(int units) {
        onOrder += units;
    }

    public int onHand() {
        return onHand;
    }

    public int onOrder() {
        return onOrder;
    }

    public long initialUnits() {
        return initial;
    }

    public long deliveredUnits() {
        return delivered;
    }

    public long soldUnits() {
        return sold;
    }

    public long wastedUnits() {
        return wasted;
    }

    public long damagedUnits() {
        return damaged;
    }

    /** True when every unit is accounted for and no lot is negative. */
    public boolean ledgerBalances() {
        int inLots = 0;
        for (Lot lot : lots) {
            if (lot.units < 0) {
                return false;
            }
            inLots += lot.units;
        }
        return onHand >= 0 && inLots == onHand && initial + delivered == sold + wasted + damaged + onHand;
    }
}
