package com.tuoyu.directory.platform.calendar;

import com.tuoyu.directory.platform.calendar.dto.AdminCalendarYear;
import com.tuoyu.directory.platform.text.PublicTerm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a newly loaded arrangement changes against the one in use (loaded, shipped, or weekends only): every day of
 * the year whose kind differs, so a supervisor sees which days a deadline may now skip or count.
 */
final class DayKinds {

    private DayKinds() {
    }

    static List<AdminCalendarYear.DayChange> changes(Optional<HolidayArrangement> current, HolidayArrangement next) {
        Map<LocalDate, Boolean> before = current.map(HolidayArrangement::days).orElse(Map.of());
        Map<LocalDate, Boolean> after = next.days();
        List<AdminCalendarYear.DayChange> changes = new ArrayList<>();
        for (LocalDate day = LocalDate.of(next.year(), 1, 1); day.getYear() == next.year(); day = day.plusDays(1)) {
            PublicTerm was = kind(day, before.get(day));
            PublicTerm becomes = kind(day, after.get(day));
            if (!was.code().equals(becomes.code())) {
                String holiday = name(next, day);
                changes.add(new AdminCalendarYear.DayChange(day, was, becomes,
                        holiday != null ? holiday : name(current.orElse(null), day)));
            }
        }
        return changes;
    }

    private static PublicTerm kind(LocalDate day, Boolean listed) {
        if (Boolean.TRUE.equals(listed)) {
            return PublicTerm.of("MAKE_UP_WORKING_DAY", "调休上班", "Make-up working day");
        }
        if (Boolean.FALSE.equals(listed)) {
            return PublicTerm.of("HOLIDAY", "节假日", "Public holiday");
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? PublicTerm.of("WEEKEND", "周末", "Weekend") : PublicTerm.of("WORKING_DAY", "工作日", "Working day");
    }

    private static String name(HolidayArrangement arrangement, LocalDate day) {
        if (arrangement == null) {
            return null;
        }
        for (HolidayArrangement.Holiday h : arrangement.holidays()) {
            if (!day.isBefore(h.from()) && !day.isAfter(h.to())) {
                return h.name();
            }
        }
        return arrangement.makeUpWorkingDays().stream().filter(d -> d.date().equals(day)).map(HolidayArrangement.MakeUpDay::name)
                .findFirst().orElse(null);
    }
}
