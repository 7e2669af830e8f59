package com.tuoyu.directory.fees.dto;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdminFeeEntry", description = "A fee (收费标准) for one care type and age group from a date; earlier entries are kept as history")
public record AdminFeeEntry(
        @NotNull CareType careType,
        @NotNull AgeGroup ageGroup,
        @NotNull @PositiveOrZero @Max(100_000) @Schema(description = "Yuan per month (full/half day), per hour (hourly) or per day (temporary)", example = "1850")
        Integer amountYuan,
        @PositiveOrZero @Max(10_000) @Schema(description = "Monthly meal fee in yuan", example = "350") Integer mealFeeYuan,
        @NotNull @Schema(description = "First day it applies; a future date takes effect on that day by itself; a past date needs a reason")
        LocalDate effectiveFrom,
        @Size(max = 500) @Schema(description = "Why; required for a date in the past") String reason) {
}
