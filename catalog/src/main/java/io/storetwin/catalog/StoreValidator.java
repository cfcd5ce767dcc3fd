package io.storetwin.catalog;

import java.time.DateTimeException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The rules a store catalog must satisfy beyond its shape. */
final class StoreValidator {

    /** Persona shares must sum to 1 within this. */
    static final double SHARE_TOLERANCE = 0.001;

    private StoreValidator() {
    }

    static List<Problem> validate(StoreCatalog store, YamlDocument document) {
        Checks checks = new Checks(document);
        Set<String> categoryNames = new HashSet<>();
        validateCategories(store.categories(), categoryNames, checks);
        validateProducts(store, categoryNames, checks);
        validatePersonas(store.personas(), categoryNames, checks);
        validateCalendar(store.calendar(), checks);
        return checks.problems();
    }

    private static void validateCategories(List<Category> categories, Set<String> names, Checks checks) {
        if (categories.isEmpty()) {
            checks.fail("categories", "must list at least one category");
        }
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            String at = "categories[" + i + "]";
            if (!names.add(c.name())) {
                checks.fail(at + ".name", "duplicate category name '" + c.name() + "'");
            }
            if (!(c.elasticity() < 0 && c.elasticity() >= -5)) {
                checks.fail(at + ".elasticity", "must be negative and at least -5 (got " + Checks.format(c.elasticity()) + ")");
            }
            checks.positive(at + ".shelfLifeMinDays", c.shelfLifeMinDays());
            if (c.shelfLifeMaxDays() < c.shelfLifeMinDays()) {
                checks.fail(at + ".shelfLifeMaxDays", "must not be below shelfLifeMinDays (%d < %d)"
                        .formatted(c.shelfLifeMaxDays(), c.shelfLifeMinDays()));
            }
            if (c.seasonality().size() != 12) {
                checks.fail(at + ".seasonality", "must list 12 monthly multipliers, January first (got " + c.seasonality().size() + ")");
            }
            if (c.damageRatePerDay() != null) {
                checks.probability(at + ".damageRatePerDay", c.damageRatePerDay());
            }
            for (int m = 0; m < c.seasonality().size(); m++) {
                checks.positive(at + ".seasonality[" + m + "]", c.seasonality().get(m));
            }
        }
    }

    private static void validateProducts(StoreCatalog store, Set<String> categoryNames, Checks checks) {
        List<Product> products = store.products();
        if (products.isEmpty()) {
            checks.fail("products", "must list at least one product");
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            String at = "products[" + i + "]";
            Integer earlier = firstIndex.putIfAbsent(p.id(), i);
            if (earlier != null) {
                checks.fail(at + ".id", "duplicate product id '%s' (first used by products[%d])".formatted(p.id(), earlier));
            }
            if (!categoryNames.contains(p.category())) {
                checks.fail(at + ".category", "unknown category '%s'; known: %s".formatted(p.category(), String.join(", ", categoryNames.stream().sorted().toList())));
            }
            checks.positive(at + ".listPrice", p.listPrice());
            checks.positive(at + ".unitCost", p.unitCost());
            if (p.unitCost() > 0 && p.listPrice() > 0 && p.unitCost() >= p.listPrice()) {
                checks.fail(at + ".unitCost", "must be below listPrice (%s >= %s)".formatted(money(p.unitCost()), money(p.listPrice())));
            }
            checks.positive(at + ".shelfLifeDays", p.shelfLifeDays());
            checks.atLeast(at + ".initialStock", p.initialStock(), 0);
            checks.atLeast(at + ".reorderPoint", p.reorderPoint(), 0);
            if (p.reorderPoint() >= p.orderUpTo()) {
                checks.fail(at + ".reorderPoint", "must be below orderUpTo (%d >= %d)".formatted(p.reorderPoint(), p.orderUpTo()));
            }
            checks.between(at + ".leadTimeDays", p.leadTimeDays(), 0, 60);
            checks.atLeast(at + ".packSize", p.packSize(), 1);
        }
    }

    private static void validatePersonas(List<Persona> personas, Set<String> categoryNames, Checks checks) {
        if (personas.isEmpty()) {
            checks.fail("personas", "must list at least one persona");
        }
        Set<String> ids = new HashSet<>();
        double shares = 0;
        for (int i = 0; i < personas.size(); i++) {
            Persona p = personas.get(i);
            String at = "personas[" + i + "]";
            if (!ids.add(p.id())) {
                checks.fail(at + ".id", "duplicate persona id '" + p.id() + "'");
            }
            checks.probability(at + ".share", p.share());
            shares += p.share();
            checks.positive(at + ".budget.logSd", p.budget().logSd());
            checks.between(at + ".priceSensitivity", p.priceSensitivity(), 0, 3);
            checks.positive(at + ".basketSizeMean", p.basketSizeMean());
            checks.between(at + ".visitsPerWeek", p.visitsPerWeek(), 0.01, 14);
            checks.probability(at + ".abandonment", p.abandonment());
            checks.probability(at + ".impulse", p.impulse());
            double total = 0;
            for (Map.Entry<String, Double> affinity : p.categoryAffinity().entrySet()) {
                String key = at + ".categoryAffinity." + affinity.getKey();
                if (!categoryNames.contains(affinity.getKey())) {
                    checks.fail(key, "affinity for unknown category '" + affinity.getKey() + "'");
                }
                checks.atLeast(key, affinity.getValue(), 0);
                total += affinity.getValue();
            }
            if (!(total > 0)) {
                checks.fail(at + ".categoryAffinity", "must give at least one category a positive weight");
            }
        }
        if (!personas.isEmpty() && Math.abs(shares - 1) > SHARE_TOLERANCE) {
            checks.fail("personas", String.format(Locale.ROOT, "shares must sum to 1 (±%s), got %.4f",
                    SHARE_TOLERANCE, shares));
        }
    }

    private static void validateCalendar(StoreCalendar calendar, Checks checks) {
        checks.between("calendar.openHour", calendar.openHour(), 0, 23);
        if (calendar.closeHour() <= calendar.openHour() || calendar.closeHour() > 24) {
            checks.fail("calendar.closeHour", "must be after openHour and at most 24 (got %d, opens %d)"
                    .formatted(calendar.closeHour(), calendar.openHour()));
        }
        if (calendar.hourlyArrivals().size() != 24) {
            checks.fail("calendar.hourlyArrivals", "must list 24 hourly weights, midnight first (got " + calendar.hourlyArrivals().size() + ")");
        } else {
            double open = 0;
            for (int h = 0; h < 24; h++) {
                checks.atLeast("calendar.hourlyArrivals[" + h + "]", calendar.hourlyArrivals().get(h), 0);
                if (h >= calendar.openHour() && h < calendar.closeHour()) {
                    open += calendar.hourlyArrivals().get(h);
                }
            }
            if (!(open > 0)) {
                checks.fail("calendar.hourlyArrivals", "must give some arrivals while the store is open");
            }
        }
        if (calendar.weekdayTraffic().size() != 7) {
            checks.fail("calendar.weekdayTraffic", "must list 7 weights, Monday first (got " + calendar.weekdayTraffic().size() + ")");
        }
        for (int d = 0; d < calendar.weekdayTraffic().size(); d++) {
            checks.atLeast("calendar.weekdayTraffic[" + d + "]", calendar.weekdayTraffic().get(d), 0);
        }
        for (int i = 0; i < calendar.holidays().size(); i++) {
            Holiday holiday = calendar.holidays().get(i);
            String at = "calendar.holidays[" + i + "]";
            try {
                holiday.monthDay();
            } catch (DateTimeException e) {
                checks.fail(at + ".date", "expected a month and day like 12-24, got \"" + holiday.date() + "\"");
            }
            checks.atLeast(at + ".multiplier", holiday.multiplier(), 0);
        }
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
