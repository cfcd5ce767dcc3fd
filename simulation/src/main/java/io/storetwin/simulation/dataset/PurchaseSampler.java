package io.storetwin.simulation.dataset;

import io.storetwin.catalog.DemandSettings;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.demand.DemandModel;
import io.storetwin.simulation.kernels.InteractionColumns;
import io.storetwin.simulation.kernels.InteractionSpec;
import io.storetwin.simulation.kernels.KernelKeys;
import io.storetwin.simulation.kernels.PurchaseMath;

/**
 * Draws row {@code i} of a purchase-event dataset from {@code (seed, i)} alone (a counter-based
 * generator: SplitMix64 of the row's key), so rows can be made in any order on any number of
 * threads or on a device. The look's situation comes from {@link LookDistributions}; whether it sells comes
 * from the simulator's own {@link DemandModel}: the log-odds of the product's store template
 * at the shown discount ({@code discounted / base}), plus the model's price effect of the base
 * price against the product's reference price, with the persona drawn by its share of the
 * category's looks, plus {@link LookDistributions#browsingLogit()}; the taste shock is integrated
 * out as in the engine, and a uniform decides.
 * Units: 1 + Poisson(extraUnitsMean), at most maxUnitsPerPurchase and the stock, as in the engine.
 * The row function itself is {@link PurchaseMath#row} over the flattened {@link #spec()}, the
 * bulk-interactions kernel of every batch-kernel backend; this class builds the spec and
 * draws single rows with it.
 */
public final class PurchaseSampler {

    private final SyntheticCatalogue catalogue;
    private final DemandModel demand;
    private final LookCalendar calendar;
    private final InteractionSpec spec;
    private final long seed;
    private final long key;

    public PurchaseSampler(StoreCatalog store, DemandSettings settings, SyntheticCatalogue catalogue,
                           GeneratorSettings generator) {
        this.catalogue = catalogue;
        this.demand = new DemandModel(store, settings);
        this.calendar = new LookCalendar(store, catalogue.categories(), generator.startDate(), generator.days());
        this.spec = PurchaseSpecs.of(store, demand, catalogue, calendar, generator.looks());
        this.seed = generator.seed();
        this.key = KernelKeys.interactions(seed);
    }

    public SyntheticCatalogue catalogue() {
        return catalogue;
    }

    public DemandModel demand() {
        return demand;
    }

    /** The generator's tables as the bulk-interactions kernel reads them. */
    public InteractionSpec spec() {
        return spec;
    }

    /** The seed whose rows these are. */
    public long seed() {
        return seed;
    }

    LookCalendar calendar() {
        return calendar;
    }

    /** Fills {@code row} with row {@code index} (one row on this thread; blocks go through the kernels). */
    public void sample(long index, PurchaseRow row) {
        InteractionColumns one = InteractionColumns.allocate(index, 1);
        PurchaseMath.row(spec, key, index, one, 0);
        row.read(one, 0);
    }
}
