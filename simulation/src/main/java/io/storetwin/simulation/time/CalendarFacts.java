package io.storetwin.simulation.time;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * Calendar features of a moment, as logged with every interaction and used as model
 * features: day of week (0 = Monday), month, weekend and season flags.
 */
public record CalendarFacts(int dayOfWeek, int month, int hour, boolean weekend, boolean summer,
                            boolean winter, boolean holidaySeason) {

    public static CalendarFacts of(LocalDateTime time) {
        DayOfWeek day = time.getDayOfWeek();
        int month = time.getMonthValue();
        return new CalendarFacts(day.getValue() - 1, month, time.getHour(),
                day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY,
                month >= 6 && month <= 8,
                month == 12 || month <= 2,
                month >= 11);
    }
}
