package com.tuoyu.directory.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The demonstration-city indicators (国卫人口发〔2021〕17号; Gansu's plan, seed 001) of a city or province for a year.
 * Nurseries and slots are those listed today and filed by the year's end (capacity has no history: today's slots);
 * complaints and ratings are those resolved in the year, serious incidents the gravest penalties decided in it.
 * Ratios are rounded to 4 decimals and null without a denominator.
 */
@Schema(name = "IndicatorFigures")
public record IndicatorFigures(
        @Schema(description = "Nurseries whose filing is in force and was filed by the year's end") int filedNurseries,
        @Schema(description = "Of them inclusive (普惠)") int inclusiveNurseries,
        @Schema(description = "Their licensed places (托位)") long slots,
        @Schema(description = "Places at the inclusive ones") long inclusiveSlots,
        @Schema(description = "Children enrolled (在托)") long enrolled,
        @Schema(description = "Residents of the counties whose residents are known") long residents,
        PublicDivisionStatistics.ResidentsCoverage residentsCoverage,
        @Schema(description = "Whether residents are known for every county inside") boolean wholeArea,
        @Schema(description = "每千人口托位数 over the counties whose residents are known; null without residents", nullable = true) Double slotsPerThousandResidents,
        @Schema(description = "The national target", example = "4.5") double slotsPerThousandResidentsTarget,
        @Schema(description = "Whether slotsPerThousandResidents meets the target; null without residents", nullable = true) Boolean targetMet,
        @Schema(description = "普惠托位占比: inclusive share of slots; null without slots", nullable = true) Double inclusiveShareOfSlots,
        @Schema(description = "Occupancy: enrolled per slot; null without slots", nullable = true) Double occupancy,
        @Schema(description = "Children under three; null unless known for every county inside", nullable = true) Long childrenUnderThree,
        @Schema(description = "入托率: enrolled per child under three; null when those children are not known", nullable = true) Double childEnrolmentRate,
        @Schema(description = "Whether childEnrolmentRate rests on estimated children under three; null when unknown", nullable = true) Boolean childEnrolmentRateEstimated,
        @Schema(description = "Complaints resolved in the year and found substantiated (wholly or in part)") long substantiatedComplaints,
        @Schema(description = "Those per 100 slots; null without slots", nullable = true) Double substantiatedComplaintsPerHundredSlots,
        @Schema(description = "Complaints resolved in the year that the parent rated") long complaintRatings,
        @Schema(description = "Satisfaction: the mean rating (1-5) of those complaints; null without ratings", nullable = true) Double satisfaction,
        @Schema(description = "Serious incidents: penalties of the gravest kinds (permit revoked, suspension or closure, barring from the trade, detention) decided in the year") long seriousIncidents) {
}
