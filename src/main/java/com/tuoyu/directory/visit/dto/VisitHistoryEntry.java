package com.tuoyu.directory.visit.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VisitHistoryEntry", description = "One step of a visit request, as both sides see it")
public record VisitHistoryEntry(
        @Schema(description = "When (+08:00)") Instant at,
        @Schema(description = "PARENT or NURSERY", example = "NURSERY") String actor,
        @Schema(description = "REQUEST, ACCEPT, PROPOSE, DECLINE, ACCEPT_PROPOSAL or CANCEL, with a Chinese label") PublicTerm action,
        @Schema(description = "The request's status after this step, with a Chinese label") PublicTerm status,
        @Schema(description = "The visit time after this step (+08:00)") Instant visitAt,
        @Schema(description = "What the side wrote, e.g. a reason to decline") String note) {
}
