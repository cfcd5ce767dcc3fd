package io.storetwin.simulation.kernels;

/**
 * What the bulk-interactions kernel draws purchase looks from: the dataset generator's tables
 * flattened into arrays (the generator's {@code PurchaseSampler.spec()} builds one), so
 * {@link PurchaseMath#row} needs nothing but primitives. Alias tables are {@code Prob}/{@code Alias}
 * pairs (Vose); the catalogue is CSR ({@code categoryItems[categoryStart[c] .. categoryStart[c + 1]]});
 * per-category persona tables are {@code categories x personas}.
 *
 * @param openHour      the clock hour of each slot of the hour table
 * @param monthOfDay    month (1 to 12) of each day of the period
 * @param weekendOfDay  1 on Saturdays and Sundays, else 0
 * @param itemTemplate  the store product each synthetic item copies the demand of
 * @param looks         how each look's situation is drawn
 * @param demand        the demand model's tables and coefficients
 */
public record InteractionSpec(double[] categoryProb, int[] categoryAlias, int[] categoryStart, int[] categoryItems,
                              int personas, double[] personaProb, int[] personaAlias,
                              double[] dayProb, int[] dayAlias, double[] hourProb, int[] hourAlias, int[] openHour,
                              int[] monthOfDay, int[] weekendOfDay,
                              int[] itemTemplate, long[] itemReferenceCents, int[] itemShelfLife,
                              LookParameters looks, DemandTables demand) {

    public InteractionSpec {
        int categories = categoryProb.length;
        require("categoryAlias", categoryAlias.length == categories && categories >= 1);
        require("categoryStart", categoryStart.length == categories + 1);
        require("personaProb", personas >= 1 && personaProb.length == categories * personas);
        require("personaAlias", personaAlias.length == categories * personas);
        require("dayAlias", dayProb.length >= 1 && dayAlias.length == dayProb.length);
        require("hourAlias", hourProb.length >= 1 && hourAlias.length == hourProb.length && openHour.length == hourProb.length);
        require("monthOfDay", monthOfDay.length == dayProb.length && weekendOfDay.length == dayProb.length);
        int items = itemTemplate.length;
        require("items", itemReferenceCents.length == items && itemShelfLife.length == items);
        for (int c = 0; c < categories; c++) {
            require("categoryStart", categoryStart[c + 1] > categoryStart[c]);
        }
        require("categoryItems", categoryItems.length == categoryStart[categories]);
        require("sensitivity", demand.sensitivity().length == personas);
    }

    /** Categories with items. */
    public int categories() {
        return categoryProb.length;
    }

    /** Days in the period. */
    public int days() {
        return dayProb.length;
    }

    /** Synthetic items in the catalogue. */
    public int items() {
        return itemTemplate.length;
    }

    private static void require(String name, boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException(name + " has the wrong number of values");
        }
    }
}
