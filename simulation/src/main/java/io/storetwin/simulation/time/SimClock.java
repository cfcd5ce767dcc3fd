package io.storetwin.simulation.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Simulated time: a count of minutes since midnight of the start date, advanced in fixed
 * ticks. Never wall-clock.
 */
public final class SimClock {

    public static final int MINUTES_PER_DAY = 24 * 60;

    private final LocalDate startDate;
    private final int tickMinutes;
    private long minute;
    private LocalDateTime cachedTime;

    public SimClock(LocalDate startDate, int tickMinutes) {
        this.startDate = startDate;
        this.tickMinutes = tickMinutes;
        this.cachedTime = startDate.atStartOfDay();
    }

    public LocalDate startDate() {
        return startDate;
    }

    public int tickMinutes() {
        return tickMinutes;
    }

    /** Minutes since the start. */
    public long minute() {
        return minute;
    }

    /** Ticks since the start. */
    public long tick() {
        return minute / tickMinutes;
    }

    public void advance() {
        minute += tickMinutes;
        cachedTime = cachedTime.plusMinutes(tickMinutes);
    }

    /** Moves the clock to an absolute minute (used when an engine is forked or restored). */
    public void setMinute(long newMinute) {
        minute = newMinute;
        cachedTime = startDate.atStartOfDay().plusMinutes(newMinute);
    }

    public LocalDateTime now() {
        return cachedTime;
    }

    /** Days since the start date. */
    public int dayIndex() {
        return (int) (minute / MINUTES_PER_DAY);
    }

    public int minuteOfDay() {
        return (int) (minute % MINUTES_PER_DAY);
    }

    public int hour() {
        return minuteOfDay() / 60;
    }

    public LocalDate today() {
        return cachedTime.toLocalDate();
    }

    public DayOfWeek dayOfWeek() {
        return cachedTime.getDayOfWeek();
    }

    public LocalDateTime timeAt(long atMinute) {
        return startDate.atStartOfDay().plusMinutes(atMinute);
    }
}
