package io.storetwin.ml.data;

import io.storetwin.simulation.pricing.ProductView;
import io.storetwin.simulation.time.CalendarFacts;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import smile.data.DataFrame;
import smile.data.vector.ValueVector;

/**
 * The features of a look, in column order: price, price / list, discount %, list price,
 * stock, days to expiry, day of week (0 = Monday), hour, weekend, month, summer, winter,
 * holiday season, then the product's code (its position in {@link #products()}) and its
 * category's code (its position in {@link #categories()}). No persona or budget: the pricer
 * cannot see who walks in.
 *
 * <p>Codes rather than one-hot columns: 15 columns instead of 78 on the default store, and
 * a tree isolates a product with a couple of splits on its code (products of a category sit
 * next to each other) where one-hot columns cost a split per product and are rarely among
 * the few columns tried at a split. Fitting time grows with the column count; held-out AUC
 * did not drop (see the README's performance section).
 *
 * <p>{@link #fill} is the only feature code: {@link #trainingRow} (a logged look) and
 * {@link #candidateRow} (a shelf at a candidate price) both call it, so a model is asked
 * about candidates in exactly the terms it learnt from.
 */
public final class FeatureSchema {

    /** Bumped whenever {@link #fill} changes meaning; model files record it. */
    public static final int VERSION = 2;
    public static final String LABEL = "sold";
    public static final List<String> BASE = List.of("price", "price_to_list", "discount_pct", "list_price", "stock",
            "days_to_expiry", "day_of_week", "hour", "weekend", "month", "summer", "winter", "holiday_season");
    public static final String PRODUCT = "product";
    public static final String CATEGORY = "category";
    /** The code of a product or category the schema never heard of. */
    public static final int UNKNOWN = -1;

    private final List<ProductKey> products;
    private final List<String> categories;
    private final List<String> names;
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final Map<String, Integer> categoryIndex = new HashMap<>();

    private FeatureSchema(List<ProductKey> products) {
        // codes by category, then id: a category's products get neighbouring codes, and the
        // codes do not depend on the order in which a log happened to show the products
        this.products = products.stream()
                .sorted(Comparator.comparing(ProductKey::category).thenComparing(ProductKey::id)).toList();
        LinkedHashSet<String> cats = new LinkedHashSet<>();
        for (int i = 0; i < this.products.size(); i++) {
            ProductKey key = this.products.get(i);
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
        n.add(PRODUCT);
        n.add(CATEGORY);
        this.names = List.copyOf(n);
    }

    /** A schema that codes these products (and their categories, in order of first appearance). */
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

    /** The product's position in {@link #products()} (its code), or -1 when the model never heard of it. */
    public int productIndex(String id) {
        return productIndex.getOrDefault(id, -1);
    }

    /**
     * THE feature code. Writes the features of a look at {@code productId} (category,
     * list price) priced {@code price} with {@code stock} units and {@code daysToExpiry}
     * days left, at {@code time}, into {@code row} (length {@link #width()}). A product or
     * category unknown to the schema gets the code {@link #UNKNOWN}.
     */
    public void fill(double[] row, String productId, String category, double listPrice, double price, int stock,
                     int daysToExpiry, LocalDateTime time) {
        CalendarFacts facts = CalendarFacts.of(time);
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
        row[BASE.size()] = productIndex(productId);
        row[BASE.size() + 1] = categoryIndex.getOrDefault(category, UNKNOWN);
    }

    /** The category's code, or {@link #UNKNOWN}. */
    public int categoryIndex(String category) {
        return categoryIndex.getOrDefault(category, UNKNOWN);
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
