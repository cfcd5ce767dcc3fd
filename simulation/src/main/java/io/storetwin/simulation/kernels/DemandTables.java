package io.storetwin.simulation.kernels;

import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.demand.DemandModel;

/**
 * The demand model flattened for {@link PurchaseMath}, in double: per store product its list
 * price, elasticity and 12 seasonality log-odds; per persona its price sensitivity; the
 * urgency table by days to expiry; the discount, scarcity and units coefficients; and the
 * noisy sigmoid at its grid nodes ({@code sigmoid} is empty when there is no taste shock and
 * the plain logistic applies). Read by the same operations in the same order as
 * {@link DemandModel}, these give its probabilities bit for bit.
 */
public record DemandTables(double baseLogit, double priceScale, double[] listPrice, double[] elasticity,
                           double[] seasonLogit, double[] sensitivity, double[] urgency,
                           double discountMidpoint, double discountWidth, double discountWeight,
                           double discountFloor, double discountSpan,
                           double scarcityWeight, int scarcityThreshold, double weekendLogit,
                           double[] sigmoid, double extraUnitsMean, int maxUnits) {

    /** Half-width of the sigmoid table on the log-odds, as in the demand model. */
    public static final double SIGMOID_RANGE = 30;
    /** Grid points per unit of log-odds. */
    public static final double SIGMOID_STEPS = 128;
    /** Values in the sigmoid table. */
    public static final int SIGMOID_SIZE = 2 * 30 * 128 + 1;

    public static DemandTables of(DemandModel model, StoreCatalog store) {
        DemandSettings s = model.settings();
        int products = store.products().size();
        double[] list = store.products().stream().mapToDouble(Product::listPrice).toArray();
        double[] elasticity = new double[products];
        double[] season = new double[products * 12];
        for (int p = 0; p < products; p++) {
            elasticity[p] = model.elasticity(p);
            for (int m = 1; m <= 12; m++) {
                season[p * 12 + m - 1] = model.seasonLogit(p, m);
            }
        }
        double[] sensitivity = store.personas().stream().mapToDouble(q -> q.priceSensitivity()).toArray();
        double[] urgency = new double[s.urgencyWindowDays() + 1];
        for (int d = 0; d < urgency.length; d++) {
            urgency[d] = model.urgencyEffect(d);
        }
        // the demand model's own floor: sigmoid(-midpoint / width), written as it writes it
        double x = -s.discountMidpoint() / s.discountWidth();
        double floor = 1 / (1 + Math.exp(-x));
        double[] sigmoid = new double[s.noiseSd() == 0 ? 0 : SIGMOID_SIZE];
        for (int i = 0; i < sigmoid.length; i++) {
            // at a node the model's interpolation returns the node's value exactly
            sigmoid[i] = model.probabilityOfLogit(-SIGMOID_RANGE + i / SIGMOID_STEPS);
        }
        return new DemandTables(s.baseLogit(), s.priceScale(), list, elasticity, season, sensitivity, urgency,
                s.discountMidpoint(), s.discountWidth(), s.discountWeight(), floor, 1 - floor,
                s.scarcityWeight(), s.scarcityThreshold(), s.weekendLogit(), sigmoid, s.extraUnitsMean(),
                s.maxUnitsPerPurchase());
    }
}
