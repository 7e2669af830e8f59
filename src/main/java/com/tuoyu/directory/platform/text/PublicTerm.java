package com.tuoyu.directory.platform.text;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value of a policy term (an enum): its stable name for clients to branch on and its label to show. */
@Schema(name = "Term", description = "An enumerated value: its name and its label (Chinese, or English with Accept-Language: en)")
public record PublicTerm(
        @Schema(description = "Stable name of the value", example = "FULL_DAY") String code,
        @Schema(implementation = String.class, description = "Label to show, in the answer's language", example = "全日托")
        Text label) {

    public static PublicTerm of(String code, String zh, String en) {
        return new PublicTerm(code, Text.of(zh, en));
    }
}
