package io.storetwin.simulation.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.InventorySettings.IssuePolicy;
import io.storetwin.catalog.Product;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One product's lots: issue order, expiry day semantics, damage, and the unit ledger. */
class ShelfTest {

    private static Product product(int shelfLifeDays) {
        return new Product("TST-001", "Test", "Dairy", 2.0, 1.0, shelfLifeDays, 0, 10, 50, 1, 1);
    }

    /** Two lots: 10 units expiring on day 5 (received day 0), 10 expiring on day 7 (received day 2). */
    private static Shelf twoLots(IssuePolicy policy) {
        Shelf shelf = new Shelf(product(5), policy);
        shelf.receive(10, 0);
        shelf.receive(10, 2);
        return shelf;
    }

    @Test
    void oldestFirstSellsTheLotThatExpiresFirst() {
        Shelf shelf = twoLots(IssuePolicy.OLDEST_FIRST);
        assertEquals(3, shelf.daysToExpiry(2), "a shopper takes the unit expiring on day 5");
        assertEquals(12, shelf.sell(12));
        assertEquals(0, shelf.unitsExpiringBy(5), "the old lot went first");
        assertEquals(8, shelf.onHand());
        assertEquals(5, shelf.daysToExpiry(2), "now only the day-7 lot is left");
    }

    @Test
    void newestFirstSellsTheFreshestLot() {
        Shelf shelf = twoLots(IssuePolicy.NEWEST_FIRST);
        assertEquals(5, shelf.daysToExpiry(2), "a shopper takes the unit expiring on day 7");
        assertEquals(3, shelf.daysToFirstExpiry(2), "the old lot is still there and expires first");
        assertEquals(12, shelf.sell(12));
        assertEquals(8, shelf.unitsExpiringBy(5), "the old lot was left on the shelf");
        assertEquals(8, shelf.expire(6), "and is wasted once past its day");
        assertEquals(0, shelf.onHand());
    }

    @Test
    void aLotExpiringOnDayDIsSellableOnDayDAndWastedOnDayDPlusOne() {
        Shelf shelf = new Shelf(product(3), IssuePolicy.OLDEST_FIRST);
        shelf.receive(7, 0);                          // expires on day 3
        for (int day = 0; day <= 3; day++) {
            assertEquals(0, shelf.expire(day), "nothing wasted on day " + day);
            assertEquals(3 - day, shelf.daysToExpiry(day));
        }
        assertEquals(0, shelf.daysToExpiry(3), "day 3 is its last day");
        assertEquals(1, shelf.sell(1), "still sellable on its expiry day");
        assertEquals(6, shelf.expire(4), "wasted at the start of day 4");
        assertEquals(0, shelf.onHand());
        assertEquals(-1, shelf.daysToExpiry(4), "empty shelf");
        assertEquals(6, shelf.wastedUnits());
        assertTrue(shelf.ledgerBalances());
    }

    @Test
    void expiryTakesOnlyTheLotsPastTheirDay() {
        Shelf shelf = twoLots(IssuePolicy.OLDEST_FIRST);
        assertEquals(10, shelf.expire(6));
        assertEquals(10, shelf.onHand());
        assertEquals(0, shelf.expire(7));
        assertEquals(10, shelf.expire(8));
    }

    @ParameterizedTest
    @EnumSource(IssuePolicy.class)
    void stockNeverGoesNegative(IssuePolicy policy) {
        Shelf shelf = twoLots(policy);
        assertEquals(20, shelf.sell(25), "a sale takes at most what is there");
        assertEquals(0, shelf.onHand());
        assertEquals(0, shelf.sell(3));
        assertEquals(0, shelf.damage(4), "no damage on an empty shelf");
        shelf.receive(5, 3);
        assertEquals(5, shelf.damage(1_000), "damage takes at most what is there");
        assertEquals(0, shelf.onHand());
        assertEquals(5, shelf.damagedUnits());
        assertTrue(shelf.ledgerBalances());
    }

