package com.tuoyu.directory.nursery;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The county health commission's deadlines for a pending filing, in China's official working days counted from the
 * day the review clock started (the submission or the latest resubmission; that day itself does not count): the
 * receipt within 5 working days of a complete filing, a return with public reasons within 15. Each is due at the
 * end (24:00 China time) of its last working day. While the materials are complete the receipt deadline is the one
 * that binds; while they are not, nothing can be filed and the return deadline binds.
 */
@RequiredArgsConstructor
public final class FilingDeadlines {

    /** Both deadlines of one filing, which one binds now, and whether either rests on an unpublished holiday year. */
    public record Due(Instant receiptDueAt, Instant returnDueAt, Instant dueAt, boolean provisional) {

        public boolean overdue(Instant now) {
            return now.isAfter(dueAt);
        }
    }

    private final WorkingDayCalendar calendar;
    private final int receiptWorkingDays;
    private final int returnWorkingDays;

    /**
     * Working days from {@code today} to the day a deadline ends, both counted (0 once that day has passed and it is
     * not overdue yet cannot happen); negative: the working days since it passed, as the complaint deadlines count.
     */
    public int workingDaysLeft(Instant dueAt, LocalDate today) {
        // A deadline at 24:00 belongs to the day that ends then.
        LocalDate dueDay = dueAt.minusNanos(1).atZone(WorkingDayCalendar.CHINA).toLocalDate();
        if (!today.isAfter(dueDay)) {
            return countWorkingDays(today, dueDay);
        }
        return -countWorkingDays(dueDay.plusDays(1), today);
    }

    private int countWorkingDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public Due of(LocalDate reviewStartedOn, boolean materialsComplete) {
        Instant start = reviewStartedOn.atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        WorkingDayCalendar.Deadline receipt = calendar.workingDaysAfter(start, receiptWorkingDays);
        WorkingDayCalendar.Deadline ret = calendar.workingDaysAfter(start, returnWorkingDays);
        return new Due(receipt.due(), ret.due(), materialsComplete ? receipt.due() : ret.due(),
                receipt.provisional() || ret.provisional());
    }
}
