package com.tuoyu.directory.nurserypage.dto;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.platform.text.PublicTerm;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TimelineEntry", description = "One dated event of the nursery's public record")
public record PublicTimelineEntry(
        @Schema(example = "2026-05-18") LocalDate date,
        @Schema(description = "FILING, INSPECTION, QUALITY_ASSESSMENT, PENALTY, MISCONDUCT, CREDIT_LIST or COMPLAINT (substantiated)") PublicTerm kind,
        @Schema(implementation = String.class, description = "In the answer's language", example = "双随机抽查：合格") Text summary,
        @Schema(description = "Always English (kept for clients of 1.4; prefer summary with Accept-Language: en)", example = "Random inspection: passed") String summaryEn) {
}
