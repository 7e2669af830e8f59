package com.tuoyu.directory.fees.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.fees.FeeUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Fee", description = "收费标准 for one care type and age group, next to the district's guide price")
public record PublicFee(
        @Schema(description = "托育类型") PublicTerm careType,
        @Schema(description = "班型") PublicTerm ageGroup,
        @Schema(description = "Yuan per unit", example = "1850") int amountYuan,
        @Schema(description = "MONTH for full- and half-day care, HOUR for hourly care, DAY for temporary care") FeeUnit unit,
        @Schema(description = "Monthly meal fee in yuan, when meals are charged", example = "350") Integer mealFeeYuan,
        @Schema(example = "2026-09-01") LocalDate effectiveFrom,
        @Schema(description = "普惠指导价 of the district for the same care type and group, in force when this fee applies (today for fees in force)",
                example = "2200") Integer guidePriceYuan,
        @Schema(description = "amountYuan is at or below the guide price; absent when the district has none") Boolean withinGuidePrice) {
}
