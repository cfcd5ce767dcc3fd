package io.storetwin.simulation.dataset;

import io.storetwin.simulation.csv.CsvBytes;

/**
 * Writes sampled rows as CSV in the order of {@link PurchaseColumns}, from pre-built, pre-escaped
 * fragments, on {@link CsvBytes}'s fast path (one reservation per row, no objects per row).
 */
final class PurchaseRowWriter {

    /** Room for every numeric column of a row (at most 20 digits each), the commas and the line end. */
    private static final int NUMBERS_BYTES = 256;

    private final LookCalendar calendar;
    private final byte[][] itemFields;
    private final byte[][] categoryFields;
    private final int maxRowBytes;

    PurchaseRowWriter(SyntheticCatalogue catalogue, LookCalendar calendar) {
        this.calendar = calendar;
        itemFields = catalogue.items().stream().map(i -> CsvBytes.field(i.id())).toArray(byte[][]::new);
        categoryFields = catalogue.categories().stream().map(CsvBytes::field).toArray(byte[][]::new);
        int longestItem = 0;
        for (byte[] f : itemFields) {
            longestItem = Math.max(longestItem, f.length);
        }
        int longestCategory = 0;
        for (byte[] f : categoryFields) {
            longestCategory = Math.max(longestCategory, f.length);
        }
        maxRowBytes = longestItem + longestCategory + calendar.longestColumns() + NUMBERS_BYTES;
    }

    void write(PurchaseRow row, CsvBytes out) {
        byte[] b = out.reserve(maxRowBytes);
        int p = out.size();
        p = CsvBytes.put(b, p, itemFields[row.item]);
        b[p++] = ',';
        p = CsvBytes.put(b, p, categoryFields[row.category]);
        b[p++] = ',';
        p = CsvBytes.putCents(b, p, row.baseCents);
        b[p++] = ',';
        p = CsvBytes.putCents(b, p, row.priceCents);
        b[p++] = ',';
        p = CsvBytes.putPositive(b, p, row.discountPct);
        b[p++] = ',';
        p = CsvBytes.putPositive(b, p, row.daysToExpiry);
        b[p++] = ',';
        p = CsvBytes.putPositive(b, p, row.inventory);
        b[p++] = ',';
        p = CsvBytes.put(b, p, calendar.datePrefix(row.day));
        p = CsvBytes.putClock(b, p, row.secondOfDay);
        b[p++] = ',';
        p = CsvBytes.put(b, p, calendar.calendarColumns(row.day, row.category));
        b[p++] = ',';
        b[p++] = (byte) (row.sold ? '1' : '0');
        b[p++] = ',';
        p = CsvBytes.putPositive(b, p, row.units);
        b[p++] = ',';
        p = CsvBytes.putCents(b, p, row.revenueCents);
        b[p++] = '\n';
        out.commit(p);
    }
}
