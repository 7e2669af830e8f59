package com.tuoyu.directory.search;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.OperatingModel;

import java.time.LocalDate;

/**
 * A search's filters evaluated on cached {@link NearbyEntry}s, so that one tile set serves every filter combination
 * and a new combination never goes to Elasticsearch. Each test mirrors a clause of {@link SearchQueries#filters},
 * including how a missing field behaves there (a term or range query never matches a field the document lacks).
 */
final class NearbyFilter {

    private final boolean matchesNothing;
    private final int careTypeBit;
    /** The class types of the child's age band: an entry must run at least one (the index's {@code ageBands}). */
    private final int bandGroups;
    private final Boolean inclusive;
    /** The care type whose fee is filtered (the criteria require one with a fee range), or null. */
    private final CareType feeCareType;
    private final String bandKey;
    private final Integer feeMin;
    private final Integer feeMax;
    private final Boolean vacancy;
    private final LocalDate vacancyFreshFrom;
    private final int operatingModels;
    private final Boolean meals;
    private final int openDayBit;
    private final int openMinute;
    private final String division;
    private final boolean includeMeals;
    private final Boolean ratiosMeetStandard;
    private final Boolean noRecentPenalty;
    private final LocalDate recentPenaltyFrom;
    /** The first day an inspection must be on or after, or null. */
    private final LocalDate inspectedFrom;

    NearbyFilter(SearchCriteria c, LocalDate today) {
        this.matchesNothing = c.admitsNoChild();
        this.careTypeBit = c.careType() == null ? 0 : 1 << c.careType().ordinal();
        int groups = 0;
        if (c.band() != null) {
            for (AgeGroup group : c.band().groups()) {
                groups |= 1 << group.ordinal();
            }
        }
        this.bandGroups = groups;
        this.inclusive = c.inclusive();
        this.feeCareType = c.feeMin() != null || c.feeMax() != null ? c.careType() : null;
        this.bandKey = c.bandKey();
        this.feeMin = c.feeMin();
        this.feeMax = c.feeMax();
        this.vacancy = c.vacancy();
        this.vacancyFreshFrom = today.minusDays(SearchQueries.VACANCY_FRESH_DAYS);
        int models = 0;
        for (OperatingModel model : c.operatingModels()) {
            models |= 1 << model.ordinal();
        }
        this.operatingModels = models;
        this.meals = c.meals();
        this.openDayBit = c.openAt() == null ? 0 : NearbyEntry.dayBit(c.openAt().getDayOfWeek());
        this.openMinute = c.openAt() == null ? 0 : c.openAt().getHour() * 60 + c.openAt().getMinute();
        this.division = c.division();
        this.includeMeals = c.includeMeals();
        this.ratiosMeetStandard = c.ratiosMeetStandard();
        this.noRecentPenalty = c.noRecentPenalty();
        this.recentPenaltyFrom = SearchQueries.recentPenaltyFrom(today);
        this.inspectedFrom = c.inspectedWithinMonths() == null ? null : today.minusMonths(c.inspectedWithinMonths());
    }

    boolean test(NearbyEntry e) {
        if (matchesNothing) {
            return false;
        }
        if (careTypeBit != 0 && (e.careTypes() & careTypeBit) == 0) {
            return false;
        }
        if (bandGroups != 0 && (e.ageGroups() & bandGroups) == 0) {
            return false;
        }
        if (inclusive != null && !inclusive.equals(e.inclusive())) {
            return false;
        }
        if (feeCareType != null && !feeInRange(e)) {
            return false;
        }
        if (vacancy != null && vacancy != freshVacancy(e)) {
            return false;
        }
        if (operatingModels != 0 && (e.operatingModel() == null || (operatingModels & (1 << e.operatingModel().ordinal())) == 0)) {
            return false;
        }
        if (meals != null && !meals.equals(e.mealsProvided())) {
            return false;
        }
        if (openDayBit != 0 && ((e.openDays() & openDayBit) == 0 || e.opensAtMinute() == NearbyEntry.NO_MINUTE
                || e.opensAtMinute() > openMinute || e.closesAtMinute() == NearbyEntry.NO_MINUTE
                || e.closesAtMinute() <= openMinute)) {
            return false;
        }
        if (ratiosMeetStandard != null && !ratiosMeetStandard.equals(e.ratiosMeetStandard())) {
            return false;
        }
        if (noRecentPenalty != null && noRecentPenalty == recentPenalty(e)) {
            return false;
        }
        if (inspectedFrom != null && (e.lastInspectedOn() == null || e.lastInspectedOn().isBefore(inspectedFrom))) {
            return false;
        }
        return division == null || e.divisionCode() != null && NurseryProjector.divisionPath(e.divisionCode()).contains(division);
    }

    /** A penalty on or after the cut-off day, as the range query on {@code lastPenaltyOn} (no date: none). */
    private boolean recentPenalty(NearbyEntry e) {
        return e.lastPenaltyOn() != null && !e.lastPenaltyOn().isBefore(recentPenaltyFrom);
    }

    private boolean feeInRange(NearbyEntry e) {
        int fee = e.fee(feeCareType, bandKey, includeMeals);
        return fee != NearbyEntry.NO_FEE && (feeMin == null || fee >= feeMin) && (feeMax == null || fee <= feeMax);
    }

    /** A free place in the band reported on or after the cut-off day, as {@link SearchQueries#freshVacancy}. */
    private boolean freshVacancy(NearbyEntry e) {
        return e.hasVacancyIn(bandKey) && e.vacancyAsOf() != null && !e.vacancyAsOf().isBefore(vacancyFreshFrom);
    }
}
