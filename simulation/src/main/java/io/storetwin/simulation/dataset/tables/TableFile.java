package io.storetwin.simulation.dataset.tables;

import io.storetwin.simulation.csv.CsvBytes;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One table being written: rows go into a buffer that is flushed to the file every 256 KB. */
final class TableFile implements Closeable {

    private static final int FLUSH_BYTES = 1 << 18;

    private final Table table;
    private final OutputStream out;
    private final CsvBytes buffer = new CsvBytes(FLUSH_BYTES + 4096);
    private long rows;

    TableFile(Path directory, Table table) throws IOException {
        this.table = table;
        this.out = Files.newOutputStream(directory.resolve(table.fileName()));
        out.write(CsvBytes.header(table.columns()));
    }

    /** The buffer to append the next row's fields to; finish with {@link #endRow()}. */
    CsvBytes row() {
        return buffer;
    }

    void endRow() {
        buffer.endRow();
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    Table table() {
        return table;
    }

    private void flush() {
        try {
            buffer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + table.fileName(), e);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
