package com.tuoyu.directory.platform.calendar.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import com.tuoyu.directory.platform.text.PublicTerm;

@Schema(name = "AdminCalendarYear", description = "The holiday arrangement the working-day calendar uses for a year")
public record AdminCalendarYear(
        int year,
        @Schema(description = "Whether deadlines in this year rest on an official arrangement; false: weekends only, provisional")
        boolean known,
        @Schema(description = "LOADED by a supervisor, FILE shipped with the service, or NONE", enumeration = {"LOADED", "FILE", "NONE"})
        String origin,
        String source,
        @Schema(description = "When it was loaded (LOADED only)") Instant loadedAt,
        List<AdminHolidayArrangement.Holiday> holidays,
        List<AdminHolidayArrangement.MakeUpDay> makeUpWorkingDays,
        @Schema(description = "Answers to a load only: each day of the year whose kind the load changes (or, with dryRun, would change) against the arrangement in use before; empty when nothing changes")
        List<DayChange> changes) {

    @Schema(name = "AdminCalendarDayChange", description = "A day whose kind changes: WORKING_DAY, WEEKEND, HOLIDAY or MAKE_UP_WORKING_DAY")
    public record DayChange(@Schema(required = true) LocalDate date,
                            @Schema(required = true) PublicTerm before,
                            @Schema(required = true) PublicTerm after,
                            @Schema(description = "The holiday the day belongs to", example = "国庆节") String holiday) {
    }
}
