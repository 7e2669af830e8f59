package com.tuoyu.directory.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One city's demonstration-city indicators for a year, beside its province's average. */
@Schema(name = "CityIndicatorsReport")
public record CityIndicatorsReport(
        @Schema(example = "2026") int year,
        @Schema(description = "The day the figures were computed", example = "2026-12-06") LocalDate asOf,
        CityIndicators city,
        ProvinceIndicators province) {
}
