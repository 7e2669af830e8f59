package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.platform.text.PublicTerm;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CapacityGroup", description = "托位 of one age group")
public record PublicCapacityGroup(
        @Schema(description = "班型") PublicTerm ageGroup,
        @Schema(description = "Licensed places (托位)", example = "30") int slots,
        @Schema(description = "Children enrolled on asOf", example = "26") int enrolled,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Free places; null when the figure is older than 30 days", nullable = true, example = "4")
        Integer vacancies,
        @Schema(description = "False when the figure is older than 30 days and vacancies are unknown") boolean vacanciesKnown,
        @Schema(description = "Date the nursery reported these figures", example = "2026-11-10") LocalDate asOf) {
}
