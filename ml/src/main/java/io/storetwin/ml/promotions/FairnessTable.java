package io.storetwin.ml.promotions;

import io.storetwin.simulation.shoppers.Customer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who an audience reaches and how they respond, by group (persona, or age band): of the
 * group's customers, the share who received the offer, and of those recipients the share who
 * redeemed it. A targeting rule that never reaches a group, or reaches it and never converts
 * it, shows here.
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

    /** The counts of this table and another of the same groups, added (e.g. over replications). */
    public FairnessTable plus(FairnessTable other) {
        if (other.rows.size() != rows.size()) {
            throw new IllegalArgumentException("tables of different groups cannot be added");
        }
        List<Row> sum = new ArrayList<>();
        for (int g = 0; g < rows.size(); g++) {
            Row a = rows.get(g);
            Row b = other.rows.get(g);
            if (!a.group().equals(b.group())) {
                throw new IllegalArgumentException("group " + a.group() + " vs " + b.group());
            }
            int customers = a.customers() + b.customers();
            int recipients = a.recipients() + b.recipients();
            int redeemers = a.redeemers() + b.redeemers();
            sum.add(new Row(a.group(), customers, recipients, redeemers, (double) recipients / customers,
                    recipients == 0 ? Double.NaN : (double) redeemers / recipients));
        }
        return new FairnessTable(by, List.copyOf(sum));
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
        Map<String, int[]> counts = new LinkedHashMap<>();
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
        List<Row> rows = new ArrayList<>();
        counts.forEach((g, c) -> rows.add(new Row(g, c[0], c[1], c[2], (double) c[1] / c[0],
                c[1] == 0 ? Double.NaN : (double) c[2] / c[1])));
        return new FairnessTable(by, List.copyOf(rows));
    }
}