    @Test
    void damageTakesTheOldestUnits() {
        Shelf shelf = twoLots(IssuePolicy.NEWEST_FIRST);
        assertEquals(4, shelf.damage(4));
        assertEquals(6, shelf.unitsExpiringBy(5));
        assertEquals(16, shelf.onHand());
    }

    @Test
    void lotsStayOrderedByExpiryWhateverOrderTheyArrive() {
        Shelf shelf = new Shelf(product(5), IssuePolicy.OLDEST_FIRST);
        shelf.receive(4, 6);                          // expires day 11
        shelf.receive(3, 1);                          // expires day 6: goes in front
        shelf.receive(2, 6);                          // same day as the first: merged
        assertEquals(3, shelf.unitsExpiringBy(6));
        assertEquals(9, shelf.unitsExpiringBy(11));
        assertEquals(3, shelf.sell(3));
        assertEquals(5, shelf.daysToExpiry(6), "the day-6 lot is gone, the day-11 lot is next");
        assertTrue(shelf.ledgerBalances());
    }

    @Test
    void initialStockIsStaggeredSoItDoesNotAllExpireAtOnce() {
        Shelf shelf = new Shelf(product(9), IssuePolicy.OLDEST_FIRST);
        shelf.stockInitial(90, 0);
        assertEquals(90, shelf.onHand());
        assertEquals(90, shelf.initialUnits());
        assertEquals(3, shelf.daysToExpiry(0), "the oldest third is two thirds through its life");
        assertEquals(30, shelf.unitsExpiringBy(3));
        assertEquals(60, shelf.unitsExpiringBy(6));
        assertEquals(90, shelf.unitsExpiringBy(9));
        assertTrue(shelf.ledgerBalances());
    }

    @Test
    void aDeliveryClearsWhatWasOnOrder() {
        Shelf shelf = new Shelf(product(5), IssuePolicy.OLDEST_FIRST);
        shelf.addOnOrder(12);
        assertEquals(12, shelf.onOrder());
        shelf.receive(12, 1);
        assertEquals(0, shelf.onOrder());
        assertEquals(12, shelf.deliveredUnits());
    }

    /** Random operations in random order: the ledger balances after every one. */
    @ParameterizedTest
    @EnumSource(IssuePolicy.class)
    void ledgerBalancesUnderRandomOperations(IssuePolicy policy) {
        SplittableRandom random = new SplittableRandom(policy.ordinal() + 17L);
        Shelf shelf = new Shelf(product(4), policy);
        shelf.stockInitial(40, 0);
        long sold = 0;
        for (int day = 0; day < 60; day++) {
            int before = shelf.onHand();
            int wasted = shelf.expire(day);
            assertTrue(wasted <= before);
            if (random.nextInt(2) == 0) {
                shelf.receive(random.nextInt(1, 40), day);
            }
            for (int k = 0; k < 5; k++) {
                int want = random.nextInt(0, 4);
                int have = shelf.onHand();
                int got = shelf.sell(want);
                assertEquals(Math.min(want, have), got, "a sale takes what is asked, up to what is there");
                sold += got;
                int d = shelf.daysToExpiry(day);
                assertTrue(shelf.onHand() == 0 ? d == -1 : d >= 0, "days to expiry " + d);
            }
            int hit = shelf.damage(random.nextInt(0, 4));
            assertTrue(hit >= 0 && shelf.onHand() >= 0);
            assertTrue(shelf.ledgerBalances(), "day " + day);
            assertEquals(shelf.initialUnits() + shelf.deliveredUnits(),
                    shelf.soldUnits() + shelf.wastedUnits() + shelf.damagedUnits() + shelf.onHand());
        }
        assertEquals(sold, shelf.soldUnits());
        assertTrue(shelf.wastedUnits() > 0 && sold > 0, "the sequence exercised sales and waste");
    }
}
