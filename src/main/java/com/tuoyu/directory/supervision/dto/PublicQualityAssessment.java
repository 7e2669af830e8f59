package com.tuoyu.directory.supervision.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "QualityAssessment", description = "质量评估 grade")
public record PublicQualityAssessment(
        PublicTerm grade,
        @Schema(example = "2025-12-03") LocalDate assessedOn) {
}
