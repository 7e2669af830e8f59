package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.disclosure.QualityGrade;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminQualityAssessmentRecord")
public record AdminQualityAssessmentRecord(
        @NotNull @Schema(required = true) QualityGrade grade,
        @NotNull @Schema(required = true, example = "2026-10-01") LocalDate assessedOn,
        @Size(max = 500) @Schema(description = "Why the record is corrected; required when correcting") String correctionReason) {
}
