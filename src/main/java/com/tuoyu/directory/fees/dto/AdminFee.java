package com.tuoyu.directory.fees.dto;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminFee", description = "A fee entry with its state today and the guide price in force on its date")
public record AdminFee(
        UUID id,
        CareType careType,
        AgeGroup ageGroup,
        int amountYuan,
        Integer mealFeeYuan,
        LocalDate effectiveFrom,
        @Schema(description = "IN_FORCE, SCHEDULED (starts later) or REPLACED (a later entry is in force)") String state,
        @Schema(description = "Guide price of the district in force on effectiveFrom (today for the fee in force)") Integer guidePriceYuan,
        Boolean withinGuidePrice,
        @Schema(description = "Account that scheduled it; absent for imported entries") String recordedBy,
        Instant recordedAt,
        String reason) {
}
