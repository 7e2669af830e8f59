package com.tuoyu.directory.disclosure.dto;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AdminDisclosureRevision", description = "One revision of one disclosure section, as recorded")
public record AdminRevision(
        UUID nurseryId,
        @Schema(example = "CAPACITY") String section,
        @Schema(description = "1 for the first revision, one more per change", example = "3") int revision,
        @Schema(description = "Date the facts hold on") LocalDate asOf,
        @Schema(example = "INSPECTION_VISIT") String source,
        @Schema(description = "Account that recorded it") String recordedBy,
        @Schema(example = "FILING_OFFICER") String recordedRole,
        Instant recordedAt,
        String note,
        @Schema(type = SchemaType.OBJECT, description = "The section's content after the change") JsonNode content,
        @Schema(description = "Standards the current figures fall short of (computed when recorded)") List<AdminFlag> flags) {
}
