package com.tuoyu.directory.statistics.dto;

import com.tuoyu.directory.division.DivisionLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The figures supervisors are judged on, for one division; a city or province adds up its counties. Shares and
 * rates are fractions (0.25 = 25%), rounded to 4 decimals; a ratio whose denominator is zero or unknown is null.
 * Residents are known for some counties only: {@code residentsCoverage} says for how many, and the ratios per
 * resident count those counties only ({@code wholeArea} false when that is not the whole division).
 */
@Schema(name = "DivisionStatistics")
public record PublicDivisionStatistics(
        @Schema(example = "360102") String code,
        @Schema(example = "东湖区") String name,
        DivisionLevel level,
        @Schema(example = "2026-11-22") LocalDate asOf,
        @Schema(description = "County-level divisions added up (all of them inside the division)") int counties,
        @Schema(description = "Residents of the counties whose residents are known (residentsCoverage)") long residents,
        ResidentsCoverage residentsCoverage,
        @Schema(description = "Whether residents are known for every county inside, so the ratios per resident cover the whole division") boolean wholeArea,
        @Schema(description = "Where the residents come from") String residentsSource,
        @Schema(description = "The county-level divisions inside whose residents are not known, each with the reason") java.util.List<CountyWithoutResidents> countiesWithoutResidents,
        @Schema(description = "Children under three living there; null when not known", nullable = true) Long childrenUnderThree,
        @Schema(description = "Whether childrenUnderThree (and so childEnrolmentRate) is an estimate; null when not known", nullable = true) Boolean childrenUnderThreeEstimated,
        @Schema(description = "Nurseries whose filing is in force (listed)") int filedNurseries,
        @Schema(description = "Listed nurseries that are inclusive (普惠)") int inclusiveNurseries,
        @Schema(description = "Licensed places (托位) of the listed nurseries") long slots,
        @Schema(description = "Places at inclusive listed nurseries") long inclusiveSlots,
        @Schema(description = "Children enrolled at the listed nurseries") long enrolled,
        @Schema(description = "每千人口托位数 over the counties whose residents are known only (their slots / their residents); null without residents", nullable = true) Double slotsPerThousandResidents,
        @Schema(description = "The target for slots per 1,000 residents", example = "4.5") double slotsPerThousandResidentsTarget,
        @Schema(description = "Whether the target is met by slotsPerThousandResidents (the covered counties); null without residents", nullable = true) Boolean targetMet,
        @Schema(description = "Inclusive share of listed nurseries; null without nurseries", nullable = true) Double inclusiveShareOfNurseries,
        @Schema(description = "Inclusive share of slots; null without slots", nullable = true) Double inclusiveShareOfSlots,
        @Schema(description = "Deprecated: the same value as occupancy (children enrolled per slot), which it was misnamed for; use occupancy", nullable = true, deprecated = true) Double enrolmentRate,
        @Schema(description = "Occupancy (托位使用率): children enrolled per slot; null without slots", nullable = true) Double occupancy,
        @Schema(description = "入托率: children in care (enrolled) per child under three; null when children under three are not known for the whole division", nullable = true) Double childEnrolmentRate,
        @Schema(description = "Slots per 100 children under three; null when unknown", nullable = true) Double slotsPerHundredChildrenUnderThree,
        @Schema(description = "Complaints found substantiated (fully or partly) in the last 12 months") long substantiatedComplaintsLast12Months,
        @Schema(description = "Those complaints per 100 slots; null without slots", nullable = true) Double substantiatedComplaintsPerHundredSlots) {

    /** A county-level division whose residents are not known, and why. */
    @Schema(name = "CountyWithoutResidents")
    public record CountyWithoutResidents(
            @Schema(example = "360123") String code,
            @Schema(example = "安义县") String name,
            @Schema(description = "NO_SOURCE: no data source the service ships has this county's residents (the 2020 census county figures are in no data package found; see the service's reference README)") Reason reason) {
    }

    /** Why a county's residents are not known. */
    public enum Reason { NO_SOURCE }

    /** The counties whose residents are known, out of the county-level divisions inside the division. */
    @Schema(name = "ResidentsCoverage")
    public record ResidentsCoverage(
            @Schema(description = "County-level divisions whose residents are known", example = "7") int countiesWithResidents,
            @Schema(description = "All county-level divisions inside the division", example = "9") int counties,
            @Schema(description = "Slots of the listed nurseries in the counties whose residents are known: the numerator of slotsPerThousandResidents", example = "1180") long slots) {
    }
}
