package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.disclosure.QualityGrade;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The few disclosed facts a search result card and the search filters need, as of one day. */
public record DisclosureSummary(UUID nurseryId, List<Group> groups, List<FeeInForce> fees, QualityGrade latestGrade) {

    public record Group(AgeGroup ageGroup, int slots, int enrolled, LocalDate asOf) {
    }

    /** {@code mealFeeYuan}: the monthly meal fee on top, null when none is charged. */
    public record FeeInForce(CareType careType, AgeGroup ageGroup, int amountYuan, Integer mealFeeYuan, LocalDate effectiveFrom) {
    }
}
