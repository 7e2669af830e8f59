package com.tuoyu.directory.search.dto;

import com.tuoyu.directory.platform.text.Text;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Something a parent should know before choosing a nursery, shown on its search card as on its page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CardWarning")
public record PublicWarning(
        @Schema(description = "RECENT_PENALTY (a penalty within 24 months), CARER_RATIO_BELOW_STANDARD (a class with fewer carers than the national ratio), BLACK_LISTED, NOT_INSPECTED_RECENTLY (none within 12 months; date: the last one), NEVER_INSPECTED; new codes may be added, show the label",
                example = "RECENT_PENALTY") String code,
        @Schema(implementation = String.class, description = "Text to show (Chinese, or English with Accept-Language: en)", example = "近24个月内受过行政处罚（2025年11月3日）") Text label,
        @Schema(description = "The date the warning is about: the latest penalty, the black-list entry, the last inspection") LocalDate date) {
}
