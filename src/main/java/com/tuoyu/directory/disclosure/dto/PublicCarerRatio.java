package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CarerRatio", description = "Carer-to-child ratio of one age group against the national standard")
public record PublicCarerRatio(
        @Schema(description = "班型") PublicTerm ageGroup,
        @Schema(example = "26") int enrolled,
        @Schema(description = "保育人员 assigned to the group", example = "6") int carers,
        @Schema(description = "Children per carer (enrolled / carers, two decimals); absent when the group has no carer",
                example = "4.33") Double childrenPerCarer,
        @Schema(description = "The most children per carer the standard allows (1:3, 1:5, 1:7; mixed groups 1:5)",
                example = "5") int standardChildrenPerCarer,
        @Schema(description = "Whether the group has at least the carers the standard asks for") boolean meetsStandard,
        @Schema(description = "Largest class the standard allows for this group (乳儿班 10, 托小班 15, 托大班 20, 混合班 18)",
                example = "15") int maxClassSize) {
}
