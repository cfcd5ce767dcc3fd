package io.storetwin.simulation.shoppers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The count of shoppers in the store: the same as keeping every visit's end time in a queue. */
class ShoppersInStoreTest {

    @Test
    void countsLikeAQueueOfEndTimesOverManyRandomVisits() {
        for (int tick : new int[] {1, 5, 15}) {
            ShoppersInStore counted = new ShoppersInStore(303, tick, 0);
            PriorityQueue<Long> reference = new PriorityQueue<>();
            SplittableRandom random = new SplittableRandom(tick);
            for (long minute = 0; minute < 5_000; minute += tick) {
                int arrivals = random.nextInt(4);
                for (int k = 0; k < arrivals; k++) {
                    long end = minute + 3 + random.nextInt(301);
                    counted.add(end);
                    reference.add(end);
                }
                long next = minute + tick;
                counted.advanceTo(next);
                while (!reference.isEmpty() && reference.peek() <= next) {
                    reference.poll();
                }
                assertEquals(reference.size(), counted.count(), "tick " + tick + ", minute " + next);
            }
        }
    }

    @Test
    void aResetForgetsEveryVisitAndAVisitBeyondTheRingIsRefused() {
        ShoppersInStore counted = new ShoppersInStore(303, 1, 0);
        counted.add(10);
        counted.add(20);
        counted.resetTo(5_000);
        assertEquals(0, counted.count());
        counted.add(5_010);
        counted.advanceTo(5_009);
        assertEquals(1, counted.count());
        counted.advanceTo(5_010);
        assertEquals(0, counted.count());
        assertThrows(IllegalArgumentException.class, () -> counted.add(5_010), "already past");
        assertThrows(IllegalArgumentException.class, () -> counted.add(5_010 + 100_000), "beyond the ring");
    }
}
