package io.storetwin.simulation.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A growable byte buffer that writes CSV (RFC 4180, UTF-8, {@code \n} line ends) fast: numbers
 * are written digit by digit with no {@code String} in between, text fields are quoted only
 * when they hold a comma, a quote or a line break (quotes doubled). The one place in the
 * project that writes CSV by hand; the event log, every table and the purchase generator go through it,
 * and the tests read what it wrote back with commons-csv.
 */
public final class CsvBytes {

    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private byte[] buffer;
    private int size;
    private boolean fieldStarted;

    public CsvBytes(int capacity) {
        buffer = new byte[Math.max(64, capacity)];
    }

    /** The CSV form of one text field: quoted and escaped when it needs to be. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** One text field, escaped and encoded once, ready to be appended many times. */
    public static byte[] field(String text) {
        return escape(text).getBytes(StandardCharsets.UTF_8);
    }

    /** A whole header line (with its line end). */
    public static byte[] header(List<String> columns) {
        CsvBytes line = new CsvBytes(256);
        columns.forEach(line::text);
        line.endRow();
        return line.toByteArray();
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
        fieldStarted = false;
    }

    /** A text field, escaped as needed; {@code null} is an empty field. */
    public CsvBytes text(String value) {
        separator();
        if (value != null) {
            rawBytes(field(value));
        }
        return this;
    }

    /** A field already escaped with {@link #field}. */
    public CsvBytes escaped(byte[] field) {
        separator();
        rawBytes(field);
        return this;
    }

    /** An empty field. */
    public CsvBytes empty() {
        separator();
        return this;
    }

    public CsvBytes integer(long value) {
        separator();
        appendLong(value);
        return this;
    }

    public CsvBytes bool(boolean value) {
        separator();
        ensure(1);
        buffer[size++] = (byte) (value ? '1' : '0');
        return this;
    }

