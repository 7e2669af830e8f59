package com.tuoyu.directory.nursery.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "FilingNotices", description = "Filing decisions with public reasons, newest first")
public record PublicFilingNotices(
        @Schema(example = "2026-11-22") LocalDate asOf,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        List<PublicFilingNotice> items) {
}
