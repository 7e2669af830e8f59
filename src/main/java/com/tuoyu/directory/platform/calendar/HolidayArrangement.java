package com.tuoyu.directory.platform.calendar;

import com.tuoyu.directory.platform.text.Text;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One year's official holiday arrangement (国务院办公厅关于部分节假日安排的通知): the holidays, as date ranges, and
 * the make-up working days (调休上班). The format of the data files in {@code calendar/<year>.json} and of what a
 * supervisor loads.
 */
public record HolidayArrangement(int year, String source, List<Holiday> holidays, List<MakeUpDay> makeUpWorkingDays) {

    /** Days off from {@code from} to {@code to}, both included. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
    }

    /** A weekend day that is worked in exchange for a bridge day of a holiday. */
    public record MakeUpDay(String name, LocalDate date) {
    }

    /** The longest holiday accepted (the Spring Festival has been up to 9 days). */
    static final int MAX_HOLIDAY_DAYS = 12;

    /**
     * What is wrong with the arrangement, as field → message; empty when it is usable. Days may start in the
     * December before the year (a New Year holiday has begun on 30 December), never later than the year's end.
     */
    public Map<String, Text> problems() {
        Map<String, Text> problems = new java.util.LinkedHashMap<>();
        if (year < 2000 || year > 2100) {
            problems.put("year", Text.of("必须在 2000 到 2100 之间", "must be between 2000 and 2100"));
            return problems;
        }
        LocalDate first = LocalDate.of(year - 1, 12, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (holidays == null || holidays.isEmpty()) {
            problems.put("holidays", Text.of("至少列出一个节假日", "must list at least one holiday"));
        }
        Map<LocalDate, String> off = new HashMap<>();
        for (int i = 0; holidays != null && i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            String field = "holidays[" + i + "]";
            if (holiday == null || holiday.from() == null || holiday.to() == null) {
                problems.put(field, Text.of("需要 from 和 to", "needs from and to"));
                continue;
            }
            if (holiday.to().isBefore(holiday.from())) {
                problems.put(field + ".to", Text.of("不能早于 from", "must not be before from"));
            } else if (holiday.from().plusDays(MAX_HOLIDAY_DAYS).isBefore(holiday.to().plusDays(1))) {
                problems.put(field, Text.of("超过 " + MAX_HOLIDAY_DAYS + " 天", "is longer than " + MAX_HOLIDAY_DAYS + " days"));
            } else if (holiday.from().isBefore(first) || holiday.to().isAfter(last)) {
                problems.put(field, Text.of("必须在 " + first + " 到 " + last + " 之间", "must lie between " + first + " and " + last));
            } else {
                for (LocalDate day = holiday.from(); !day.isAfter(holiday.to()); day = day.plusDays(1)) {
                    if (off.put(day, field) != null) {
                        problems.put(field, Text.of("与另一个节假日在 " + day + " 重叠", "overlaps another holiday on " + day));
                    }
                }
            }
        }
        for (int i = 0; makeUpWorkingDays != null && i < makeUpWorkingDays.size(); i++) {
            MakeUpDay day = makeUpWorkingDays.get(i);
            String field = "makeUpWorkingDays[" + i + "]";
            if (day == null || day.date() == null) {
                problems.put(field, Text.of("需要日期", "needs a date"));
            } else if (day.date().isBefore(first) || day.date().isAfter(last)) {
                problems.put(field + ".date", Text.of("必须在 " + first + " 到 " + last + " 之间",
                        "must lie between " + first + " and " + last));
            } else if (day.date().getDayOfWeek() != DayOfWeek.SATURDAY && day.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.put(field + ".date", Text.of("必须是星期六或星期日：工作日本来就要上班",
                        "must be a Saturday or a Sunday: a weekday is a working day anyway"));
            } else if (off.containsKey(day.date())) {
                problems.put(field + ".date", Text.of("同时也是节假日", "is also a holiday"));
            }
        }
        return problems;
    }

    /** Day → working (true: make-up working day, false: holiday); days not listed follow the week. */
    Map<LocalDate, Boolean> days() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (Holiday holiday : holidays) {
            for (LocalDate day = holiday.from(); !day.isAfter(holiday.to()); day = day.plusDays(1)) {
                days.put(day, false);
            }
        }
        for (MakeUpDay day : makeUpWorkingDays == null ? List.<MakeUpDay>of() : makeUpWorkingDays) {
            days.put(day.date(), true);
        }
        return days;
    }

    /** The same arrangement with its lists in date order. */
    HolidayArrangement sorted() {
        List<Holiday> h = new ArrayList<>(holidays);
        h.sort(java.util.Comparator.comparing(Holiday::from));
        List<MakeUpDay> m = new ArrayList<>(makeUpWorkingDays == null ? List.of() : makeUpWorkingDays);
        m.sort(java.util.Comparator.comparing(MakeUpDay::date));
        return new HolidayArrangement(year, source, List.copyOf(h), List.copyOf(m));
    }
}
