package io.storetwin.simulation.inventory;

/**
 * An order placed and not yet received: {@code units} of product {@code product} due at the
 * absolute {@code minute}. {@code sequence} orders deliveries due in the same minute as they
 * were placed.
 */
public record PendingDelivery(long minute, long sequence, int product, int units)
        implements Comparable<PendingDelivery> {
    @Override
    public int compareTo(PendingDelivery other) {
        int byMinute = Long.compare(minute, other.minute);
        return byMinute != 0 ? byMinute : Long.compare(sequence, other.sequence);
    }
}
