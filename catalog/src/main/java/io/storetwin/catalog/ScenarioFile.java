package io.storetwin.catalog;

import java.time.LocalDate;

/**
 * A scenario as written in YAML: the catalog is named by a path relative to the scenario
 * file, or left out for the embedded default store.
 */
record ScenarioFile(
        String name,
        @Defaulted String store,
        int populationSize,
        LocalDate startDate,
        int days,
        long seed,
        @Defaulted Integer tickMinutes,
        @Defaulted PricingSettings pricing,
        @Defaulted DemandSettings demand,
        @Defaulted InventorySettings inventory,
        @Defaulted CampaignSettings campaigns) {

    ScenarioFile {
        tickMinutes = tickMinutes == null ? 1 : tickMinutes;
        pricing = pricing == null ? PricingSettings.defaults() : pricing;
        demand = demand == null ? DemandSettings.defaults() : demand;
        inventory = inventory == null ? InventorySettings.defaults() : inventory;
        campaigns = campaigns == null ? CampaignSettings.defaults() : campaigns;
    }
}
