package io.storetwin.app.report;

import java.util.Locale;

/** How the report prints numbers: one place, so sentences and tables agree. */
final class Numbers {

    private Numbers() {
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A fraction as a percentage with one decimal, e.g. 0.1234 -> "12.3%". */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    static String signedMoney(double v) {
        return String.format(Locale.ROOT, "%+,.2f", v);
    }

    static String decimal(double v, int places) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + places + "f", v);
    }

    static Figure percentFigure(String id, double fraction) {
        return new Figure(id, fraction, percent(fraction));
    }

    static Figure moneyFigure(String id, double v) {
        return new Figure(id, v, money(v));
    }

    static Figure countFigure(String id, double v) {
        return new Figure(id, v, count(v));
    }
}
