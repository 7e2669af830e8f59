package com.tuoyu.directory.disclosure.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminFlag", description = "Something accepted but short of a standard, shown to officers (and publicly where the detail shows it)")
public record AdminFlag(
        @Schema(example = "CARER_RATIO_BELOW_STANDARD") String code,
        @Schema(description = "The field it concerns", example = "carers[INFANT]") String field,
        @Schema(example = "乳儿班: 10 children need at least 4 carers (1:3), 3 recorded") String message) {
}
