package com.tuoyu.directory.subsidy.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CostEstimate", description = "The estimated monthly cost after the subsidies that may apply. An estimate, "
        + "not a quote: whether a subsidy is paid is decided by whoever pays it.")
public record PublicCostEstimate(
        @Schema(description = "Always true: these figures are an estimate") boolean estimate,
        @Schema(description = "What the figures are, in the request's language (Accept-Language: en for English)",
                example = "估算：按公开的收费标准减去可能适用的补贴计算，实际费用和补贴以机构和发放部门为准") String label,
        @Schema(example = "2026-11-22") LocalDate asOf,
        @Schema(description = "The child's age in months the estimate was made for; absent when none was given") Integer ageMonths,
        @Schema(description = "The parent's choices the estimate assumed, by parameter name (e.g. employerAllowance)")
        List<String> choices,
        @Schema(description = "Subsidies that may apply at this nursery, with their source and whether they are counted")
        List<PublicSubsidy> subsidies,
        @Schema(description = "Per monthly-priced class in force (only the classes the child's age joins when an age is given); "
                + "hourly and daily care are not estimated") List<PublicClassCost> classes) {
}
