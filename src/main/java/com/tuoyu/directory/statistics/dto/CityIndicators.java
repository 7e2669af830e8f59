package com.tuoyu.directory.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A city's indicators with its rank among its province's cities and the plan's three basic indicators compared with
 * the province's average (Gansu's plan: slots per 1,000 residents, enrolment rate and filed nurseries at or above it).
 */
@Schema(name = "CityIndicators")
public record CityIndicators(
        @Schema(example = "360100") String code,
        @Schema(example = "南昌市") String name,
        @Schema(description = "Rank among the province's cities (1 = first): by slots per 1,000 residents, then enrolment rate, then filed nurseries; a city without residents ranks after those with", example = "1") int rank,
        IndicatorFigures figures,
        @Schema(description = "slotsPerThousandResidents at or above the province's; null when either is unknown", nullable = true) Boolean slotsPerThousandResidentsAtOrAboveProvince,
        @Schema(description = "childEnrolmentRate at or above the province's; null when either is unknown", nullable = true) Boolean childEnrolmentRateAtOrAboveProvince,
        @Schema(description = "filedNurseries at or above the province's mean per city") boolean filedNurseriesAtOrAboveProvince,
        @Schema(description = "No serious incident in the year") boolean noSeriousIncidents) {
}
