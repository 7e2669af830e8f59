package com.tuoyu.directory.platform.calendar.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

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
        List<AdminHolidayArrangement.MakeUpDay> makeUpWorkingDays) {
}
