package com.tuoyu.directory.nurserypage.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Timeline", description = "Filing milestones and supervision records merged, newest first")
public record PublicTimeline(
        @Schema(example = "2026-11-22") LocalDate asOf,
        List<PublicTimelineEntry> entries) {
}
