package io.storetwin.ml.data;

import java.util.function.IntUnaryOperator;

/**
 * The one column store behind {@link Dataset} and {@link DatasetBuilder}: one array per field of
 * a look, all of the same length, written slot by slot. Columns rather than row objects keep a
 * look at about 40 bytes and let the feature code read a field for every row in one pass.
 * Not thread-safe; its owners guard it.
 */
final class LookColumns {

    final int[] product;
    final double[] price;
    final int[] stock;
    final int[] daysToExpiry;
    final long[] epochSecond;
    final boolean[] sold;
    final double[] trueProbability;

    LookColumns(int rows) {
        product = new int[rows];
        price = new double[rows];
        stock = new int[rows];
        daysToExpiry = new int[rows];
        epochSecond = new long[rows];
        sold = new boolean[rows];
        trueProbability = new double[rows];
    }

    int length() {
        return product.length;
    }

    void set(int slot, int productIndex, double shownPrice, int units, int days, long second, boolean bought,
             double probability) {
        product[slot] = productIndex;
        price[slot] = shownPrice;
        stock[slot] = units;
        daysToExpiry[slot] = days;
        epochSecond[slot] = second;
        sold[slot] = bought;
        trueProbability[slot] = probability;
    }

    /** New columns of {@code rows} rows whose row k is this table's row {@code source(k)}. */
    LookColumns gather(int rows, IntUnaryOperator source) {
        LookColumns out = new LookColumns(rows);
        for (int k = 0; k < rows; k++) {
            int i = source.applyAsInt(k);
            out.set(k, product[i], price[i], stock[i], daysToExpiry[i], epochSecond[i], sold[i], trueProbability[i]);
        }
        return out;
    }
}
