package io.storetwin.ml.promotions;

import io.storetwin.simulation.shoppers.Customer;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who an audience reaches and how they respond, by group (persona, or age band): of the
 * group's customers, the share who received the offer, and of those recipients the share who
 * redeemed it. A targeting rule that never reaches a group, or reaches it and never converts
 * it, shows here. Groups are in alphabetical order.
 *
 * @param by    what the groups are: {@code persona} or {@code age band}
 */
public record FairnessTable(String by, List<Row> rows) {

    /**
     * One group.
     *
     * @param targetingRate  recipients / customers
     * @param responseRate   redeemers / recipients (NaN without recipients)
     */
    public record Row(String group, int customers, int recipients, int redeemers, double targetingRate,
                      double responseRate) {
    }

    /** The counts of this table and another, added group by group (e.g. over replications). */
    public FairnessTable plus(FairnessTable other) {
        if (!by.equals(other.by)) {
            throw new IllegalArgumentException("a table by " + by + " and one by " + other.by + " cannot be added");
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (Row row : rows) {
            counts.put(row.group(), new int[] {row.customers(), row.recipients(), row.redeemers()});
        }
        for (Row row : other.rows) {
            int[] c = counts.computeIfAbsent(row.group(), g -> new int[3]);
            c[0] += row.customers();
            c[1] += row.recipients();
            c[2] += row.redeemers();
        }
        return new FairnessTable(by, rows(counts));
    }

    /** By persona id. */
    public static FairnessTable byPersona(List<Customer> customers, boolean[] recipients, boolean[] redeemed) {
        return of("persona", customers, c -> c.persona().id(), recipients, redeemed);
    }

    /** By the persona's age band. */
    public static FairnessTable byAgeBand(List<Customer> customers, boolean[] recipients, boolean[] redeemed) {
        return of("age band", customers, c -> c.persona().ageBand(), recipients, redeemed);
    }

    static FairnessTable of(String by, List<Customer> customers, Function<Customer, String> group,
                            boolean[] recipients, boolean[] redeemed) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Customer customer : customers) {
            int[] c = counts.computeIfAbsent(group.apply(customer), g -> new int[3]);
            c[0]++;
            if (recipients[customer.id()]) {
                c[1]++;
                if (redeemed[customer.id()]) {
                    c[2]++;
                }
            }
        }
        return new FairnessTable(by, rows(counts));
    }

    private static List<Row> rows(Map<String, int[]> counts) {
        List<Row> rows = new ArrayList<>();
        counts.forEach((g, c) -> rows.add(new Row(g, c[0], c[1], c[2], (double) c[1] / c[0],
                c[1] == 0 ? Double.NaN : (double) c[2] / c[1])));
        return List.copyOf(rows);
    }
}
