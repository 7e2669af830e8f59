package com.tuoyu.directory.search.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Counts for the filter chips, over the nurseries matching the whole search. */
@Schema(name = "Facets")
public record PublicFacets(
        Map<String, Long> careType,
        Map<String, Long> ageGroup,
        Map<String, Long> operatingModel,
        Map<String, Long> inclusive,
        Map<String, Long> meals,
        Map<String, Long> qualityGrade,
        Map<String, Long> division,
        @Schema(description = "Nurseries with a free place reported within 30 days") long withVacancy) {
}
