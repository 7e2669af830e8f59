package com.tuoyu.directory.alert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A child's age kept as the birth month, so it moves with time: the age in months on a day is the number of whole
 * calendar months from the birth month to that day's month (born in October 2025: 14 months all through December
 * 2026). Given an age instead, the birth month is that many months before this month, so the two agree.
 */
final class ChildAge {

    private ChildAge() {
    }

    static LocalDate birthMonthOf(int ageMonths, LocalDate today) {
        return YearMonth.from(today).minusMonths(ageMonths).atDay(1);
    }

    static int monthsOn(LocalDate birthMonth, LocalDate day) {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(birthMonth), YearMonth.from(day));
    }
}
