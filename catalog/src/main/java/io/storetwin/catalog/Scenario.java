package io.storetwin.catalog;

import java.time.LocalDate;

/**
 * One experiment-ready description of a store run.
 *
 * @param store           the catalog it runs (loaded and validated)
 * @param storeSource     where the catalog came from: a path, or {@code embedded:default}
 * @param populationSize  customers in the persistent population
 * @param startDate       first simulated day
 * @param days            simulated days to run
 * @param seed            the one seed every random stream is split from
 * @param tickMinutes     simulated minutes per engine tick
 * @param campaigns       how a promotion message changes a recipient's behaviour
 */
public record Scenario(
        String name,
        StoreCatalog store,
        String storeSource,
        int populationSize,
        LocalDate startDate,
        int days,
        long seed,
        int tickMinutes,
        PricingSettings pricing,
        DemandSettings demand,
        InventorySettings inventory,
        CampaignSettings campaigns) {

    public Scenario {
        campaigns = campaigns == null ? CampaignSettings.defaults() : campaigns;
    }

    /** A scenario with the default campaign effects. */
    public Scenario(String name, StoreCatalog store, String storeSource, int populationSize, LocalDate startDate,
                    int days, long seed, int tickMinutes, PricingSettings pricing, DemandSettings demand,
                    InventorySettings inventory) {
        this(name, store, storeSource, populationSize, startDate, days, seed, tickMinutes, pricing, demand,
                inventory, CampaignSettings.defaults());
    }

    /** A builder holding this scenario's values, to change some and build a new scenario. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public Scenario withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    public Scenario withDays(int newDays) {
        return toBuilder().days(newDays).build();
    }

    public Scenario withPricing(PricingSettings newPricing) {
        return toBuilder().pricing(newPricing).build();
    }

    public Scenario withDemand(DemandSettings newDemand) {
        return toBuilder().demand(newDemand).build();
    }

    public Scenario withInventory(InventorySettings newInventory) {
        return toBuilder().inventory(newInventory).build();
    }

    public Scenario withPopulationSize(int size) {
        return toBuilder().populationSize(size).build();
    }

    public Scenario withStore(StoreCatalog newStore) {
        return toBuilder().store(newStore).build();
    }

    public Scenario withCampaigns(CampaignSettings newCampaigns) {
        return toBuilder().campaigns(newCampaigns).build();
    }

    /** A mutable copy of a scenario's values: the one place that copies every component. */
    public static final class Builder {
        private String name;
        private StoreCatalog store;
        private String storeSource;
        private int populationSize;
        private LocalDate startDate;
        private int days;
        private long seed;
        private int tickMinutes;
        private PricingSettings pricing;
        private DemandSettings demand;
        private InventorySettings inventory;
        private CampaignSettings campaigns;

        private Builder(Scenario s) {
            name = s.name;
            store = s.store;
            storeSource = s.storeSource;
            populationSize = s.populationSize;
            startDate = s.startDate;
            days = s.days;
            seed = s.seed;
            tickMinutes = s.tickMinutes;
            pricing = s.pricing;
            demand = s.demand;
            inventory = s.inventory;
            campaigns = s.campaigns;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder store(StoreCatalog v) {
            store = v;
            return this;
        }

        public Builder storeSource(String v) {
            storeSource = v;
            return this;
        }

        public Builder populationSize(int v) {
            populationSize = v;
            return this;
        }

        public Builder startDate(LocalDate v) {
            startDate = v;
            return this;
        }

        public Builder days(int v) {
            days = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder tickMinutes(int v) {
            tickMinutes = v;
            return this;
        }

        public Builder pricing(PricingSettings v) {
            pricing = v;
            return this;
        }

        public Builder demand(DemandSettings v) {
            demand = v;
            return this;
        }

        public Builder inventory(InventorySettings v) {
            inventory = v;
            return this;
        }

        public Builder campaigns(CampaignSettings v) {
            campaigns = v;
            return this;
        }

        public Scenario build() {
            return new Scenario(name, store, storeSource, populationSize, startDate, days, seed, tickMinutes, pricing,
                    demand, inventory, campaigns);
        }
    }
}
