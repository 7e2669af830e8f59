package com.tuoyu.directory.fees.dto;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminGuidePrice", description = "A guide price with its state today")
public record AdminGuidePrice(
        UUID id,
        String divisionCode,
        CareType careType,
        AgeGroup ageGroup,
        int amountYuan,
        LocalDate effectiveFrom,
        @Schema(description = "IN_FORCE, SCHEDULED or REPLACED") String state,
        String recordedBy,
        Instant recordedAt,
        String reason) {
}
