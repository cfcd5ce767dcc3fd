package io.storetwin.ml.data;

import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.time.CalendarFacts;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import smile.data.DataFrame;
import smile.data.vector.ValueVector;

/**
 * The features of a look, in column order: price, price / list, discount %, list price,
 * stock, days to expiry, day of week (0 = Monday), hour, weekend, month, summer, winter,
 * holiday season, then one column per product ({@code product=ID}) and per category
 * ({@code category=NAME}). No persona or budget: the pricer cannot see who walks in.
 *
 * <p>{@link #fill} is the only feature code: {@link #trainingRow} (a logged look) and
 * {@link #candidateRow} (a shelf at a candidate price) both call it, so a model is asked
 * about candidates in exactly the terms it learnt from.
 */
public final class FeatureSchema {

    /** Bumped whenever {@link #fill} changes meaning; model files record it. */
    public static final int VERSION = 1;
    public static final String LABEL = "sold";
    public static final List<String> BASE = List.of("price", "price_to_list", "discount_pct", "list_price", "stock",
            "days_to_expiry", "day_of_week", "hour", "weekend", "month", "summer", "winter", "holiday_season");

    private final List<ProductKey> products;
    private final List<String> categories;
    private final List<String> names;
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final Map<String, Integer> categoryIndex = new HashMap<>();

    private FeatureSchema(List<ProductKey> products) {
        this.products = List.copyOf(products);
        LinkedHashSet<String> cats = new LinkedHashSet<>();
        for (int i = 0; i < products.size(); i++) {
            ProductKey key = products.get(i);
            if (productIndex.putIfAbsent(key.id(), i) != null) {
                throw new IllegalArgumentException("product " + key.id() + " listed twice");
            }
            cats.add(key.category());
        }
        this.categories = List.copyOf(cats);
        for (int c = 0; c < categories.size(); c++) {
            categoryIndex.put(categories.get(c), c);
        }
        List<String> n = new ArrayList<>(BASE);
        products.forEach(p -> n.add("product=" + p.id()));
        categories.forEach(c -> n.add("category=" + c));
        this.names = List.copyOf(n);
    }

    /** A schema with a one-hot column for every product (and every category among them). */
    public static FeatureSchema of(List<ProductKey> products) {
        return new FeatureSchema(products);
    }

    public List<ProductKey> products() {
        return products;
    }

    public List<String> categories() {
        return categories;
    }

    /** Feature names in column order (without the label). */
    public List<String> names() {
        return names;
    }

    public int width() {
        return names.size();
    }

    /** The product's position in {@link #products()}, or -1 when the model never heard of it. */
    public int productIndex(String id) {
        return productIndex.getOrDefault(id, -1);
    }

    /**
     * THE feature code. Writes the features of a look at {@code productId} (category,
     * list price) priced {@code price} with {@code stock} units and {@code daysToExpiry}
     * days left, at {@code time}, into {@code row} (length {@link #width()}). A product or
     * category unknown to the schema gets no one-hot bit.
     */
    public void fill(double[] row, String productId, String category, double listPrice, double price, int stock,
                     int daysToExpiry, LocalDateTime time) {
        CalendarFacts facts = CalendarFacts.of(time);
        java.util.Arrays.fill(row, 0);
        row[0] = price;
        row[1] = price / listPrice;
        row[2] = Math.max(0, (1 - price / listPrice) * 100);
        row[3] = listPrice;
        row[4] = stock;
        row[5] = daysToExpiry;
        row[6] = facts.dayOfWeek();
        row[7] = facts.hour();
        row[8] = facts.weekend() ? 1 : 0;
        row[9] = facts.month();
        row[10] = facts.summer() ? 1 : 0;
        row[11] = facts.winter() ? 1 : 0;
        row[12] = facts.holidaySeason() ? 1 : 0;
        int p = productIndex(productId);
        if (p >= 0) {
            row[BASE.size() + p] = 1;
        }
        Integer c = categoryIndex.get(category);
        if (c != null) {
            row[BASE.size() + products.size() + c] = 1;
        }
    }

    /** Features of logged look {@code i} of {@code data}. */
    public double[] trainingRow(Dataset data, int i) {
        double[] row = new double[width()];
        ProductKey key = data.productKey(i);
        fill(row, key.id(), key.category(), key.listPrice(), data.price(i), data.stock(i), data.daysToExpiry(i), data.time(i));
        return row;
    }

    /** Features of the shelf in {@code view} if it were priced {@code price}. */
    public double[] candidateRow(ProductView view, double price) {
        double[] row = new double[width()];
        fill(row, view.product().id(), view.product().category(), view.listPrice(), price, view.stock(),
                view.daysToExpiry(), view.time());
        return row;
    }

    /** A Smile data frame of the given rows, one column per feature, then the label (zeros when null). */
    public DataFrame frame(double[][] rows, int[] labels) {
        int n = rows.length;
        int w = width();
        ValueVector[] columns = new ValueVector[w + 1];
        for (int j = 0; j < w; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = rows[i][j];
            }
            columns[j] = ValueVector.of(names.get(j), column);
        }
        columns[w] = ValueVector.of(LABEL, labels == null ? new int[n] : labels);
        return new DataFrame(columns);
    }

    /** The whole data set as a Smile frame, built column by column (no row copies). */
    public DataFrame frame(Dataset data) {
        int n = data.size();
        int w = width();
        double[][] columns = new double[w][n];
        double[] row = new double[w];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            ProductKey key = data.productKey(i);
            fill(row, key.id(), key.category(), key.listPrice(), data.price(i), data.stock(i), data.daysToExpiry(i), data.time(i));
            for (int j = 0; j < w; j++) {
                columns[j][i] = row[j];
            }
            labels[i] = data.label(i);
        }
        ValueVector[] vectors = new ValueVector[w + 1];
        for (int j = 0; j < w; j++) {
            vectors[j] = ValueVector.of(names.get(j), columns[j]);
        }
        vectors[w] = ValueVector.of(LABEL, labels);
        return new DataFrame(vectors);
    }
}
