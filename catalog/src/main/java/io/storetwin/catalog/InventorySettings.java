package io.storetwin.catalog;

/**
 * How stock moves on the shelf.
 *
 * @param damageRatePerDay  fraction of units on hand damaged per day (default 0.003)
 * @param issuePolicy       which lot a sale takes from: oldest first (default) or newest first
 */
public record InventorySettings(
        @Defaulted Double damageRatePerDay,
        @Defaulted IssuePolicy issuePolicy) {

    /** Which lot a sale takes its units from. */
    public enum IssuePolicy { OLDEST_FIRST, NEWEST_FIRST }

    public InventorySettings {
        damageRatePerDay = damageRatePerDay == null ? 0.003 : damageRatePerDay;
        issuePolicy = issuePolicy == null ? IssuePolicy.OLDEST_FIRST : issuePolicy;
    }

    public static InventorySettings defaults() {
        return new InventorySettings(null, null);
    }
}
