package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.text.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Deadlines as parents read them: what the period is and when it ends, in Beijing time, e.g.
 * "5 个工作日内受理（截止 12月11日 24:00）". A deadline at midnight is the end of the day before, as offices say it.
 */
final class DeadlineWording {

    private static final Text PROVISIONAL = Text.of("，暂定：跨年的法定节假日安排尚未公布",
            "; provisional: next year's public holidays are not yet announced");

    private DeadlineWording() {
    }

    static Text accept(Complaint c, ComplaintConfig config, Instant now) {
        Text period = c.urgent
                ? Text.of(config.urgentAcceptHours() + " 小时内受理", "To be accepted within " + config.urgentAcceptHours() + " hours")
                : Text.of(config.acceptWorkingDays() + " 个工作日内受理",
                        "To be accepted within " + config.acceptWorkingDays() + " working days");
        return worded(period, c.acceptDueAt, c.deadlinesProvisional, now);
    }

    static Text resolve(Complaint c, ComplaintConfig config, Instant now) {
        int days = resolveWorkingDays(c, config);
        return worded(Text.of(days + " 个工作日内办结", "To be resolved within " + days + " working days"), c.resolveDueAt,
                c.deadlinesProvisional, now);
    }

    private static Text worded(Text period, Instant due, boolean provisional, Instant now) {
        String more = provisional ? PROVISIONAL.zh() : "";
        String moreEn = provisional ? PROVISIONAL.en() : "";
        return Text.of(period.zh() + "（截止 " + at(due, now) + more + "）",
                period.en() + " (by " + atEn(due, now) + moreEn + ")");
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

    /** "11 Dec 24:00", with the year when it is not this year's. */
    static String atEn(Instant due, Instant now) {
        ZonedDateTime local = due.atZone(WorkingTimeLeft.CHINA);
        LocalDate day = local.toLocalDate();
        String time;
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            day = day.minusDays(1);
            time = "24:00";
        } else {
            time = String.format("%02d:%02d", local.getHour(), local.getMinute());
        }
        String date = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        if (day.getYear() != now.atZone(WorkingTimeLeft.CHINA).getYear()) {
            date = date + " " + day.getYear();
        }
        return date + " " + time;
    }
}
