package io.storetwin.simulation.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.storetwin.catalog.CatalogLoader;
import io.storetwin.catalog.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default dataset shows the seven patterns of the public generator, read back from a written
 * file of 200,000 rows. Tolerances: a conversion over n rows has a standard error of at most
 * 0.5 / sqrt(n) (0.0011 for all rows, about 0.0045 for a 12,000-row discount band); every
 * threshold below sits at least four standard errors from the value the demand model predicts.
 */
class PurchasePatternsTest {

    private static final Scenario DEFAULT = CatalogLoader.defaultScenario();
    private static final int SAMPLES = 200_000;

    /** The columns the patterns need, one row per look. */
    private record Look(String product, String category, long baseCents, int discount, int daysToExpiry, int inventory,
                        boolean weekend, int month, double season, boolean sold) {
    }

    private static final List<Look> LOOKS = new ArrayList<>();
    private static final Map<String, Long> REFERENCE_CENTS = new HashMap<>();

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("purchases.csv");
        new PurchaseGenerator(DEFAULT.store(), DEFAULT.demand(), GeneratorSettings.defaults().withSamples(SAMPLES))
                .write(file, null);
        CsvFiles.each(file, (CSVRecord r) -> {
            if (r.getRecordNumber() > 1) {
                LOOKS.add(new Look(r.get(0), r.get(1), Math.round(Double.parseDouble(r.get(2)) * 100),
                        Integer.parseInt(r.get(4)), Integer.parseInt(r.get(5)), Integer.parseInt(r.get(6)), r.get(10).equals("1"),
                        Integer.parseInt(r.get(9)), Double.parseDouble(r.get(14)), r.get(15).equals("1")));
            }
        });
        SyntheticCatalogue.of(DEFAULT.store(), 100).items().forEach(i -> REFERENCE_CENTS.put(i.id(), i.referenceCents()));
    }

    private static double conversion(Predicate<Look> filter) {
        long n = 0;
        long sold = 0;
        for (Look look : LOOKS) {
            if (filter.test(look)) {
                n++;
                sold += look.sold() ? 1 : 0;
            }
        }
        assertTrue(n >= 2_000, "too few rows to judge: " + n);
        return (double) sold / n;
    }

    private static Predicate<Look> discount(int from, int to) {
        return l -> l.discount() >= from && l.discount() <= to;
    }

    @Test
    void overallConversionIsNearFortyPercent() {
        assertEquals(SAMPLES, LOOKS.size());
        double conversion = conversion(l -> true);
        assertEquals(0.40, conversion, 0.02, "conversion " + conversion);
    }

    @Test
    void discountsLiftConversionWithDiminishingReturnsPastThirtyToFortyPercent() {
        double none = conversion(discount(0, 0));
        double[] band = new double[5];
        for (int b = 0; b < 5; b++) {
            band[b] = conversion(discount(10 * b + 1, 10 * b + 10));
        }
        double steepest = band[2] - band[1];
        assertTrue(band[0] > none && band[1] > band[0] + 0.04 && band[2] > band[1] + 0.06,
                "discounts lift conversion: none " + none + ", bands " + java.util.Arrays.toString(band));
        assertTrue(band[3] > band[2] && band[4] > band[3], "still rising: " + java.util.Arrays.toString(band));
        assertTrue(band[3] - band[2] < 0.8 * steepest && band[4] - band[3] < 0.6 * steepest,
                "gains shrink past 30%: " + java.util.Arrays.toString(band));
    }

    @Test
    void theLastThreeDaysBeforeExpiryBuyMore() {
        Predicate<Look> fresh = l -> !l.category().equals("Frozen") && !l.category().equals("Beverages")
                && !l.category().equals("Snacks");
        double lastDay = conversion(fresh.and(l -> l.daysToExpiry() == 0));
        double lastThree = conversion(fresh.and(l -> l.daysToExpiry() <= 2));
        double later = conversion(fresh.and(l -> l.daysToExpiry() >= 3 && l.daysToExpiry() <= 6));
        double muchLater = conversion(fresh.and(l -> l.daysToExpiry() >= 7));
        assertTrue(lastDay > later + 0.08, "last day " + lastDay + " vs 3-6 days " + later);
        assertTrue(lastThree > later + 0.035, "last three days " + lastThree + " vs 3-6 days " + later);
        assertEquals(later, muchLater, 0.025, "no urgency beyond three days");
    }

    @Test
    void scarcityActsUnderTenUnitsOnly() {
        double scarce = conversion(l -> l.inventory() < 10);
        double low = conversion(l -> l.inventory() >= 10 && l.inventory() <= 20);
        double plenty = conversion(l -> l.inventory() > 20);
        assertTrue(scarce > plenty + 0.04, "under 10 units " + scarce + " vs plenty " + plenty);
        assertEquals(plenty, low, 0.02, "10 to 20 units is not scarce");
    }

    @Test
    void weekendsConvertTenToFifteenPercentMore() {
        double weekend = conversion(Look::weekend);
        double weekday = conversion(l -> !l.weekend());
        double uplift = weekend / weekday - 1;
        assertTrue(uplift > 0.10 && uplift < 0.15,
                "weekend " + weekend + ", weekday " + weekday + ", uplift " + uplift + " (generator weekendLogit 0.19)");
    }

    @Test
    void categorySeasonalityShows() {
        double peak = conversion(l -> l.season() >= 1.10);
        double trough = conversion(l -> l.season() <= 0.92);
        assertTrue(peak > trough + 0.03, "season multiplier >= 1.10: " + peak + ", <= 0.92: " + trough);
        double seafoodSummer = conversion(l -> l.category().equals("Seafood") && l.month() >= 6 && l.month() <= 8);
        double seafoodJanFeb = conversion(l -> l.category().equals("Seafood") && l.month() <= 2);
        assertTrue(seafoodSummer > seafoodJanFeb + 0.04, "Seafood summer " + seafoodSummer + ", Jan-Feb " + seafoodJanFeb);
    }

    @Test
    void aHigherPriceConvertsSlightlyLess() {
        Predicate<Look> regular = discount(0, 0);
        double cheap = conversion(regular.and(l -> l.baseCents() < 0.97 * REFERENCE_CENTS.get(l.product())));
        double dear = conversion(regular.and(l -> l.baseCents() > 1.13 * REFERENCE_CENTS.get(l.product())));
        assertTrue(cheap > dear + 0.02 && cheap < dear + 0.12, "base price below reference " + cheap + ", well above " + dear);
    }

    @Test
    void outcomesAreNoisyNotDeterministic() {
        // The most favourable looks (deep discount, last day, scarce, weekend) still sometimes walk away,
        // and the least favourable still sometimes buy.
        double best = conversion(l -> l.discount() >= 25 && (l.daysToExpiry() <= 1 || l.inventory() < 10 || l.weekend()));
        double worst = conversion(l -> l.discount() == 0 && l.daysToExpiry() >= 3 && l.inventory() > 20 && !l.weekend()
                && l.season() <= 1.0);
        assertTrue(best < 0.95 && best > 0.55, "favourable looks " + best);
        assertTrue(worst > 0.15 && worst < 0.4, "unfavourable looks " + worst);
    }
}
