package com.tuoyu.directory.fees.dto;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AdminInclusiveFlag", description = "An inclusive nursery whose fee in force is above the guide price in force: "
        + "for an officer to resolve (fee lowered or inclusive mark withdrawn); the mark is never changed by itself")
public record AdminInclusiveFlag(
        UUID nurseryId,
        String nurseryName,
        String divisionCode,
        CareType careType,
        AgeGroup ageGroup,
        int feeYuan,
        LocalDate feeEffectiveFrom,
        int guidePriceYuan,
        LocalDate guidePriceEffectiveFrom,
        @Schema(description = "Day the fee first exceeded the guide price: the later of the two dates") LocalDate since) {
}
