package com.tuoyu.directory.complaint;

import com.tuoyu.directory.complaint.dto.AdminDeadline;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingTimeLeftTest {

    /** Weekends off, plus 1-3 January 2027 (a holiday) and Saturday 26 December 2026 (a make-up working day). */
    private static final Predicate<LocalDate> WORKING = day -> day.equals(LocalDate.of(2026, 12, 26))
            || (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && !(day.getYear() == 2027 && day.getMonthValue() == 1 && day.getDayOfMonth() <= 3));

    private static Instant beijing(int month, int day, int hour) {
        int year = month == 1 ? 2027 : 2026;
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, WorkingTimeLeft.CHINA).toInstant();
    }

    /** Due at 24:00 at the end of the given day. */
    private static Instant endOf(int month, int day) {
        return beijing(month, day, 0).plusSeconds(24 * 3600);
    }

    @Test
    void daysLeftCountTodayAndTheDueDayAndSkipWeekends() {
        // Monday 7 December 10:00, due Friday 11 December 24:00: Mon..Fri.
        AdminDeadline d = WorkingTimeLeft.of(ComplaintStatus.SUBMITTED, endOf(12, 11), false, beijing(12, 7, 10), WORKING);
        assertThat(d.label().zh()).isEqualTo("剩余 5 个工作日");
        assertThat(d.kind().code()).isEqualTo("ACCEPT");
        assertThat(d.overdue()).isFalse();
        assertThat(d.dueAt().toString()).isEqualTo("2026-12-12T00:00+08:00");
        // Friday 11 December 10:00, due Monday 14 December 24:00: Friday and Monday.
        assertThat(WorkingTimeLeft.of(ComplaintStatus.ACCEPTED, endOf(12, 14), false, beijing(12, 11, 10), WORKING).label().zh())
                .isEqualTo("剩余 2 个工作日");
    }

    @Test
    void theLastDayAndUrgentDeadlinesAreInHours() {
        assertThat(WorkingTimeLeft.of(ComplaintStatus.ACCEPTED, endOf(12, 11), false, beijing(12, 11, 19), WORKING).label().zh())
                .isEqualTo("剩余 5 小时");
        assertThat(WorkingTimeLeft.of(ComplaintStatus.SUBMITTED, beijing(12, 8, 9), false, beijing(12, 7, 22), WORKING).label().zh())
                .isEqualTo("剩余 11 小时");
    }

    @Test
    void overdueIsCountedInWorkingDaysAfterTheFirstDayAndHolidaysDoNotCount() {
        // Due Thursday 31 December 24:00; on Monday 4 January the holiday (1-3 January) does not count: only Monday.
        AdminDeadline d = WorkingTimeLeft.of(ComplaintStatus.ACCEPTED, endOf(12, 31), false, beijing(1, 4, 10), WORKING);
        assertThat(d.overdue()).isTrue();
        assertThat(d.label().zh()).isEqualTo("已超期 1 个工作日");
        assertThat(d.workingDaysLeft()).isEqualTo(-1);
        assertThat(WorkingTimeLeft.of(ComplaintStatus.ACCEPTED, endOf(12, 11), false, beijing(12, 12, 3), WORKING).label().zh())
                .isEqualTo("已超期 3 小时");
        // The make-up Saturday counts as a working day.
        assertThat(WorkingTimeLeft.of(ComplaintStatus.ACCEPTED, endOf(12, 25), false, beijing(12, 28, 9), WORKING).label().zh())
                .isEqualTo("已超期 2 个工作日");
    }

    @Test
    void aDecidedComplaintHasNoDeadlineLeft() {
        AdminDeadline d = WorkingTimeLeft.of(ComplaintStatus.RESOLVED, endOf(12, 11), false, beijing(12, 20, 9), WORKING);
        assertThat(d.kind().code()).isEqualTo("NONE");
        assertThat(d.label().zh()).isEqualTo("已办结");
        assertThat(d.overdue()).isFalse();
        assertThat(d.dueAt()).isNull();
    }

    @Test
    void aSummaryIsOneLineOfFortyCharacters() {
        assertThat(ComplaintQueue.summary("孩子\n午睡  时")).isEqualTo("孩子 午睡 时");
        assertThat(ComplaintQueue.summary("一".repeat(41))).isEqualTo("一".repeat(40) + "…");
        assertThat(ComplaintQueue.summary("😀".repeat(40))).isEqualTo("😀".repeat(40));
    }
}
