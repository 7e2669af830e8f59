package com.tuoyu.directory.nurserypage.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TimelineEntry", description = "One dated event of the nursery's public record")
public record PublicTimelineEntry(
        @Schema(example = "2026-05-18") LocalDate date,
        @Schema(description = "FILING, INSPECTION, QUALITY_ASSESSMENT, PENALTY, MISCONDUCT, CREDIT_LIST or COMPLAINT (substantiated)") PublicTerm kind,
        @Schema(example = "双随机抽查：合格") String summary,
        @Schema(example = "Random inspection: passed") String summaryEn) {
}
