package com.tuoyu.directory.platform.calendar;

import com.tyme.holiday.LegalHoliday;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * China's official working days: weekdays, minus the public holidays of the State Council's yearly arrangement,
 * plus its make-up working weekends (调休). The arrangements come from tyme4j ({@link LegalHoliday}), which
 * holds every year published so far. A year not yet published falls back to plain weekends, and says so: a
 * deadline in such a year is {@link Deadline#provisional()}.
 */
@ApplicationScoped
public class WorkingDayCalendar {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A due time, and whether it rests on a year whose holiday arrangement is not yet published. */
    public record Deadline(Instant due, boolean provisional) {
    }

    public boolean isWorkingDay(LocalDate day) {
        LegalHoliday holiday = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        if (holiday != null) {
            return holiday.isWork();
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the official arrangement for the year is known (every published year has New Year's Day off). */
    public boolean arrangementKnown(int year) {
        return LegalHoliday.fromYmd(year, 1, 1) != null;
    }

    /** The n-th working day after {@code day} (n ≥ 1); the day itself does not count. */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * Due at the end (24:00, China time) of the n-th working day after the day something was received, the way
     * "within five working days" is read in administrative practice.
     */
    public Deadline workingDaysAfter(Instant received, int workingDays) {
        LocalDate receivedOn = received.atZone(CHINA).toLocalDate();
        LocalDate dueOn = addWorkingDays(receivedOn, workingDays);
        boolean provisional = false;
        for (int year = receivedOn.getYear(); year <= dueOn.getYear(); year++) {
            provisional |= !arrangementKnown(year);
        }
        Instant due = ZonedDateTime.of(dueOn.plusDays(1), LocalTime.MIDNIGHT, CHINA).toInstant();
        return new Deadline(due, provisional);
    }
}
