package com.tuoyu.directory.platform.text;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value of a policy term (an enum): its stable name for clients to branch on and its Chinese label to show. */
@Schema(name = "Term", description = "An enumerated value: its name and its Chinese label")
public record PublicTerm(
        @Schema(description = "Stable name of the value", example = "FULL_DAY") String code,
        @Schema(description = "Chinese label to show", example = "全日托") String label) {
}
