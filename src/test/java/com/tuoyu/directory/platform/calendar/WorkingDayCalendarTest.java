package com.tuoyu.directory.platform.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import com.tyme.holiday.LegalHoliday;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.util.List;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates from the State Council's holiday arrangements for 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号),
 * as shipped in src/main/resources/calendar, and arrangements loaded for later years.
 */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2025-01-01, false",  // 元旦
            "2025-01-26, true",   // Sunday, make-up working day before the Spring Festival
            "2025-01-28, false",  // 春节 (除夕)
            "2025-02-04, false",  // last day of the Spring Festival holiday, a Tuesday
            "2025-02-08, true",   // Saturday, make-up working day
            "2025-04-27, true",   // Sunday, make-up working day before Labour Day
            "2025-05-05, false",  // Labour Day holiday, a Monday
            "2025-10-08, false",  // National Day holiday, a Wednesday
            "2025-10-11, true",   // Saturday, make-up working day
            "2025-10-12, false",  // an ordinary Sunday
            "2026-01-04, true",   // Sunday, make-up working day after New Year
            "2026-02-14, true",   // Saturday, make-up working day before the Spring Festival
            "2026-02-23, false",  // last day of the 2026 Spring Festival holiday, a Monday
            "2026-11-23, true"    // an ordinary Monday
    })
    void officialHolidaysAndMakeUpWorkingDaysAreHonoured(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void fiveWorkingDaysAcrossTheSpringFestivalSkipTheHolidayAndCountTheMakeUpSunday() {
        // Received Friday 2025-01-24: Sun 26 (make-up), Mon 27, then the holiday 28 Jan - 4 Feb, Wed 5, Thu 6, Fri 7.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    void fifteenWorkingDaysAcrossNationalDay() {
        // Received Friday 2025-09-26: Sun 28 (make-up), Mon 29, Tue 30, holiday 1-8 Oct, Thu 9, Fri 10, Sat 11 (make-up),
        // then Mon 13 to Fri 17 and Mon 20 to Thu 23: the 15th working day is Thursday 2025-10-23.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 15)).isEqualTo(LocalDate.of(2025, 10, 23));
    }

    @Test
    void aDeadlineEndsAtMidnightChinaTimeOfItsLastWorkingDay() {
        var received = ZonedDateTime.of(2026, 2, 13, 16, 30, 0, 0, WorkingDayCalendar.CHINA).toInstant();
        WorkingDayCalendar.Deadline deadline = calendar.workingDaysAfter(received, 1);
        // Friday 13 Feb 2026, then the make-up Saturday 14 Feb is the first working day.
        assertThat(deadline.due()).isEqualTo(ZonedDateTime.of(2026, 2, 15, 0, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant());
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void aYearWithoutAPublishedArrangementFallsBackToWeekendsAndSaysSo() {
        assertThat(calendar.arrangementKnown(2026)).isTrue();
        assertThat(calendar.arrangementKnown(2027)).isFalse();
        var received = ZonedDateTime.of(2026, 12, 28, 10, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant();
        WorkingDayCalendar.Deadline deadline = calendar.workingDaysAfter(received, 5);
        // Tue 29, Wed 30, Thu 31 Dec 2026; then 2027 by weekdays only: Fri 1 Jan, Mon 4 Jan.
        assertThat(deadline.due()).isEqualTo(ZonedDateTime.of(2027, 1, 5, 0, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant());
        assertThat(deadline.provisional()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2025, 2026})
    void theShippedFileAgreesWithTyme4jOnEveryDayOfTheYear(int year) {
        assertThat(calendar.origin(year)).isEqualTo(WorkingDayCalendar.Origin.FILE);
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            LegalHoliday holiday = LegalHoliday.fromYmd(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            boolean expected = holiday != null ? holiday.isWork()
                    : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aLoadedYearIsKnownSkipsItsHolidaysCountsItsMakeUpDaysAndWinsOverTheFile() {
        WorkingDayCalendar fresh = new WorkingDayCalendar();
        HolidayArrangement y2027 = new HolidayArrangement(2027, "test arrangement",
                List.of(new HolidayArrangement.Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3))),
                List.of(new HolidayArrangement.MakeUpDay("元旦", LocalDate.of(2027, 1, 9))));
        assertThat(y2027.problems()).isEmpty();
        fresh.useLoaded(y2027);
        assertThat(fresh.arrangementKnown(2027)).isTrue();
        var received = ZonedDateTime.of(2026, 12, 30, 10, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant();
        WorkingDayCalendar.Deadline deadline = fresh.workingDaysAfter(received, 5);
        // Thu 31 Dec; Fri 1 to Sun 3 Jan off; Mon 4, Tue 5, Wed 6, Thu 7 Jan.
        assertThat(deadline.due()).isEqualTo(ZonedDateTime.of(2027, 1, 8, 0, 0, 0, 0, WorkingDayCalendar.CHINA).toInstant());
        assertThat(deadline.provisional()).isFalse();
        assertThat(fresh.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();

        // A correction to a shipped year, loaded, wins over the file; unloading falls back to it.
        fresh.useLoaded(new HolidayArrangement(2026, "correction", List.of(new HolidayArrangement.Holiday("测试",
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23))), List.of()));
        assertThat(fresh.isWorkingDay(LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(fresh.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        fresh.useLoaded(List.of());
        assertThat(fresh.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(fresh.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(fresh.arrangementKnown(2027)).isFalse();
    }

    @Test
    void anInconsistentArrangementIsRefusedFieldByField() {
        HolidayArrangement wrong = new HolidayArrangement(2027, "x",
                List.of(new HolidayArrangement.Holiday("春节", LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 5)),
                        new HolidayArrangement.Holiday("国庆节", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 7)),
                        new HolidayArrangement.Holiday("中秋节", LocalDate.of(2027, 10, 7), LocalDate.of(2027, 10, 8)),
                        new HolidayArrangement.Holiday("元旦", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 1))),
                List.of(new HolidayArrangement.MakeUpDay("国庆节", LocalDate.of(2027, 9, 29)),
                        new HolidayArrangement.MakeUpDay("国庆节", LocalDate.of(2027, 10, 2))));
        assertThat(wrong.problems()).containsOnlyKeys("holidays[0].to", "holidays[2]", "holidays[3]",
                "makeUpWorkingDays[0].date", "makeUpWorkingDays[1].date");
        // A New Year holiday may begin in the December before.
        assertThat(new HolidayArrangement(2019, "国办发明电〔2018〕15号",
                List.of(new HolidayArrangement.Holiday("元旦", LocalDate.of(2018, 12, 30), LocalDate.of(2019, 1, 1))),
                List.of(new HolidayArrangement.MakeUpDay("元旦", LocalDate.of(2018, 12, 29)))).problems()).isEmpty();
    }
}
