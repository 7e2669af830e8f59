package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.division.dto.DivisionLabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

/** Complaint figures supervisors are judged on, for one division and period. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AdminComplaintStatistics")
public record AdminComplaintStatistics(
        @Schema(example = "360100") String division,
        LocalDate from,
        LocalDate to,
        long total,
        Map<String, Long> byCategory,
        Map<String, Long> byStatus,
        @Schema(description = "Per county code") Map<String, Long> byDivision,
        @Schema(description = "Per month, yyyy-MM (China time)") Map<String, Long> byMonth,
        @Schema(description = "Open complaints past their deadline now") long overdue,
        @Schema(description = "Open complaints past their deadline now, per county code") Map<String, Long> overdueByDivision,
        @Schema(description = "Median hours from submission to acceptance") Double medianHoursToAccept,
        @Schema(description = "Median hours from submission to resolution") Double medianHoursToResolve,
        @Schema(description = "Median hours to accept and to resolve of the complaints submitted in each month, yyyy-MM")
        Map<String, MonthMedians> mediansByMonth,
        @Schema(description = "Average rating 1-5 of resolved complaints, when any were rated") Double averageRating,
        long ratings,
        @Schema(description = "How many resolved complaints got each rating, \"1\" to \"5\" (all five keys, zeros included)")
        Map<String, Long> byRating,
        @Schema(description = "Resolved as substantiated or partly substantiated") long substantiated,
        @Schema(description = "Names of the division and of every county code above") Map<String, DivisionLabel> divisions) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AdminComplaintMonthMedians")
    public record MonthMedians(@Schema(description = "null when none was accepted") Double hoursToAccept,
                               @Schema(description = "null when none was resolved") Double hoursToResolve) {
    }
}
