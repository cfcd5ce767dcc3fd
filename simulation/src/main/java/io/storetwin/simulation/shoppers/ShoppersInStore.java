package io.storetwin.simulation.shoppers;

import java.util.Arrays;

/**
 * Counts shoppers whose visit has not ended yet. Visits end at most {@code maxVisitMinutes}
 * after they start, so the count keeps, in a ring of minutes, how many visits end in each
 * minute: adding a visit and moving the clock cost O(1) per minute, with no allocation (a
 * priority queue of boxed end times cost the engine a tenth of its time).
 */
public final class ShoppersInStore {

    private final int[] endingAt;
    private final int mask;
    private long clearedThrough;
    private int count;

    /** For visits of at most {@code maxVisitMinutes}, with the clock moving {@code tickMinutes} at a time. */
    public ShoppersInStore(int maxVisitMinutes, int tickMinutes, long startMinute) {
        int size = Integer.highestOneBit(Math.max(2, maxVisitMinutes + tickMinutes + 1) * 2 - 1);
        endingAt = new int[size];
        mask = size - 1;
        clearedThrough = startMinute;
    }

    /** A visit that ends at {@code endMinute}, after the current minute. */
    public void add(long endMinute) {
        if (endMinute <= clearedThrough || endMinute - clearedThrough > mask) {
            throw new IllegalArgumentException("a visit must end within the ring: " + endMinute + " from " + clearedThrough);
        }
        endingAt[(int) (endMinute & mask)]++;
        count++;
    }

    /** The clock moved to {@code minute}: visits ending at or before it have left. */
    public void advanceTo(long minute) {
        for (long m = clearedThrough + 1; m <= minute; m++) {
            int slot = (int) (m & mask);
            count -= endingAt[slot];
            endingAt[slot] = 0;
        }
        clearedThrough = Math.max(clearedThrough, minute);
    }

    /** Forgets every visit and restarts the clock at {@code minute} (an engine restored from a state). */
    public void resetTo(long minute) {
        Arrays.fill(endingAt, 0);
        count = 0;
        clearedThrough = minute;
    }

    public int count() {
        return count;
    }
}
