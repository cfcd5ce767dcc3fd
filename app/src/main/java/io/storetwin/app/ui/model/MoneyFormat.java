package io.storetwin.app.ui.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Money as the window prints it: the store's currency symbol and thousands separators
 * ({@code €1,720,822.76}, {@code €359,396}). Separators are fixed (comma, point) so a
 * picture of the window reads the same on every machine.
 *
 * @param symbol  printed before the amount, e.g. {@code €}; empty for plain amounts
 */
public record MoneyFormat(String symbol) {

    /** Amounts without a symbol, still with thousands separators. */
    public static final MoneyFormat PLAIN = new MoneyFormat("");

    private static final DecimalFormatSymbols SEPARATORS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    public MoneyFormat {
        symbol = symbol == null ? "" : symbol;
    }

    /** The format for an ISO 4217 code such as {@code EUR}; an unknown code is printed as it is. */
    public static MoneyFormat of(String currencyCode) {
        if (currencyCode == null || currencyCode.isBlank()) {
            return PLAIN;
        }
        try {
            return new MoneyFormat(Currency.getInstance(currencyCode.trim()).getSymbol(Locale.ENGLISH));
        } catch (IllegalArgumentException e) {
            return new MoneyFormat(currencyCode.trim() + " ");
        }
    }

    /** To the cent: {@code €1,234.50}. */
    public String cents(double amount) {
        return sign(amount) + symbol + decimal("#,##0.00").format(Math.abs(amount));
    }

    /** Rounded to whole units: {@code €359,396}. */
    public String whole(double amount) {
        return sign(amount) + symbol + decimal("#,##0").format(Math.abs(amount));
    }

    /** A pattern for whole amounts with the symbol in front (for TilesFX's number tiles). */
    public DecimalFormat wholeFormat() {
        String quoted = symbol.isEmpty() ? "" : "'" + symbol.replace("'", "''") + "'";
        DecimalFormat format = decimal(quoted + "#,##0");
        format.setNegativePrefix("-" + symbol);
        return format;
    }

    private static String sign(double amount) {
        return amount < 0 && Math.abs(amount) >= 0.005 ? "-" : "";
    }

    private static DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, SEPARATORS);
    }
}
