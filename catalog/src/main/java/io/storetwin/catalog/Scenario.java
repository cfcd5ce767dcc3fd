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

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, store, storeSource, populationSize, startDate, days,
                newSeed, tickMinutes, pricing, demand, inventory, campaigns);
    }

    public Scenario withDays(int newDays) {
        return new Scenario(name, store, storeSource, populationSize, startDate, newDays, seed, tickMinutes,
                pricing, demand, inventory, campaigns);
    }

    public Scenario withPricing(PricingSettings newPricing) {
        return new Scenario(name, store, storeSource, populationSize, startDate, days, seed, tickMinutes,
                newPricing, demand, inventory, campaigns);
    }

    public Scenario withDemand(DemandSettings newDemand) {
        return new Scenario(name, store, storeSource, populationSize, startDate, days, seed, tickMinutes,
                pricing, newDemand, inventory, campaigns);
    }

    public Scenario withInventory(InventorySettings newInventory) {
        return new Scenario(name, store, storeSource, populationSize, startDate, days, seed, tickMinutes,
                pricing, demand, newInventory, campaigns);
    }

    public Scenario withPopulationSize(int size) {
        return new Scenario(name, store, storeSource, size, startDate, days, seed, tickMinutes,
                pricing, demand, inventory, campaigns);
    }

    public Scenario withStore(StoreCatalog newStore) {
        return new Scenario(name, newStore, storeSource, populationSize, startDate, days, seed, tickMinutes,
                pricing, demand, inventory, campaigns);
    }

    public Scenario withCampaigns(CampaignSettings newCampaigns) {
        return new Scenario(name, store, storeSource, populationSize, startDate, days, seed, tickMinutes,
                pricing, demand, inventory, newCampaigns);
    }
}
