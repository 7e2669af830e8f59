package com.tuoyu.directory.complaint.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        @Schema(description = "Median hours from submission to acceptance") Double medianHoursToAccept,
        @Schema(description = "Median hours from submission to resolution") Double medianHoursToResolve,
        @Schema(description = "Average rating 1-5 of resolved complaints, when any were rated") Double averageRating,
        long ratings,
        @Schema(description = "Resolved as substantiated or partly substantiated") long substantiated) {
}
