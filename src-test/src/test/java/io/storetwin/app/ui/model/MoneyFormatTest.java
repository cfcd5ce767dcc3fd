package io.storetwin.app.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Money in the window: the store's currency symbol and thousands separators. */
class MoneyFormatTest {

    @Test
    void amountsCarryTheCurrencySymbolAndThousandsSeparators() {
        MoneyFormat euro = MoneyFormat.of("EUR");
        assertEquals("€359,396", euro.whole(359_396.4));
        assertEquals("€1,720,822.76", euro.cents(1_720_822.76));
        assertEquals("-€12.50", euro.cents(-12.5));
        assertEquals("€359,396", euro.wholeFormat().format(359_396.4));
        assertEquals("£0.99", MoneyFormat.of("GBP").cents(0.99));
    }

    @Test
    void anUnknownCodeIsPrintedAsItIsAndNoCodeGivesPlainAmounts() {
        assertEquals("XYZ 1,000.00", MoneyFormat.of("XYZ").cents(1000));
        assertEquals("1,000.00", MoneyFormat.of(null).cents(1000));
    }
}
