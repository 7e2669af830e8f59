package com.tuoyu.directory.visit.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "VisitTime", description = "A time a nursery offers for visits (预约参观)")
public record VisitTimeView(
        UUID id,
        @Schema(description = "Start (+08:00)", example = "2026-12-12T10:00:00+08:00") Instant startsAt,
        @Schema(description = "Length in minutes", example = "45") int minutes) {
}
