package com.tuoyu.directory.visit.dto;

import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A visit request as the nursery sees it: the parent's phone only when shared for this request, never their account. */
@Schema(name = "AdminVisitRequest")
public record AdminVisitRequest(
        UUID id,
        UUID nurseryId,
        PublicTerm status,
        boolean open,
        Instant visitAt,
        int minutes,
        @Schema(description = "The parent's phone, present only when they chose to share it for this request") String phone,
        Integer childAgeMonths,
        String message,
        long version,
        Instant createdAt,
        List<VisitHistoryEntry> history) {
}
