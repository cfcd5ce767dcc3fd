package io.storetwin.ml.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Looks at stocked shelves, in time order, column by column (compact: about 40 bytes a row).
 * Immutable. Row {@code i} is product {@code products().get(product(i))} seen at
 * {@code price(i)} with {@code stock(i)} units and {@code daysToExpiry(i)} days left;
 * {@code sold(i)} is the label and {@code trueProbability(i)} the demand model's exact
 * P(buy) for that look (the Bayes yardstick; {@code NaN} when unknown).
 */
public final class Dataset {

    private final List<ProductKey> products;
    private final LookColumns rows;
    private final long droppedEmptyShelf;

    Dataset(List<ProductKey> products, LookColumns rows, long droppedEmptyShelf) {
        this.products = List.copyOf(products);
        this.rows = rows;
        this.droppedEmptyShelf = droppedEmptyShelf;
    }

    public int size() {
        return rows.length();
    }

    public List<ProductKey> products() {
        return products;
    }

    /** Rows left out because the shelf was empty. */
    public long droppedEmptyShelf() {
        return droppedEmptyShelf;
    }

    public int product(int i) {
        return rows.product[i];
    }

    public ProductKey productKey(int i) {
        return products.get(rows.product[i]);
    }

    public double price(int i) {
        return rows.price[i];
    }

    public int stock(int i) {
        return rows.stock[i];
    }

    public int daysToExpiry(int i) {
        return rows.daysToExpiry[i];
    }

    public LocalDateTime time(int i) {
        return LocalDateTime.ofEpochSecond(rows.epochSecond[i], 0, ZoneOffset.UTC);
    }

    public LocalDate date(int i) {
        return LocalDate.ofEpochDay(Math.floorDiv(rows.epochSecond[i], 86_400L));
    }

    public boolean sold(int i) {
        return rows.sold[i];
    }

    public int label(int i) {
        return rows.sold[i] ? 1 : 0;
    }

    public double trueProbability(int i) {
        return rows.trueProbability[i];
    }

    public int positives() {
        int n = 0;
        for (boolean s : rows.sold) {
            if (s) {
                n++;
            }
        }
        return n;
    }

    /** The distinct simulated dates, in order. */
    public List<LocalDate> dates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        long last = Long.MIN_VALUE;
        for (long s : rows.epochSecond) {
            long day = Math.floorDiv(s, 86_400L);
            if (day != last) {
                dates.add(LocalDate.ofEpochDay(day));
                last = day;
            }
        }
        return List.copyOf(dates);
    }

    /** Rows on dates before {@code date} (when {@code before}) or on and after it. */
    public Dataset splitAt(LocalDate date, boolean before) {
        long boundary = date.toEpochDay() * 86_400L;
        int[] keep = new int[size()];
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if ((rows.epochSecond[i] < boundary) == before) {
                keep[n++] = i;
            }
        }
        return select(Arrays.copyOf(keep, n));
    }

    /** Rows after a moment (strictly). */
    public Dataset after(LocalDateTime time) {
        long t = time.toEpochSecond(ZoneOffset.UTC);
        int[] keep = new int[size()];
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if (rows.epochSecond[i] > t) {
                keep[n++] = i;
            }
        }
        return select(Arrays.copyOf(keep, n));
    }

    /** The given rows, in the given order. */
    public Dataset select(int[] picked) {
        return new Dataset(products, rows.gather(picked.length, k -> picked[k]), 0);
    }

    /** The last moment in the data, or null when empty. */
    public LocalDateTime lastTime() {
        return size() == 0 ? null : time(size() - 1);
    }
}
