package com.tuoyu.directory.fees.dto;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminGuidePriceEntry", description = "A district guide price (普惠指导价) from a date; earlier ones are kept as history")
public record AdminGuidePriceEntry(
        @NotNull @Pattern(regexp = "[0-9]{6}") @Schema(description = "County-level division code in your scope", example = "360102")
        String divisionCode,
        @NotNull CareType careType,
        @NotNull AgeGroup ageGroup,
        @NotNull @PositiveOrZero @Max(100_000) @Schema(example = "2200") Integer amountYuan,
        @NotNull @Schema(description = "First day it applies; a past date needs a reason") LocalDate effectiveFrom,
        @Size(max = 500) String reason) {
}
