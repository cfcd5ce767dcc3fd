package io.storetwin.catalog;

import java.time.MonthDay;

/**
 * A day with its own traffic multiplier, recurring every year on the same date.
 *
 * @param date        month and day as {@code MM-DD}, e.g. {@code 12-24}
 * @param multiplier  arrivals multiplier that day (0 closes the store)
 */
public record Holiday(String name, String date, double multiplier) {

    /** The recurring date. */
    public MonthDay monthDay() {
        return MonthDay.parse("--" + date);
    }
}
