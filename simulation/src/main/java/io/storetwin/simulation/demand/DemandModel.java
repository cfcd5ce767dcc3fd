package io.storetwin.simulation.demand;

import io.storetwin.catalog.Category;
import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.Persona;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The ground truth of the twin: the probability that a shopper of a persona who looks at a
 * product buys it. The log-odds are a sum of named effects (see {@link DemandSettings}):
 * price relative to list x category elasticity x persona sensitivity (relative to the mean
 * sensitivity of the shoppers who look at the product, so the category's elasticity is the
 * elasticity of its actual shoppers); a saturating discount
 * effect; urgency in the last days before expiry; scarcity under a few units; weekend;
 * category seasonality. A normal taste shock per look is integrated out exactly, so
 * {@link #probability} is the very probability the engine draws against: the oracle, the
 * tests and the ML yardstick all use it.
 */
public final class DemandModel {

    private final StoreCatalog store;
    private final PersonaMix mix;
    // Not final: a live parameter change retunes the model between two ticks (engine thread).
    // Another thread reading meanwhile (the window's demand curve) may see the old coefficients
    // for a moment, never a broken mix: each array is built whole before it is assigned.
    private DemandSettings settings;
    private NoisySigmoid sigmoid;
    private double[] productElasticity;
    private double[][] productSeasonLogit;
    private double[] urgencyByDays;
    private double discountFloor;
    private double discountSpan;

    public DemandModel(StoreCatalog store, DemandSettings settings) {
        this.store = store;
        this.mix = new PersonaMix(store);
        retune(settings);
    }

    /**
     * Takes new coefficients from the next look on: a live change of the world (price
     * sensitivity, weekend effect, taste noise). Engine thread, between two ticks.
     */
    public void retune(DemandSettings settings) {
        List<Product> products = store.products();
        double[] productElasticity = new double[products.size()];
        double[][] productSeasonLogit = new double[products.size()][12];
        for (int i = 0; i < products.size(); i++) {
            Category category = store.categoryOf(products.get(i));
            // The category's elasticity is that of the shoppers who actually look at it: persona
            // sensitivities count relative to their look-weighted mean for this product.
            double meanSensitivity = 0;
            for (int k = 0; k < store.personas().size(); k++) {
                meanSensitivity += mix.weight(i, k) * store.personas().get(k).priceSensitivity();
            }
            productElasticity[i] = category.elasticity() * settings.elasticityScale()
                    / (meanSensitivity > 0 ? meanSensitivity : 1);
            for (int m = 0; m < 12; m++) {
                productSeasonLogit[i][m] = settings.seasonalityWeight() * Math.log(category.seasonality(m + 1));
            }
        }
        double[] urgencyByDays = new double[settings.urgencyWindowDays() + 1];
        for (int d = 0; d < urgencyByDays.length; d++) {
            urgencyByDays[d] = settings.urgencyWeight() * Math.exp(-d / settings.urgencyDecayDays());
        }
        this.discountFloor = NoisySigmoid.sigmoid(-settings.discountMidpoint() / settings.discountWidth());
        this.discountSpan = 1 - discountFloor;
        this.productElasticity = productElasticity;
        this.productSeasonLogit = productSeasonLogit;
        this.urgencyByDays = urgencyByDays;
        this.sigmoid = NoisySigmoid.withSd(settings.noiseSd());
        this.settings = settings;
    }

    public StoreCatalog store() {
        return store;
    }

    public DemandSettings settings() {
        return settings;
    }

    /** Exact P(buy) for a persona looking at a product in a state. */
    public double probability(Persona persona, ProductState state) {
        return sigmoid.apply(logit(persona, state));
    }

    /** The log-odds before the taste shock. */
    public double logit(Persona persona, ProductState state) {
        int index = store.products().indexOf(state.product());
        if (index < 0) {
            throw new IllegalArgumentException("product not in this store: " + state.product().id());
        }
        LocalDateTime time = state.time();
        DayOfWeek day = time.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return logit(index, persona.priceSensitivity(), state.price(), state.daysToExpiry(), state.stock(),
                time.getMonthValue(), weekend);
    }

    /** Fast path for the engine and kernels: exact P(buy) by product index. */
    public double probability(int productIndex, double priceSensitivity, double price, int daysToExpiry,
                              int stock, int month, boolean weekend) {
        return sigmoid.apply(logit(productIndex, priceSensitivity, price, daysToExpiry, stock, month, weekend));
    }

    /** Maps log-odds to the exact probability (taste shock integrated out). */
    public double probabilityOfLogit(double logit) {
        return sigmoid.apply(logit);
    }

    /** The log-odds by product index; {@code month} is 1 to 12. */
    public double logit(int productIndex, double priceSensitivity, double price, int daysToExpiry,
                        int stock, int month, boolean weekend) {
        double relative = price / store.products().get(productIndex).listPrice();
        return logitAt(productIndex, priceSensitivity, relative, Math.log(relative), daysToExpiry, stock, month, weekend);
    }

    /**
     * The engine's fast path: P(buy) with the price given as {@code relativePrice} = price / list
     * and its logarithm, which the engine keeps per shelf and recomputes only when a price
     * changes. The same numbers as {@link #probability(int, double, double, int, int, int, boolean)}.
     */
    public double probabilityAt(int productIndex, double priceSensitivity, double relativePrice, double logRelativePrice,
                                int daysToExpiry, int stock, int month, boolean weekend) {
        return sigmoid.apply(logitAt(productIndex, priceSensitivity, relativePrice, logRelativePrice, daysToExpiry, stock,
                month, weekend));
    }

    private double logitAt(int productIndex, double priceSensitivity, double relative, double logRelative,
                           int daysToExpiry, int stock, int month, boolean weekend) {
        double x = settings.baseLogit()
                + priceEffectOfLog(productIndex, priceSensitivity, logRelative)
                + discountEffect(relative)
                + urgencyEffect(daysToExpiry)
                + scarcityEffect(stock)
                + productSeasonLogit[productIndex][month - 1];
        return weekend ? x + settings.weekendLogit() : x;
    }

    /** Price relative to list x elasticity x sensitivity, on the log-odds. */
    public double priceEffect(int productIndex, double priceSensitivity, double relativePrice) {
        return priceEffectOfLog(productIndex, priceSensitivity, Math.log(relativePrice));
    }

    private double priceEffectOfLog(int productIndex, double priceSensitivity, double logRelativePrice) {
        return settings.priceScale() * productElasticity[productIndex] * priceSensitivity * logRelativePrice;
    }

    /** Saturating discount effect: 0 at list price, {@code discountWeight} far below it. */
    public double discountEffect(double relativePrice) {
        double discount = 1 - relativePrice;
        if (discount <= 0) {
            return 0;
        }
        double s = NoisySigmoid.sigmoid((discount - settings.discountMidpoint()) / settings.discountWidth());
        return settings.discountWeight() * (s - discountFloor) / discountSpan;
    }

    /** Urgency rising exponentially over the last days before expiry. */
    public double urgencyEffect(int daysToExpiry) {
        return daysToExpiry < 0 || daysToExpiry >= urgencyByDays.length ? 0 : urgencyByDays[daysToExpiry];
    }

    /** Scarcity: strongest at one unit left, gone at the threshold. */
    public double scarcityEffect(int stock) {
        int threshold = settings.scarcityThreshold();
        if (stock <= 0 || stock >= threshold) {
            return 0;
        }
        return threshold == 1 ? settings.scarcityWeight()
                : settings.scarcityWeight() * (threshold - stock) / (threshold - 1.0);
    }

    /** The price elasticity of store product {@code productIndex}, scaled to its shoppers' mean sensitivity. */
    public double elasticity(int productIndex) {
        return productElasticity[productIndex];
    }

    /** The seasonality log-odds of store product {@code productIndex} in {@code month} (1 to 12). */
    public double seasonLogit(int productIndex, int month) {
        return productSeasonLogit[productIndex][month - 1];
    }

    /** Mean units bought when a shopper buys (before stock and budget limits). */
    public double expectedUnitsPerPurchase() {
        return 1 + settings.extraUnitsMean();
    }
}
