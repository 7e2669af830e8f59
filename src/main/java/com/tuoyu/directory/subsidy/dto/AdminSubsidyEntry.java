package com.tuoyu.directory.subsidy.dto;

import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.subsidy.ParentChoice;
import com.tuoyu.directory.subsidy.SubsidyPeriod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

@Schema(name = "AdminSubsidyEntry", description = "A subsidy that lowers what families pay, for a division and a period, with its conditions")
public record AdminSubsidyEntry(
        @NotNull @Pattern(regexp = "[0-9]{6}")
        @Schema(description = "Division in your scope whose nurseries (and those of the divisions inside it) it applies to; "
                + "100000 for the whole country", example = "140900") String divisionCode,
        @NotBlank @Size(max = 100) @Schema(example = "用人单位婴幼儿保教费") String name,
        @NotBlank @Size(max = 100) @Schema(example = "Employer childcare allowance") String nameEn,
        @NotBlank @Size(max = 500) @Schema(description = "The policy document it comes from",
                example = "《忻州市促进3岁以下婴幼儿照护服务发展实施方案》") String source,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+") @Schema(description = "Where the document is published") String sourceUrl,
        @NotNull @Positive @Max(100_000) @Schema(example = "200") Integer amountYuan,
        @NotNull @Schema(description = "MONTH or YEAR") SubsidyPeriod period,
        @Min(0) @Max(36) @Schema(description = "Youngest age paid for, in months; absent from birth", example = "0") Integer minAgeMonths,
        @Min(1) @Max(72) @Schema(description = "Paid below this age in months (36: under three); absent without limit", example = "36") Integer maxAgeMonths,
        @Schema(description = "Care types it is paid for; absent or empty for all") Set<CareType> careTypes,
        @Schema(description = "Paid only for places at inclusive (普惠) nurseries") boolean inclusiveOnly,
        @Schema(description = "A condition only the parent knows; the estimate counts it only when the parent says it holds")
        ParentChoice parentChoice,
        @NotNull @Schema(example = "2025-01-01") LocalDate validFrom,
        @Schema(description = "Last day it applies; absent while open-ended") LocalDate validTo) {
}
