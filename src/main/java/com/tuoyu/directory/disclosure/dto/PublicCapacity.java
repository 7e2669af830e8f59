package com.tuoyu.directory.disclosure.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Capacity", description = "托位 per age group, with children enrolled and vacancies")
public record PublicCapacity(
        @Schema(description = "Oldest report date among the groups", example = "2026-11-10") LocalDate asOf,
        @Schema(example = "75") int slots,
        @Schema(example = "64") int enrolled,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "Total free places; null when any group's figure is older than 30 days", nullable = true, example = "11")
        Integer vacancies,
        boolean vacanciesKnown,
        List<PublicCapacityGroup> groups) {
}
