package com.tuoyu.directory.nursery.dto;

import com.tuoyu.directory.nursery.MaterialKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminMaterial", description = "One uploaded filing document")
public record AdminMaterial(
        UUID id,
        MaterialKind kind,
        @Schema(description = "The document's own number, when it has one") String documentNumber,
        LocalDate issuedOn,
        LocalDate validUntil,
        @Schema(description = "Past its valid-until date today") boolean expired,
        @Schema(example = "application/pdf") String contentType,
        long sizeBytes,
        String sha256,
        Instant uploadedAt,
        @Schema(description = "Account id of the officer who uploaded it") String uploadedBy) {
}
