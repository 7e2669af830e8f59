package com.tuoyu.directory.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A province's cities ranked by their demonstration-city indicators for a year, with the province's average. */
@Schema(name = "ProvinceCityRanking")
public record ProvinceCityRanking(
        @Schema(example = "2026") int year,
        @Schema(description = "The day the figures were computed", example = "2026-12-06") LocalDate asOf,
        ProvinceIndicators province,
        @Schema(description = "The province's cities, first ranked first") List<CityIndicators> cities) {
}
