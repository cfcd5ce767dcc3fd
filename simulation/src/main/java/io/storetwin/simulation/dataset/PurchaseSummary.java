package io.storetwin.simulation.dataset;

import java.util.Locale;

/** The printed summary of a purchase-event dataset: the same text for a fresh file and a recomputed one. */
public final class PurchaseSummary {

    private PurchaseSummary() {
    }

    public static String format(PurchaseStats s) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "  total events   %,14d%n", s.events()));
        out.append(String.format(Locale.ROOT, "  sold           %,14d  %5.1f%%%n", s.sold(), 100 * s.conversion()));
        out.append(String.format(Locale.ROOT, "  not sold       %,14d  %5.1f%%%n", s.notSold(),
                s.events() == 0 ? 0.0 : 100 * (1 - s.conversion())));
        out.append(String.format(Locale.ROOT, "  total units    %,14d%n", s.units()));
        out.append(String.format(Locale.ROOT, "  total revenue  %,14d.%02d%n", s.revenueCents() / 100, s.revenueCents() % 100));
        out.append(String.format(Locale.ROOT, "  avg discount   %14.2f%%%n", s.averageDiscountPct()));
        out.append(String.format(Locale.ROOT, "  avg base price %14.2f%n", s.averageBasePrice()));
        out.append(String.format(Locale.ROOT, "%n  %-12s %12s %11s%n", "category", "events", "conversion"));
        for (int c = 0; c < s.categories().size(); c++) {
            out.append(String.format(Locale.ROOT, "  %-12s %,12d %10.1f%%%n", s.categories().get(c), s.categoryEvents(c),
                    100 * s.categoryConversion(c)));
        }
        return out.toString();
    }
}
