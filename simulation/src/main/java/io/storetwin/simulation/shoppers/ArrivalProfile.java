package io.storetwin.simulation.shoppers;

import io.storetwin.catalog.Holiday;
import io.storetwin.catalog.StoreCalendar;
import io.storetwin.catalog.StoreCatalog;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Expected arrivals per simulated minute: the population's visits per week, shaped by the
 * weekday traffic, the season (mean category seasonality of the month), holidays, and the
 * hourly profile while the store is open.
 */
public final class ArrivalProfile {

    private final StoreCalendar calendar;
    private final double visitsPerDay;
    private final double[] weekdayFactor = new double[7];
    private final double[] monthFactor = new double[12];
    private final double[] hourShare = new double[24];
    private LocalDate cachedDate;
    private double cachedVisits;
    /** A live change of how many shoppers come (1 = the population's own visit rate). */
    private double scale = 1;

    public ArrivalProfile(StoreCatalog store, double populationVisitsPerWeek) {
        this.calendar = store.calendar();
        this.visitsPerDay = populationVisitsPerWeek / 7;
        double weekSum = calendar.weekdayTraffic().stream().mapToDouble(Double::doubleValue).sum();
        for (int d = 0; d < 7; d++) {
            weekdayFactor[d] = calendar.weekdayTraffic().get(d) * 7 / weekSum;
        }
        for (int m = 1; m <= 12; m++) {
            int month = m;
            monthFactor[m - 1] = store.categories().stream().mapToDouble(c -> c.seasonality(month)).average().orElse(1);
        }
        double open = 0;
        for (int h = calendar.openHour(); h < calendar.closeHour(); h++) {
            open += calendar.hourlyArrivals().get(h);
        }
        for (int h = calendar.openHour(); h < calendar.closeHour(); h++) {
            hourShare[h] = calendar.hourlyArrivals().get(h) / open;
        }
    }

    /** Expected visits on a date. */
    public double visitsOn(LocalDate date) {
        return visitsPerDay * weekdayFactor[date.getDayOfWeek().getValue() - 1]
                * monthFactor[date.getMonthValue() - 1] * holidayMultiplier(date);
    }

    /** Expected arrivals in one minute of an hour on a date. */
    public double perMinute(LocalDate date, int hour) {
        if (!date.equals(cachedDate)) {
            cachedVisits = visitsOn(date);
            cachedDate = date;
        }
        double perMinute = cachedVisits * hourShare[hour] / 60;
        return scale == 1 ? perMinute : perMinute * scale;
    }

    /** Multiplies expected arrivals from now on (visit rates, not who comes). */
    public void setScale(double newScale) {
        scale = newScale;
    }

    public boolean isOpen(int hour) {
        return hour >= calendar.openHour() && hour < calendar.closeHour();
    }

    public double holidayMultiplier(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        for (Holiday holiday : calendar.holidays()) {
            if (holiday.monthDay().equals(day)) {
                return holiday.multiplier();
            }
        }
        return 1;
    }

}
