package com.tuoyu.directory.subsidy.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ClassCost", description = "Estimated monthly cost of one monthly-priced class after the subsidies counted for it")
public record PublicClassCost(
        @Schema(description = "托育类型") PublicTerm careType,
        @Schema(description = "班型") PublicTerm ageGroup,
        @Schema(description = "The fee in force, yuan a month", example = "2200") int monthlyFeeYuan,
        @Schema(description = "Monthly meal fee, when charged", example = "300") Integer mealFeeYuan,
        @Schema(description = "Sum of the monthly amounts of the subsidies counted", example = "500") int subsidiesMonthlyYuan,
        @Schema(description = "Estimate: fee + meal fee − subsidies counted, never below 0", example = "2000") int estimatedMonthlyCostYuan,
        @Schema(description = "Ids of the subsidies counted (see subsidies)") List<UUID> subsidyIds) {
}
