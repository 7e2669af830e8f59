package com.tuoyu.directory.comparison.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Comparison", description = "2 to 4 filed nurseries side by side for a child's age: typed columns, one per "
        + "nursery in the order asked, and display rows that mark where the nurseries differ")
public record PublicComparison(
        @Schema(description = "Date the comparison was computed on (China Standard Time)", example = "2026-11-22") LocalDate asOf,
        @Schema(description = "The child's age in months it was made for", example = "20") int ageMonths,
        @Schema(description = "The parent's choices the cost estimates assumed (e.g. employerAllowance)") List<String> choices,
        @Schema(description = "The point distances are measured from, when one was given") ComparedPoint from,
        @Schema(description = "How the estimated cost after subsidies is to be read, in the request's language")
        String estimateLabel,
        @Schema(description = "One column per nursery, in the order of ids") List<ComparedNursery> nurseries,
        @Schema(description = "The comparison as rows to show, each with one value per nursery in the same order") List<ComparisonRow> rows) {
}
