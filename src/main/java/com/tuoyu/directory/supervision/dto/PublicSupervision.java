package com.tuoyu.directory.supervision.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Supervision", description = "Inspections, quality grade, penalties, misconduct and credit lists; all public")
public record PublicSupervision(
        @Schema(example = "2026-11-22") LocalDate asOf,
        @Schema(description = "Newest first") List<PublicInspection> inspections,
        @Schema(description = "The latest quality grade; absent when never assessed") PublicQualityAssessment latestQualityAssessment,
        @Schema(description = "Newest first") List<PublicPenalty> penalties,
        @Schema(description = "Newest first") List<PublicMisconduct> misconduct,
        PublicCreditStatus credit,
        @Schema(description = "Complaints about this nursery found substantiated (fully or partly) in the last 12 months; who complained is never disclosed")
        int substantiatedComplaintsLast12Months) {
}
