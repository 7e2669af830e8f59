package com.tuoyu.directory.subsidy.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.tuoyu.directory.platform.text.PublicTerm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Subsidy", description = "A subsidy that may lower what the family pays at this nursery, with its source and conditions")
public record PublicSubsidy(
        UUID id,
        @Schema(description = "In the request's language", example = "国家育儿补贴") String name,
        @Schema(description = "The policy document it comes from",
                example = "中共中央办公厅、国务院办公厅《育儿补贴制度实施方案》（2025年7月）") String source,
        String sourceUrl,
        @Schema(description = "Division that grants it (100000: national)", example = "100000") String divisionCode,
        @Schema(example = "3600") int amountYuan,
        @Schema(description = "MONTH or YEAR, with its label") PublicTerm period,
        @Schema(description = "The amount a month (yearly ÷ 12, rounded to whole yuan)", example = "300") int monthlyYuan,
        @Schema(description = "Its conditions, in the request's language", example = "[\"3周岁以下\"]") List<String> conditions,
        @Schema(description = "Query parameter the parent sets to say a condition only they know holds", example = "employerAllowance")
        String choiceParameter,
        @Schema(description = "Whether the estimate counts it for the child and choices of the request") boolean counted,
        @Schema(description = "Why it is not counted, in the request's language") String notCountedBecause,
        LocalDate validFrom,
        LocalDate validTo) {
}
