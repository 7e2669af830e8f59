package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.complaint.dto.AdminDeadline;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.text.PublicTerm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * How a handler reads a deadline: in working days while there are days left ("剩余 3 个工作日"), in hours on the
 * last day or for the 24-hour deadlines of urgent complaints ("剩余 5 小时"), and overdue in the same units. Working
 * days follow the official calendar (weekends, holidays and make-up working days), passed in as a predicate.
 */
final class WorkingTimeLeft {

    static final ZoneId CHINA = WorkingDayCalendar.CHINA;

    private WorkingTimeLeft() {
    }

    static AdminDeadline of(ComplaintStatus status, Instant dueAt, boolean provisional, Instant now,
                            Predicate<LocalDate> workingDay) {
        if (!status.open() || dueAt == null) {
            return new AdminDeadline(PublicTerm.of("NONE", "无", "None"), null, false, null, null, null, status.text());
        }
        PublicTerm kind = status == ComplaintStatus.SUBMITTED ? PublicTerm.of("ACCEPT", "受理期限", "Deadline to accept")
                : PublicTerm.of("RESOLVE", "办结期限", "Deadline to resolve");
        long minutes = Duration.between(now, dueAt).toMinutes();
        boolean overdue = !now.isBefore(dueAt);
        LocalDate today = now.atZone(CHINA).toLocalDate();
        // A deadline at 24:00 belongs to the day that ends then.
        LocalDate dueDay = dueAt.minusNanos(1).atZone(CHINA).toLocalDate();
        long hours = overdue ? -Math.max(1, ceilHours(-minutes)) : Math.max(1, ceilHours(minutes));
        Text label;
        Integer workingDays;
        if (!overdue) {
            workingDays = countWorkingDays(today, dueDay, workingDay);
            label = minutes < 24 * 60 || workingDays == 0 ? Text.of("剩余 " + hours + " 小时", hours + " h left")
                    : Text.of("剩余 " + workingDays + " 个工作日", workingDays + " working days left");
        } else {
            int over = countWorkingDays(dueDay.plusDays(1), today, workingDay);
            workingDays = -over;
            label = -minutes < 24 * 60 || over == 0 ? Text.of("已超期 " + -hours + " 小时", -hours + " h overdue")
                    : Text.of("已超期 " + over + " 个工作日", over + " working days overdue");
        }
        return new AdminDeadline(kind, dueAt.atZone(CHINA).toOffsetDateTime(), overdue, workingDays, hours,
                provisional ? Boolean.TRUE : null, label);
    }

    /** Working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    static int countWorkingDays(LocalDate from, LocalDate to, Predicate<LocalDate> workingDay) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (workingDay.test(day)) {
                count++;
            }
        }
        return count;
    }

    private static long ceilHours(long minutes) {
        return (minutes + 59) / 60;
    }
}
