package io.storetwin.simulation.dataset;

import io.storetwin.simulation.csv.CsvBytes;
import io.storetwin.catalog.Category;
import io.storetwin.catalog.StoreCalendar;
import io.storetwin.catalog.StoreCatalog;
import io.storetwin.simulation.random.AliasTable;
import io.storetwin.simulation.shoppers.ArrivalProfile;
import io.storetwin.simulation.time.CalendarFacts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * When looks happen: a day of the period drawn by the store's expected traffic that day
 * (weekday, season and holidays, the very profile the simulator's arrivals follow), an hour by
 * the hourly arrival weights, a uniform second. Also holds, per day and category, the CSV
 * fragment of the calendar columns, built once.
 */
final class LookCalendar {

    private final LocalDate start;
    private final AliasTable dayTable;
    private final AliasTable hourTable;
    private final int[] hours;
    private final byte[][] datePrefix;
    private final int[] month;
    private final boolean[] weekend;
    private final byte[][][] calendarColumns;

    LookCalendar(StoreCatalog store, List<String> categories, LocalDate start, int days) {
        this.start = start;
        ArrivalProfile profile = new ArrivalProfile(store, 7);
        double[] dayWeights = new double[days];
        double total = 0;
        datePrefix = new byte[days][];
        month = new int[days];
        weekend = new boolean[days];
        calendarColumns = new byte[days][categories.size()][];
        for (int d = 0; d < days; d++) {
            LocalDate date = start.plusDays(d);
            dayWeights[d] = profile.visitsOn(date);
            total += dayWeights[d];
            CalendarFacts facts = CalendarFacts.of(date.atStartOfDay());
            datePrefix[d] = (date + " ").getBytes(StandardCharsets.US_ASCII);
            month[d] = facts.month();
            weekend[d] = facts.weekend();
            for (int c = 0; c < categories.size(); c++) {
                Category category = store.category(categories.get(c)).orElseThrow();
                CsvBytes fragment = new CsvBytes(48);
                fragment.integer(facts.dayOfWeek()).integer(facts.month()).bool(facts.weekend()).bool(facts.summer())
                        .bool(facts.winter()).bool(facts.holidaySeason()).decimal(category.seasonality(facts.month()), 2);
                calendarColumns[d][c] = fragment.toByteArray();
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the store is closed on every day from " + start + " for " + days
                    + " day(s): no looks can happen");
        }
        dayTable = new AliasTable(dayWeights);
        StoreCalendar calendar = store.calendar();
        hours = new int[calendar.closeHour() - calendar.openHour()];
        double[] hourWeights = new double[hours.length];
        double hourTotal = 0;
        for (int h = 0; h < hours.length; h++) {
            hours[h] = calendar.openHour() + h;
            hourWeights[h] = calendar.hourlyArrivals().get(hours[h]);
            hourTotal += hourWeights[h];
        }
        if (!(hourTotal > 0)) {
            java.util.Arrays.fill(hourWeights, 1);
        }
        hourTable = new AliasTable(hourWeights);
    }

    AliasTable dayTable() {
        return dayTable;
    }

    AliasTable hourTable() {
        return hourTable;
    }

    /** The clock hour of each slot of {@link #hourTable()}. */
    int[] hours() {
        return hours.clone();
    }

    int days() {
        return month.length;
    }

    int day(double u) {
        return dayTable.sample(u);
    }

    /** Second of the day: an opening hour by weight, then a uniform second within it. */
    int secondOfDay(double uHour, double uSecond) {
        return hours[hourTable.sample(uHour)] * 3600 + Math.min((int) (uSecond * 3600), 3599);
    }

    LocalDate date(int day) {
        return start.plusDays(day);
    }

    byte[] datePrefix(int day) {
        return datePrefix[day];
    }

    int month(int day) {
        return month[day];
    }

    boolean weekend(int day) {
        return weekend[day];
    }

    /** Length in bytes of the longest {@link #calendarColumns} fragment. */
    int longestColumns() {
        int longest = 0;
        for (byte[][] day : calendarColumns) {
            for (byte[] fragment : day) {
                longest = Math.max(longest, fragment.length);
            }
        }
        return longest;
    }

    /** {@code day_of_week,month,is_weekend,is_summer,is_winter,is_holiday_season,season_multiplier}. */
    byte[] calendarColumns(int day, int category) {
        return calendarColumns[day][category];
    }
}
