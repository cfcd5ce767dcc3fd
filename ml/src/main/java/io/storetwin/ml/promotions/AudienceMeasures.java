package io.storetwin.ml.promotions;

import io.storetwin.simulation.campaign.CampaignOutcomes;
import java.util.EnumMap;
import java.util.Map;

/** The {@link PromotionMeasure}s of one audience in one replication, against its baseline. */
final class AudienceMeasures {

    private AudienceMeasures() {
    }

    static Map<PromotionMeasure, Double> of(CampaignOutcomes arm, CampaignOutcomes baseline, boolean[] recipients) {
        int n = recipients.length;
        int messages = 0;
        int hits = 0;
        int buyers = 0;
        int baselineBuyers = 0;
        int redemptions = 0;
        int redeemers = 0;
        long units = 0;
        long baselineUnits = 0;
        double revenue = 0;
        double profit = 0;
        double discount = 0;
        double discountToSure = 0;
        for (int c = 0; c < n; c++) {
            buyers += arm.bought(c) ? 1 : 0;
            baselineBuyers += baseline.bought(c) ? 1 : 0;
            units += arm.promotedUnits(c) - baseline.promotedUnits(c);
            revenue += arm.revenue(c) - baseline.revenue(c);
            profit += arm.grossProfit(c) - baseline.grossProfit(c);
            redemptions += arm.redemptions(c);
            redeemers += arm.redeemed(c) ? 1 : 0;
            discount += arm.discountGiven(c);
            if (recipients[c]) {
                messages++;
                hits += arm.bought(c) ? 1 : 0;
                if (baseline.bought(c)) {
                    discountToSure += arm.discountGiven(c);
                }
            }
        }
        double messageCost = arm.messageCost();
        double netProfit = profit - messageCost;
        double spent = messageCost + discount;
        Map<PromotionMeasure, Double> m = new EnumMap<>(PromotionMeasure.class);
        m.put(PromotionMeasure.MESSAGES, (double) messages);
        m.put(PromotionMeasure.REDEMPTIONS, (double) redemptions);
        m.put(PromotionMeasure.REDEEMERS, (double) redeemers);
        m.put(PromotionMeasure.PRECISION_AT_K, messages == 0 ? Double.NaN : (double) hits / messages);
        m.put(PromotionMeasure.RECALL_AT_K, buyers == 0 ? Double.NaN : (double) hits / buyers);
        m.put(PromotionMeasure.INCREMENTAL_BUYERS, (double) (buyers - baselineBuyers));
        m.put(PromotionMeasure.INCREMENTAL_UNITS, (double) units);
        m.put(PromotionMeasure.INCREMENTAL_REVENUE, revenue);
        m.put(PromotionMeasure.DISCOUNT_GIVEN, discount);
        m.put(PromotionMeasure.DISCOUNT_TO_SURE_BUYERS, discountToSure);
        m.put(PromotionMeasure.MESSAGE_COST, messageCost);
        m.put(PromotionMeasure.INCREMENTAL_PROFIT, netProfit);
        m.put(PromotionMeasure.ROI, spent == 0 ? Double.NaN : netProfit / spent);
        return m;
    }
}
