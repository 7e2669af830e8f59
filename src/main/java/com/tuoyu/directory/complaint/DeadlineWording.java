package com.tuoyu.directory.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Deadlines as parents read them: what the period is and when it ends, in Beijing time, e.g.
 * "5 个工作日内受理（截止 12月11日 24:00）". A deadline at midnight is the end of the day before, as offices say it.
 */
final class DeadlineWording {

    private static final String PROVISIONAL = "，暂定：跨年的法定节假日安排尚未公布";

    private DeadlineWording() {
    }

    static String accept(Complaint c, ComplaintConfig config, Instant now) {
        String period = c.urgent ? config.urgentAcceptHours() + " 小时内受理" : config.acceptWorkingDays() + " 个工作日内受理";
        return period + "（截止 " + at(c.acceptDueAt, now) + (c.deadlinesProvisional ? PROVISIONAL : "") + "）";
    }

    static String resolve(Complaint c, ComplaintConfig config, Instant now) {
        return resolveWorkingDays(c, config) + " 个工作日内办结（截止 " + at(c.resolveDueAt, now)
                + (c.deadlinesProvisional ? PROVISIONAL : "") + "）";
    }

    /** As {@link ComplaintService#setDeadlines} counts them; a reopened complaint gets the general figure again. */
    static int resolveWorkingDays(Complaint c, ComplaintConfig config) {
        if (c.reopenCount > 0) {
            return config.resolveWorkingDays();
        }
        return c.urgent ? config.urgentResolveWorkingDays()
                : config.resolveWorkingDaysByCategory().getOrDefault(c.category.name(), config.resolveWorkingDays());
    }

    /** "12月11日 24:00"; with the year when it is not this year's. */
    static String at(Instant due, Instant now) {
        ZonedDateTime local = due.atZone(WorkingTimeLeft.CHINA);
        LocalDate day = local.toLocalDate();
        String time;
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            day = day.minusDays(1);
            time = "24:00";
        } else {
            time = String.format("%02d:%02d", local.getHour(), local.getMinute());
        }
        String date = day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        if (day.getYear() != now.atZone(WorkingTimeLeft.CHINA).getYear()) {
            date = day.getYear() + "年" + date;
        }
        return date + " " + time;
    }
}
