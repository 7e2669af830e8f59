package com.tuoyu.directory.comparison.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ComparedVacancies", description = "Free places in the classes the child's age joins")
public record ComparedVacancies(
        @Schema(description = "False when any of those classes' figures is older than 30 days (then unknown, as in search), "
                + "or the nursery has no such class") boolean known,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Free places; null when unknown", nullable = true, example = "3") Integer count,
        @Schema(description = "Oldest report date of those classes' figures", example = "2026-11-10") LocalDate asOf,
        @Schema(description = "Whether the nursery has a class the child's age joins") boolean hasClassForAge) {
}
