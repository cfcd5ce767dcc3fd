package io.storetwin.simulation.kernels;

/**
 * What the bulk-interactions kernel draws from, as flat arrays (build one with
 * {@link InteractionSpecs}). Row {@code i} is a look at product {@code p} (uniform over the
 * products) by a persona drawn from the product's persona mix, on a day (uniform over
 * {@code days}), at candidate price {@code k} (uniform over the grid), with days to expiry
 * uniform on {@code 0..shelfLife[p]} and stock uniform on {@code 1..maxStock}. Its log-odds are
 * {@code season[p * 12 + month] + weekend x weekendLogit + urgency[dte] + scarcity[stock]
 * + slope[p] x sensitivity[q] x lnRelative[pk] + discount[pk]} (urgency and scarcity are 0
 * past their tables); the taste shock is integrated out by the sigmoid table and a uniform
 * decides the sale; units are 1 + Poisson, capped by {@code unitsCdf} and by the stock.
 *
 * @param season       log-odds at list price with neutral urgency, scarcity and weekday, per product x month
 * @param monthOfDay   month (0..11) of each day
 * @param weekendOfDay 1 on Saturdays and Sundays, else 0, of each day
 * @param urgency      urgency effect by days to expiry
 * @param scarcity     scarcity effect by units on the shelf
 * @param shelfLife    shelf life in days, per product
 */
public record InteractionSpec(int products, int prices, int personas, int days,
                              float[] price, float[] lnRelative, float[] discount, float[] slope,
                              float[] season, float weekendLogit, float[] urgency, float[] scarcity,
                              float[] personaCdf, float[] sensitivity, float[] unitsCdf, float[] sigmoid,
                              int[] monthOfDay, int[] weekendOfDay, int[] shelfLife, int maxStock) {

    public InteractionSpec {
        if (products < 1 || prices < 1 || personas < 1 || days < 1 || maxStock < 1) {
            throw new IllegalArgumentException("interactions need at least one product, price, persona, day and unit of stock");
        }
        int cells = products * prices;
        require("price", price.length == cells);
        require("lnRelative", lnRelative.length == cells);
        require("discount", discount.length == cells);
        require("slope", slope.length == products);
        require("season", season.length == products * 12);
        require("urgency", urgency.length >= 1);
        require("scarcity", scarcity.length >= 1);
        require("personaCdf", personaCdf.length == products * personas);
        require("sensitivity", sensitivity.length == personas);
        require("unitsCdf", unitsCdf.length >= 1);
        require("sigmoid", sigmoid.length == SigmoidTable.SIZE);
        require("monthOfDay", monthOfDay.length == days);
        require("weekendOfDay", weekendOfDay.length == days);
        require("shelfLife", shelfLife.length == products);
    }

    private static void require(String name, boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException(name + " has the wrong number of values");
        }
    }
}
