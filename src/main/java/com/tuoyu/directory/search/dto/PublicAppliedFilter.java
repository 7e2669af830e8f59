package com.tuoyu.directory.search.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A word of 'q' that names a filter and was applied as that filter instead of being matched as text. */
@Schema(name = "AppliedFilter")
public record PublicAppliedFilter(
        @Schema(example = "普惠") String word,
        @Schema(description = "The search parameter it set", example = "inclusive") String parameter,
        @Schema(example = "true") String value) {
}
