package io.storetwin.simulation.campaign;

import io.storetwin.catalog.CampaignSettings;
import io.storetwin.catalog.Product;
import io.storetwin.catalog.StoreCatalog;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A campaign as one run applies it: which customers received it, which shelves it covers,
 * and how a message moves a recipient ({@link CampaignSettings}). Immutable; the engine asks
 * it for the price a customer sees.
 */
public final class CampaignOffer {

    private final Campaign campaign;
    private final CampaignSettings effects;
    private final boolean[] recipients;
    private final boolean[] covered;
    private final int[] promotedProducts;
    private final int recipientCount;
    private final String audience;

    /**
     * @param recipients  one flag per customer id of the run's population
     * @param audience    the audience's label for the log, e.g. {@code uplift:1000}
     * @throws IllegalArgumentException when the campaign does not fit the store or population
     */
    public CampaignOffer(Campaign campaign, CampaignSettings effects, StoreCatalog store, boolean[] recipients,
                         String audience) {
        List<String> problems = campaign.problems(store, recipients.length);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        this.campaign = campaign;
        this.effects = effects;
        this.recipients = recipients.clone();
        this.audience = audience;
        List<Product> products = store.products();
        this.covered = new boolean[products.size()];
        for (int i = 0; i < covered.length; i++) {
            covered[i] = campaign.covers(products.get(i));
        }
        this.promotedProducts = IntStream.range(0, covered.length).filter(i -> covered[i]).toArray();
        int count = 0;
        for (boolean r : recipients) {
            count += r ? 1 : 0;
        }
        this.recipientCount = count;
    }

    public Campaign campaign() {
        return campaign;
    }

    public CampaignSettings effects() {
        return effects;
    }

    public String audience() {
        return audience;
    }

    public boolean isRecipient(int customerId) {
        return customerId >= 0 && customerId < recipients.length && recipients[customerId];
    }

    /** Products in the store the offer was made for. */
    public int productCount() {
        return covered.length;
    }

    /** The population size the offer was made for. */
    public int populationSize() {
        return recipients.length;
    }

    /** How many customers received the message. */
    public int recipientCount() {
        return recipientCount;
    }

    /** Store indices of the products the offer covers, in catalog order. */
    public int[] promotedProducts() {
        return promotedProducts.clone();
    }

    public boolean covers(int productIndex) {
        return covered[productIndex];
    }

    /** Whether a customer holds a valid offer at simulated minute {@code minute}. */
    public boolean holdsOffer(int customerId, long minute) {
        return isRecipient(customerId) && campaign.validAt(minute);
    }

    /** The price {@code customerId} pays for a product at {@code minute}, given its shelf price. */
    public double priceFor(int customerId, int productIndex, long minute, double shelfPrice) {
        return covered[productIndex] && holdsOffer(customerId, minute) ? campaign.offerPrice(shelfPrice) : shelfPrice;
    }
}
