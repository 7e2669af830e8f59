package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.platform.text.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdminFlag", description = "Something accepted but short of a standard, shown to officers (and publicly where the detail shows it)")
public record AdminFlag(
        @Schema(example = "CARER_RATIO_BELOW_STANDARD") String code,
        @Schema(description = "The field it concerns", example = "carers[INFANT]") String field,
        @Schema(implementation = String.class, description = "What falls short, in the answer's language",
                example = "乳儿班保育人员不足国家标准：在托 10 人至少需要 4 名保育人员（1:3），现有 3 名") Text message) {
}
