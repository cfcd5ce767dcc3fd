package io.storetwin.simulation.kernels;

/**
 * The dataset generator's look distributions as the kernel reads them (see
 * {@code io.storetwin.simulation.dataset.LookDistributions} for their meaning).
 *
 * @param weekendShift the generator's weekend log-odds less the demand model's, added on weekends
 */
public record LookParameters(double promoShare, int maxDiscountPct, double priceLevelLow, double priceLevelHigh,
                             double lowStockShare, int lowStockMax, int inventoryMax, double browsingLogit,
                             double weekendShift) {
}
