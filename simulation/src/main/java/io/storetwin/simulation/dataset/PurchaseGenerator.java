package io.storetwin.simulation.dataset;

import io.storetwin.simulation.csv.CsvBytes;
import io.storetwin.simulation.files.OutputFiles;
import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.kernels.Backends;
import io.storetwin.simulation.kernels.BatchKernels;
import io.storetwin.simulation.kernels.InteractionColumns;
import io.storetwin.simulation.kernels.JvmKernels;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Writes a synthetic purchase-event CSV of any size with flat memory: rows are drawn in chunks
 * of {@value #CHUNK_ROWS} by the batch kernels' bulk-interactions kernel ({@link BatchKernels#interactions})
 * and turned into CSV on worker threads, at most two chunks per thread in flight, and
 * written in order by the calling thread. Each row depends only on the seed and its number, and
 * the statistics are exact integers merged in chunk order, so the file and the summary are
 * byte-identical on one thread or many, and on every backend. A regular file is written under
 * a temporary name and takes its final name only when complete.
 */
public final class PurchaseGenerator {

    static final int CHUNK_ROWS = 1 << 15;

    private final GeneratorSettings settings;
    private final PurchaseSampler sampler;
    private final PurchaseRowWriter rowWriter;
    private final BatchKernels kernels;

    /** A generator whose rows come from the process's batch kernels ({@link Backends#shared()}). */
    public PurchaseGenerator(StoreCatalog store, DemandSettings demand, GeneratorSettings settings) {
        this(store, demand, settings, Backends.shared().kernels());
    }

    /**
     * A generator whose rows come from {@code kernels} (not closed here). With several worker
     * threads, the JVM backend draws each chunk on the worker that writes it: its own pool nested
     * under the workers only added hand-offs (about 3.2 million rows/s against 3.8 to 4.1 on this
     * project's 2-core machine). The rows are the same either way.
     */
    public PurchaseGenerator(StoreCatalog store, DemandSettings demand, GeneratorSettings settings, BatchKernels kernels) {
        this.settings = settings;
        this.kernels = kernels instanceof JvmKernels && settings.threads() > 1 ? new JvmKernels(1) : kernels;
        SyntheticCatalogue catalogue = SyntheticCatalogue.of(store, settings.productsPerCategory());
        this.sampler = new PurchaseSampler(store, demand, catalogue, settings);
        this.rowWriter = new PurchaseRowWriter(catalogue, sampler.calendar());
    }

    public PurchaseSampler sampler() {
        return sampler;
    }

    /** The backend that draws the rows. */
    public BatchKernels kernels() {
        return kernels;
    }

    /** Who draws the rows and who writes them, in words, for the command line. */
    public String describeWork() {
        int threads = settings.threads();
        String workers = threads + " worker thread" + (threads == 1 ? "" : "s");
        return kernels instanceof JvmKernels jvm && jvm.threads() == 1 && threads > 1
                ? "rows drawn by the batch kernels: " + kernels.interactionsBackend() + " on each of " + workers
                        + ", which also write the CSV"
                : "rows drawn by the batch kernels: " + kernels.interactionsBackend() + "; CSV written by " + workers;
    }

    private record Chunk(CsvBytes bytes, PurchaseStats stats, long rows) {
    }

    /**
     * Writes the file; {@code progress} (may be null) is told the rows written so far after each
     * chunk. An existing output that is not a regular file (a device such as {@code /dev/null}, a
     * pipe) is written to directly, never replaced.
     */
    public PurchaseStats write(Path output, LongConsumer progress) throws IOException {
        boolean direct = Files.exists(output) && !Files.isRegularFile(output);
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !direct) {
            Files.createDirectories(parent);
        }
        Path target = direct ? output : output.resolveSibling(output.getFileName() + ".partial");
        if (!direct) {
            // An earlier file under this name is not this run's: it goes before the new one is written.
            Files.deleteIfExists(output);
        }
        PurchaseStats total = newStats();
        long chunks = (settings.samples() + CHUNK_ROWS - 1) / CHUNK_ROWS;
        ConcurrentLinkedQueue<CsvBytes> spare = new ConcurrentLinkedQueue<>();
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(CsvBytes.header(PurchaseColumns.HEADER));
            long written = 0;
            if (settings.threads() == 1) {
                for (long k = 0; k < chunks; k++) {
                    Chunk chunk = make(k, spare);
                    written = emit(chunk, out, total, written, spare, progress);
                }
            } else {
                written = writeParallel(chunks, out, total, spare, progress);
            }
            done = written == settings.samples();
        } finally {
            if (!done && !direct) {
                Files.deleteIfExists(target);
            }
        }
        if (!direct) {
            OutputFiles.moveIntoPlace(target, output);
        }
        return total;
    }

    private long writeParallel(long chunks, OutputStream out, PurchaseStats total, ConcurrentLinkedQueue<CsvBytes> spare,
                               LongConsumer progress) throws IOException {
        int threads = settings.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "purchase-generator");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
        long written = 0;
        long next = 0;
        try {
            while (next < chunks || !inFlight.isEmpty()) {
                while (next < chunks && inFlight.size() < 2 * threads) {
                    long k = next++;
                    inFlight.add(pool.submit(() -> make(k, spare)));
                }
                Chunk chunk = inFlight.poll().get();
                written = emit(chunk, out, total, written, spare, progress);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while generating");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return written;
    }

    private long emit(Chunk chunk, OutputStream out, PurchaseStats total, long written, ConcurrentLinkedQueue<CsvBytes> spare,
                      LongConsumer progress) throws IOException {
        try {
            chunk.bytes().writeTo(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        total.addAll(chunk.stats());
        spare.add(chunk.bytes());
        written += chunk.rows();
        if (progress != null) {
            progress.accept(written);
        }
        return written;
    }

    /** Makes chunk {@code k}: rows {@code k * CHUNK_ROWS} up to the end of the dataset. */
    private Chunk make(long k, ConcurrentLinkedQueue<CsvBytes> spare) {
        long from = k * CHUNK_ROWS;
        long to = Math.min(settings.samples(), from + CHUNK_ROWS);
        CsvBytes bytes = spare.poll();
        if (bytes == null) {
            bytes = new CsvBytes(CHUNK_ROWS * 128);
        }
        bytes.clear();
        PurchaseStats stats = newStats();
        PurchaseRow row = new PurchaseRow();
        InteractionColumns columns = kernels.interactions(sampler.spec(), from, (int) (to - from), sampler.seed());
        for (int r = 0; r < columns.count(); r++) {
            row.read(columns, r);
            rowWriter.write(row, bytes);
            stats.add(row.category, row.discountPct, row.baseCents, row.sold, row.units, row.revenueCents);
        }
        return new Chunk(bytes, stats, to - from);
    }

    private PurchaseStats newStats() {
        return new PurchaseStats(sampler.catalogue().categories());
    }
}
