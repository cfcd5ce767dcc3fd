package io.storetwin.simulation.dataset.tables;

import org.apache.commons.csv.CSVRecord;

/**
 * One complete data row of a table being validated, with parsers that count a value that does
 * not parse as a {@link Rule#VALUE_RANGES} violation and return a sentinel.
 */
final class Row {

    static final long BAD_LONG = Long.MIN_VALUE;

    private final Table table;
    private final CSVRecord record;
    private final RuleTally ranges;

    Row(Table table, CSVRecord record, RuleTally ranges) {
        this.table = table;
        this.record = record;
        this.ranges = ranges;
    }

    /** Where this row is, e.g. {@code sales.csv row 12} (data rows count from 1). */
    String where() {
        return table.fileName() + " row " + (record.getRecordNumber() - 1);
    }

    @Override
    public String toString() {
        return where();
    }

    String text(String column) {
        return record.get(table.index(column));
    }

    boolean empty(String column) {
        return text(column).isEmpty();
    }

    /** An integer, or {@link #BAD_LONG} (counted as a violation) when it does not parse. */
    long integer(String column) {
        String value = text(column);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            ranges.check(false, where(), column + " is not an integer: '" + value + "'");
            return BAD_LONG;
        }
    }

    /** A number, or NaN (counted as a violation) when it does not parse. */
    double number(String column) {
        String value = text(column);
        try {
            double d = Double.parseDouble(value);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ranges.check(false, where(), column + " is not a number: '" + value + "'");
        return Double.NaN;
    }

    /** A 0/1 flag, or -1 (counted as a violation). */
    int flag(String column) {
        String value = text(column);
        if (value.equals("0") || value.equals("1")) {
            return value.charAt(0) - '0';
        }
        ranges.check(false, where(), column + " must be 0 or 1, got '" + value + "'");
        return -1;
    }

    /** A {@code yyyy-MM-dd HH:mm:ss} timestamp as given, or null (counted as a violation). */
    String timestamp(String column) {
        String t = text(column);
        boolean ok = t.length() == 19 && t.charAt(4) == '-' && t.charAt(7) == '-' && t.charAt(10) == ' '
                && t.charAt(13) == ':' && t.charAt(16) == ':';
        for (int i = 0; ok && i < 19; i++) {
            if (i != 4 && i != 7 && i != 10 && i != 13 && i != 16) {
                ok = Character.isDigit(t.charAt(i));
            }
        }
        if (ok) {
            int month = Integer.parseInt(t.substring(5, 7));
            int day = Integer.parseInt(t.substring(8, 10));
            int hour = Integer.parseInt(t.substring(11, 13));
            int minute = Integer.parseInt(t.substring(14, 16));
            int second = Integer.parseInt(t.substring(17, 19));
            ok = month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60;
        }
        ranges.check(ok, this, () -> column + " is not a yyyy-MM-dd HH:mm:ss time: '" + t + "'");
        return ok ? t : null;
    }
}
