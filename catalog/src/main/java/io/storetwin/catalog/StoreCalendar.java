package io.storetwin.catalog;

import java.util.List;

/**
 * Opening hours and the shape of traffic over the day, the week and the year.
 *
 * @param openHour           first hour the store is open, 0 to 23
 * @param closeHour          hour the store closes, after {@code openHour}, at most 24
 * @param hourlyArrivals     24 relative weights of arrivals by hour of day
 * @param weekdayTraffic     7 relative weights of the week's trips, Monday first
 * @param holidays           dates with their own multipliers
 */
public record StoreCalendar(
        int openHour,
        int closeHour,
        List<Double> hourlyArrivals,
        List<Double> weekdayTraffic,
        @Defaulted List<Holiday> holidays) {

    public StoreCalendar {
        hourlyArrivals = List.copyOf(hourlyArrivals);
        weekdayTraffic = List.copyOf(weekdayTraffic);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
