package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authority's deadlines over official holidays: 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号:
 * Mid-Autumn 25-27 September, National Day 1-7 October, make-up working days Sunday 20 September and Saturday
 * 10 October).
 */
class FilingDeadlinesTest {

    private final FilingDeadlines deadlines = new FilingDeadlines(new WorkingDayCalendar(), 5, 15);

    @Test
    void aFilingSubmittedJustBeforeTheMidAutumnAndNationalDayHolidaysOf2026IsDueAfterThem() {
        // Submitted Wednesday 23 September 2026: Thu 24 (1), holiday 25-27, Mon 28 (2), Tue 29 (3), Wed 30 (4),
        // holiday 1-7 October, Thu 8 (5): the receipt is due at the end of 8 October, China time.
        // Then Fri 9 (6), Sat 10 make-up (7), 12-16 (8-12), Mon 19 (13), Tue 20 (14), Wed 21 (15).
        FilingDeadlines.Due due = deadlines.of(LocalDate.of(2026, 9, 23), true);
        assertThat(due.receiptDueAt()).isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
        assertThat(due.returnDueAt()).isEqualTo(Instant.parse("2026-10-21T16:00:00Z"));
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void nationalDay2025CountsTheMakeUpWeekendDaysAsWorkingDays() {
        // Submitted Friday 26 September 2025: Sun 28 make-up (1), Mon 29 (2), Tue 30 (3), holiday 1-8 October,
        // Thu 9 (4), Fri 10 (5).
        FilingDeadlines.Due due = deadlines.of(LocalDate.of(2025, 9, 26), true);
        assertThat(due.receiptDueAt()).isEqualTo(Instant.parse("2025-10-10T16:00:00Z"));
        assertThat(due.returnDueAt()).isEqualTo(Instant.parse("2025-10-23T16:00:00Z"));
    }

    @Test
    void theReceiptDeadlineBindsOnlyWhileTheMaterialsAreComplete() {
        LocalDate submitted = LocalDate.of(2026, 11, 2);
        FilingDeadlines.Due complete = deadlines.of(submitted, true);
        FilingDeadlines.Due incomplete = deadlines.of(submitted, false);
        assertThat(complete.dueAt()).isEqualTo(complete.receiptDueAt()).isEqualTo(Instant.parse("2026-11-09T16:00:00Z"));
        assertThat(incomplete.dueAt()).isEqualTo(incomplete.returnDueAt()).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
        assertThat(complete.overdue(Instant.parse("2026-11-09T15:59:59Z"))).isFalse();
        assertThat(complete.overdue(Instant.parse("2026-11-09T16:00:01Z"))).isTrue();
        assertThat(incomplete.overdue(Instant.parse("2026-11-09T16:00:01Z"))).isFalse();
    }

    @Test
    void aDeadlineInAYearWhoseHolidaysAreNotPublishedIsProvisional() {
        // 15 working days from Christmas 2026 reach January 2027, whose arrangement is not published yet.
        assertThat(deadlines.of(LocalDate.of(2026, 12, 24), false).provisional()).isTrue();
        assertThat(deadlines.of(LocalDate.of(2026, 11, 2), false).provisional()).isFalse();
    }

    @Test
    void workingDaysLeftCountTodayAndTheDueDayAndGoNegativeOnceItHasPassed() {
        // Due at the end of Thursday 8 October 2026 (after the National Day holiday).
        Instant due = Instant.parse("2026-10-08T16:00:00Z");
        assertThat(deadlines.workingDaysLeft(due, LocalDate.of(2026, 10, 8))).isEqualTo(1);
        // From Wednesday 30 September: Wed 30 and Thu 8, the holiday between not counted.
        assertThat(deadlines.workingDaysLeft(due, LocalDate.of(2026, 9, 30))).isEqualTo(2);
        // Fri 9 is the first working day past it; Sat 10 is a make-up working day.
        assertThat(deadlines.workingDaysLeft(due, LocalDate.of(2026, 10, 9))).isEqualTo(-1);
        assertThat(deadlines.workingDaysLeft(due, LocalDate.of(2026, 10, 11))).isEqualTo(-2);
    }
}