    /** A fixed-point number given as an integer count of 10^-places units, e.g. cents with places 2. */
    public CsvBytes scaled(long units, int places) {
        separator();
        ensure(24);
        if (units < 0) {
            if (units == Long.MIN_VALUE) {
                throw new IllegalArgumentException("out of range: " + units);
            }
            buffer[size++] = '-';
            units = -units;
        }
        if (places == 2) {
            appendPositive(units / 100);
            int cents = (int) (units % 100);
            buffer[size++] = '.';
            buffer[size++] = DIGIT_PAIRS[2 * cents];
            buffer[size++] = DIGIT_PAIRS[2 * cents + 1];
            return this;
        }
        long scale = POWERS[places];
        appendPositive(units / scale);
        if (places > 0) {
            buffer[size++] = '.';
            long fraction = units % scale;
            for (int p = places - 1; p >= 0; p--) {
                buffer[size + p] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            size += places;
        }
        return this;
    }

    /** {@code value} with exactly {@code places} decimals (0 to 8), half away from zero; NaN is empty. */
    public CsvBytes decimal(double value, int places) {
        if (Double.isNaN(value)) {
            return empty();
        }
        long units = Math.round(Math.abs(value) * POWERS[places]);
        return scaled(value < 0 && units != 0 ? -units : units, places);
    }

    /**
     * Several fields built beforehand with {@link #fields(String...)}: one separator before them,
     * none added inside. For fragments repeated on many rows (a date's calendar columns).
     */
    public CsvBytes fields(byte[] fragment) {
        separator();
        rawBytes(fragment);
        return this;
    }

    /** Escaped fields joined by commas, to be appended with {@link #fields(byte[])}. */
    public static byte[] fields(String... values) {
        CsvBytes fragment = new CsvBytes(64);
        for (String value : values) {
            fragment.text(value);
        }
        return fragment.toByteArray();
    }

    /** A timestamp {@code yyyy-MM-dd HH:mm:ss}: {@code datePrefix} is {@code "yyyy-MM-dd "} in ASCII. */
    public CsvBytes timestamp(byte[] datePrefix, int secondOfDay) {
        separator();
        rawBytes(datePrefix);
        ensure(8);
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        buffer[size++] = (byte) ('0' + h / 10);
        buffer[size++] = (byte) ('0' + h % 10);
        buffer[size++] = ':';
        buffer[size++] = (byte) ('0' + m / 10);
        buffer[size++] = (byte) ('0' + m % 10);
        buffer[size++] = ':';
        buffer[size++] = (byte) ('0' + s / 10);
        buffer[size++] = (byte) ('0' + s % 10);
        return this;
    }

    // ---- the fast path: a caller reserves room for a whole row and writes it with the static
    // put methods below, keeping the position in a local variable, then commits it.

    /** Makes room for {@code bytes} more bytes and returns the buffer to write at {@link #size()}. */
    public byte[] reserve(int bytes) {
        ensure(bytes);
        return buffer;
    }

    /** Ends a row written with the put methods at position {@code end} (after its line end). */
    public void commit(int end) {
        size = end;
        fieldStarted = false;
    }

    /** Copies a pre-escaped field or fragment; returns the new position. */
    public static int put(byte[] buf, int p, byte[] bytes) {
        System.arraycopy(bytes, 0, buf, p, bytes.length);
        return p + bytes.length;
    }

    /** Digits of {@code value >= 0}; returns the new position. */
    public static int putPositive(byte[] buf, int p, long value) {
        if (value < 10) {
            buf[p] = (byte) ('0' + value);
            return p + 1;
        }
        if (value < 100) {
            int v = (int) value;
            buf[p] = DIGIT_PAIRS[2 * v];
            buf[p + 1] = DIGIT_PAIRS[2 * v + 1];
            return p + 2;
        }
        if (value < 1000) {
            int v = (int) value;
            int low = v % 100;
            buf[p] = (byte) ('0' + v / 100);
            buf[p + 1] = DIGIT_PAIRS[2 * low];
            buf[p + 2] = DIGIT_PAIRS[2 * low + 1];
            return p + 3;
        }
        int digits = 4;
        for (long v = value / 10_000; v > 0; v /= 10) {
            digits++;
        }
        for (int i = digits - 1; i >= 0; i--) {
            buf[p + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return p + digits;
    }

    /** {@code cents >= 0} as {@code units.cc}; returns the new position. */
    public static int putCents(byte[] buf, int p, long cents) {
        p = putPositive(buf, p, cents / 100);
        int c = (int) (cents % 100);
        buf[p] = '.';
        buf[p + 1] = DIGIT_PAIRS[2 * c];
        buf[p + 2] = DIGIT_PAIRS[2 * c + 1];
        return p + 3;
    }

    /** {@code HH:mm:ss} of a second of the day; returns the new position. */
    public static int putClock(byte[] buf, int p, int secondOfDay) {
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        buf[p] = DIGIT_PAIRS[2 * h];
        buf[p + 1] = DIGIT_PAIRS[2 * h + 1];
        buf[p + 2] = ':';
        buf[p + 3] = DIGIT_PAIRS[2 * m];
        buf[p + 4] = DIGIT_PAIRS[2 * m + 1];
        buf[p + 5] = ':';
        buf[p + 6] = DIGIT_PAIRS[2 * s];
        buf[p + 7] = DIGIT_PAIRS[2 * s + 1];
        return p + 8;
    }

    public void endRow() {
        ensure(1);
        buffer[size++] = '\n';
        fieldStarted = false;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buffer, 0, size);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void separator() {
        if (fieldStarted) {
            ensure(1);
            buffer[size++] = ',';
        }
        fieldStarted = true;
    }

    private void rawBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void appendLong(long value) {
        ensure(20);
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                rawBytes(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
                return;
            }
            buffer[size++] = '-';
            value = -value;
        }
        appendPositive(value);
    }

    /** Digits of {@code value >= 0}; the caller has ensured room for 19 bytes. */
    private void appendPositive(long value) {
        if (value < 10) {
            buffer[size++] = (byte) ('0' + value);
        } else if (value < 100) {
            int v = (int) value;
            buffer[size++] = DIGIT_PAIRS[2 * v];
            buffer[size++] = DIGIT_PAIRS[2 * v + 1];
        } else if (value < 1000) {
            int v = (int) value;
            int low = v % 100;
            buffer[size++] = (byte) ('0' + v / 100);
            buffer[size++] = DIGIT_PAIRS[2 * low];
            buffer[size++] = DIGIT_PAIRS[2 * low + 1];
        } else {
            int digits = 4;
            for (long v = value / 10_000; v > 0; v /= 10) {
                digits++;
            }
            for (int p = digits - 1; p >= 0; p--) {
                buffer[size + p] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size += digits;
        }
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
