package io.storetwin.simulation.dataset;

import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.pricing.PersonaMix;
import io.storetwin.simulation.random.AliasTable;
import io.storetwin.simulation.random.Distributions;
import io.storetwin.simulation.random.RandomStreams;

/**
 * Draws row {@code i} of a purchase-event dataset from {@code (seed, i)} alone (a counter-based
 * generator: SplitMix64 of the row's key), so rows can be made in any order on any number of
 * threads. The look's situation comes from {@link LookDistributions}; whether it sells comes
 * from the simulator's own {@link DemandModel}: the log-odds of the product's store template
 * at the shown discount ({@code discounted / base}), plus the model's price effect of the base
 * price against the product's reference price, with the persona drawn by its share of the
 * category's looks, plus {@link LookDistributions#browsingLogit()}; the taste shock is integrated
 * out as in the engine, and a uniform decides.
 * Units: 1 + Poisson(extraUnitsMean), at most maxUnitsPerPurchase and the stock, as in the engine.
 */
public final class PurchaseSampler {

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private final SyntheticCatalogue catalogue;
    private final DemandModel demand;
    private final LookCalendar calendar;
    private final LookDistributions looks;
    private final AliasTable categoryTable;
    private final AliasTable[] personaTable;
    private final double[] sensitivity;
    private final double[] templateList;
    private final double extraUnits;
    private final int maxUnits;
    private final long key;

    public PurchaseSampler(StoreCatalog store, DemandSettings settings, SyntheticCatalogue catalogue,
                           GeneratorSettings generator) {
        this.catalogue = catalogue;
        this.demand = new DemandModel(store, settings);
        this.calendar = new LookCalendar(store, catalogue.categories(), generator.startDate(), generator.days());
        this.looks = generator.looks();
        PersonaMix mix = new PersonaMix(store);
        int personas = store.personas().size();
        sensitivity = store.personas().stream().mapToDouble(p -> p.priceSensitivity()).toArray();
        int categories = catalogue.categories().size();
        double[] categoryWeights = new double[categories];
        personaTable = new AliasTable[categories];
        for (int c = 0; c < categories; c++) {
            String name = catalogue.categories().get(c);
            double[] weights = new double[personas];
            categoryWeights[c] = mix.categoryLooks(name);
            for (int p = 0; p < personas; p++) {
                weights[p] = mix.weight(catalogue.item(catalogue.itemsOf(c)[0]).templateIndex(), p);
            }
            personaTable[c] = new AliasTable(weights);
        }
        categoryTable = new AliasTable(categoryWeights);
        templateList = store.products().stream().mapToDouble(Product::listPrice).toArray();
        extraUnits = settings.extraUnitsMean();
        maxUnits = settings.maxUnitsPerPurchase();
        key = new RandomStreams(generator.seed()).key("purchase-events", 0);
    }

    public SyntheticCatalogue catalogue() {
        return catalogue;
    }

    public DemandModel demand() {
        return demand;
    }

    LookCalendar calendar() {
        return calendar;
    }

    /** Fills {@code row} with row {@code index}. */
    public void sample(long index, PurchaseRow row) {
        long z = RandomStreams.mix64(key + index * GOLDEN);
        int c = categoryTable.sample(uniform(z, 1));
        int[] items = catalogue.itemsOf(c);
        int item = items[Math.min((int) (uniform(z, 2) * items.length), items.length - 1)];
        SyntheticCatalogue.Item it = catalogue.item(item);
        int persona = personaTable[c].sample(uniform(z, 3));
        int day = calendar.day(uniform(z, 4));
        int second = calendar.secondOfDay(uniform(z, 5), uniform(z, 6));

        double uDiscount = uniform(z, 7);
        int discount = uDiscount < looks.promoShare()
                ? 1 + Math.min((int) (uDiscount / looks.promoShare() * looks.maxDiscountPct()), looks.maxDiscountPct() - 1)
                : 0;
        double level = looks.priceLevelLow() + uniform(z, 8) * (looks.priceLevelHigh() - looks.priceLevelLow());
        long base = Math.max(1, Math.round(it.referenceCents() * level));
        long price = Math.max(1, (base * (100 - discount) + 50) / 100);
        int dte = Math.min((int) (uniform(z, 9) * (it.shelfLifeDays() + 1)), it.shelfLifeDays());
        double uStock = uniform(z, 10);
        int inventory;
        if (uStock < looks.lowStockShare()) {
            inventory = 1 + Math.min((int) (uStock / looks.lowStockShare() * looks.lowStockMax()), looks.lowStockMax() - 1);
        } else {
            int span = looks.inventoryMax() - looks.lowStockMax();
            double u = (uStock - looks.lowStockShare()) / (1 - looks.lowStockShare());
            inventory = looks.lowStockMax() + 1 + Math.min((int) (u * span), span - 1);
        }

        int t = it.templateIndex();
        double sens = sensitivity[persona];
        double shown = (double) price / base;
        double logit = demand.logit(t, sens, templateList[t] * shown, dte, inventory, calendar.month(day), calendar.weekend(day))
                + demand.priceEffect(t, sens, (double) base / it.referenceCents()) + looks.browsingLogit()
                + (calendar.weekend(day) ? looks.weekendLogit() - demand.settings().weekendLogit() : 0);
        double p = demand.probabilityOfLogit(logit);
        boolean sold = uniform(z, 11) < p;
        int units = 0;
        if (sold) {
            units = Math.min(Math.min(1 + Distributions.poissonFromUniform(uniform(z, 12), extraUnits), maxUnits), inventory);
        }
        row.item = item;
        row.category = c;
        row.persona = persona;
        row.day = day;
        row.secondOfDay = second;
        row.discountPct = discount;
        row.baseCents = base;
        row.priceCents = price;
        row.daysToExpiry = dte;
        row.inventory = inventory;
        row.probability = p;
        row.sold = sold;
        row.units = units;
        row.revenueCents = units * price;
    }

    /** The {@code draw}-th uniform in [0, 1) of the row whose mixed key is {@code z}. */
    private static double uniform(long z, int draw) {
        return (RandomStreams.mix64(z + draw * GOLDEN) >>> 11) * 0x1.0p-53;
    }
}
