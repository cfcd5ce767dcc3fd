package io.storetwin.simulation.headless;

import io.storetwin.simulation.events.EventSink;
import io.storetwin.simulation.events.SimEvent;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures a run against the figures a retail person recognises (see the design's
 * "Calibration" section): spend and items per basket, trips by weekday, weekend conversion,
 * shrink and where it falls. Listen to an engine with it, then read {@link #figures()}.
 */
public final class CalibrationReport implements EventSink {

    /** One measured figure beside the range the literature gives. */
    public record Figure(String name, double value, double low, double high, String unit, String source) {
        public boolean withinRange() {
            return value >= low && value <= high;
        }

        public String describe() {
            return String.format(Locale.ROOT, "%-44s %9.2f%s   expected %s-%s%s  (%s)%s", name, value, unit,
                    trim(low), trim(high), unit, source, withinRange() ? "" : "  <- outside");
        }

        private static String trim(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    private long looks;
    private long purchases;
    private long weekendLooks;
    private long weekendPurchases;
    private long baskets;
    private double spend;
    private long smallBaskets;
    private long mediumBaskets;
    private long largeBaskets;
    private final long[] tripsByDay = new long[7];
    private double revenue;
    private double shrinkValue;
    private final Map<String, Double> shrinkByCategory = new LinkedHashMap<>();
    private final Map<String, Double> revenueByCategory = new LinkedHashMap<>();

    @Override
    public void accept(SimEvent event) {
        switch (event) {
            case SimEvent.Interaction e -> {
                boolean weekend = e.time().getDayOfWeek() == DayOfWeek.SATURDAY || e.time().getDayOfWeek() == DayOfWeek.SUNDAY;
                looks++;
                if (weekend) {
                    weekendLooks++;
                }
                if (e.sold()) {
                    purchases++;
                    if (weekend) {
                        weekendPurchases++;
                    }
                    revenue += e.revenue();
                    revenueByCategory.merge(e.product().category(), e.revenue(), Double::sum);
                }
            }
            case SimEvent.Arrival e -> tripsByDay[e.time().getDayOfWeek().getValue() - 1]++;
            case SimEvent.Checkout e -> {
                baskets++;
                spend += e.total();
                int items = e.items();
                if (items < 6) {
                    smallBaskets++;
                } else if (items <= 20) {
                    mediumBaskets++;
                } else {
                    largeBaskets++;
                }
            }
            case SimEvent.Expiry e -> shrink(e.product().category(), e.costValue());
            case SimEvent.Damage e -> shrink(e.product().category(), e.costValue());
            default -> { }
        }
    }

    private void shrink(String category, double value) {
        shrinkValue += value;
        shrinkByCategory.merge(category, value, Double::sum);
    }

    /** The figures with their reference ranges, in the design's order. */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        double conversion = ratio(purchases, looks);
        figures.add(new Figure("conversion per look", 100 * conversion, 35, 45, "%", "public purchase-event generator: 40%"));
        figures.add(new Figure("spend per basket", ratio(spend, baskets), 40, 90, "", "Nielsen Homescan 42.52; receipt panels 45-90"));
        figures.add(new Figure("baskets under 6 items", 100 * ratio(smallBaskets, baskets), 40, 60, "%", "Nielsen UK 53%"));
        figures.add(new Figure("baskets of 6-20 items", 100 * ratio(mediumBaskets, baskets), 25, 45, "%", "Nielsen UK 34%"));
        figures.add(new Figure("baskets over 20 items", 100 * ratio(largeBaskets, baskets), 5, 20, "%", "Nielsen UK 13%"));
        long trips = 0;
        for (long t : tripsByDay) {
            trips += t;
        }
        figures.add(new Figure("Saturday share of trips", 100 * ratio(tripsByDay[5], trips), 15, 19, "%", "about 17%"));
        figures.add(new Figure("Sunday share of trips", 100 * ratio(tripsByDay[6], trips), 14, 18, "%", "about 16%"));
        figures.add(new Figure("Thursday share of trips", 100 * ratio(tripsByDay[3], trips), 10, 13.5, "%", "about 12%, the fewest"));
        double weekday = ratio(purchases - weekendPurchases, looks - weekendLooks);
        double weekend = ratio(weekendPurchases, weekendLooks);
        figures.add(new Figure("weekend conversion above weekdays", 100 * (weekend / weekday - 1), 10, 15, "%", "10-15%"));
        figures.add(new Figure("shrink (waste + damage at cost) of sales", 100 * ratio(shrinkValue, revenue), 2, 3, "%", "NRF, FMI: 2-3%"));
        figures.add(new Figure("produce shrink of produce sales", 100 * ratio(shrinkByCategory.getOrDefault("Produce", 0.0),
                revenueByCategory.getOrDefault("Produce", 0.0)), 3.5, 6.5, "%", "about 5%"));
        String largest = shrinkByCategory.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("-");
        figures.add(new Figure("meat's share of shrink value (largest: " + largest + ")",
                100 * ratio(shrinkByCategory.getOrDefault("Meat", 0.0), shrinkValue), 20, 100, "%", "meat the largest share"));
        return figures;
    }

    /** The category with the largest shrink value. */
    public String largestShrinkCategory() {
        return shrinkByCategory.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }
}
