package com.tuoyu.directory.visit.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "VisitActionRequest", description = "One step on a visit request")
public record VisitActionRequest(
        @NotNull @Schema(description = "Nursery: ACCEPT, PROPOSE, DECLINE. Parent: ACCEPT_PROPOSAL, CANCEL", example = "ACCEPT")
        String action,
        @Schema(description = "PROPOSE only: the other time, with its offset; in the future", example = "2026-12-13T15:00:00+08:00")
        OffsetDateTime proposedAt,
        @Size(max = 300) @Schema(description = "A note both sides see; DECLINE needs one") String note,
        @Schema(description = "The request's version seen; another one answers 409. Absent: no check") Long version) {
}
