package com.tuoyu.directory.visit.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AdminVisitTimeCreate", description = "A time the nursery offers for visits")
public record AdminVisitTimeCreate(
        @NotNull @Schema(description = "Start, with its offset; in the future", example = "2026-12-12T10:00:00+08:00")
        OffsetDateTime startsAt,
        @NotNull @Min(15) @Max(240) @Schema(description = "Length in minutes", example = "45") Integer minutes) {
}
