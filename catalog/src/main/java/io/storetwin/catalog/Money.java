package io.storetwin.catalog;

import java.util.Locale;

/** Prices are kept to the cent and printed with two decimals. */
public final class Money {

    private Money() {
    }

    public static double cents(double amount) {
        return Math.round(amount * 100) / 100.0;
    }

    public static String format(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }
}
