package com.tuoyu.directory.comparison.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComparedCareType", description = "What one care type costs for the child's age at one nursery")
public record ComparedCareType(
        @Schema(description = "托育类型") PublicTerm careType,
        @Schema(description = "Whether the nursery offers this care type") boolean offered,
        @Schema(description = "班型 the child's age joins (the cheaper one when two do); absent when no class for that "
                + "age has a fee in force") PublicTerm ageGroup,
        @Schema(description = "Fee in force, yuan per unit", example = "2200") Integer amountYuan,
        @Schema(description = "MONTH, HOUR or DAY") String unit,
        @Schema(description = "Monthly meal fee, when charged", example = "300") Integer mealFeeYuan,
        @Schema(description = "Sum of the monthly subsidies counted (monthly care only)", example = "300") Integer subsidiesMonthlyYuan,
        @Schema(description = "Estimate: fee + meal fee − subsidies counted, never below 0; monthly care only",
                example = "2200") Integer estimatedMonthlyCostYuan) {
}
