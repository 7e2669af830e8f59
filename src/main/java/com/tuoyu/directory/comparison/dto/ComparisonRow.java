package com.tuoyu.directory.comparison.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ComparisonRow", description = "One line of the comparison table")
public record ComparisonRow(
        @Schema(description = "Stable key for clients to branch on, e.g. fee.FULL_DAY, estimate.FULL_DAY, vacancies",
                example = "fee.FULL_DAY") String key,
        @Schema(description = "What the row is, in the request's language", example = "全日托月费") String label,
        @Schema(description = "True when the nurseries' values differ") boolean differs,
        @Schema(description = "One text per nursery, in the order of the columns, in the request's language")
        List<String> values) {
}
