package io.storetwin.simulation.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.storetwin.simulation.dataset.CsvFiles;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written CSV writer: what commons-csv reads back is what was written. */
class CsvBytesTest {

    @Test
    void textWithCommasQuotesAndLineBreaksRoundTrips(@TempDir Path dir) throws Exception {
        List<String> texts = List.of("plain", "a,b", "say \"hi\"", "two\nlines", "", "ünïcödé, €");
        CsvBytes out = new CsvBytes(16);
        texts.forEach(out::text);
        out.endRow();
        Path file = dir.resolve("t.csv");
        Files.write(file, out.toByteArray());
        assertEquals(List.of(texts), CsvFiles.read(file));
    }

    @Test
    void numbersAreWrittenExactly() {
        CsvBytes out = new CsvBytes(8);
        out.integer(0).integer(7).integer(42).integer(999).integer(1000).integer(-12345).integer(Long.MAX_VALUE)
                .scaled(5, 2).scaled(123456, 2).scaled(-7, 2).scaled(1234567, 6).decimal(0.125, 2).decimal(-0.004, 2)
                .decimal(2.5, 0).decimal(Double.NaN, 2).bool(true).bool(false)
                .timestamp("2024-03-09 ".getBytes(StandardCharsets.US_ASCII), 8 * 3600 + 5 * 60 + 9);
        out.endRow();
        assertEquals("0,7,42,999,1000,-12345,9223372036854775807,0.05,1234.56,-0.07,1.234567,0.13,0.00,3,,1,0,"
                + "2024-03-09 08:05:09\n", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void theFastPathWritesTheSameAsTheFieldMethods() {
        CsvBytes out = new CsvBytes(4);
        byte[] b = out.reserve(64);
        int p = CsvBytes.put(b, 0, CsvBytes.field("x,y"));
        b[p++] = ',';
        p = CsvBytes.putCents(b, p, 100_005);
        b[p++] = ',';
        p = CsvBytes.putPositive(b, p, 1_234_567_890_123L);
        b[p++] = ',';
        p = CsvBytes.putClock(b, p, 23 * 3600 + 59 * 60 + 58);
        b[p++] = '\n';
        out.commit(p);
        assertEquals("\"x,y\",1000.05,1234567890123,23:59:58\n", new String(out.toByteArray(), StandardCharsets.UTF_8));
    }
}
