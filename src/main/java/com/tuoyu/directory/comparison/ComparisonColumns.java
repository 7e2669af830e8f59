package com.tuoyu.directory.comparison;

import com.tuoyu.directory.comparison.dto.ComparedCareType;
import com.tuoyu.directory.comparison.dto.ComparedNursery;
import com.tuoyu.directory.comparison.dto.ComparedVacancies;
import com.tuoyu.directory.disclosure.dto.PublicCapacityGroup;
import com.tuoyu.directory.disclosure.dto.PublicCarerRatio;
import com.tuoyu.directory.fees.FeeUnit;
import com.tuoyu.directory.fees.dto.PublicFee;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nurserypage.dto.PublicNurseryDetail;
import com.tuoyu.directory.platform.geo.GeoPoint;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.subsidy.dto.PublicClassCost;
import com.tuoyu.directory.supervision.dto.PublicInspection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One nursery's column of the comparison, read off its public page for the child's age. */
final class ComparisonColumns {

    /** Walking as search cards estimate it: the straight line lengthened by 30% for streets, at 80 m a minute. */
    static final double DETOUR_FACTOR = 1.3;
    static final double WALKING_METRES_PER_MINUTE = 80;

    private ComparisonColumns() {
    }

    /** What a column is made of: the nursery's page, its exact WGS-84 point and its complaint count. */
    record Source(PublicNurseryDetail page, GeoPoint point, int substantiatedComplaints) {
    }

    /** The care types any of the nurseries offers or prices, in the enum's fixed order. */
    static List<CareType> careTypes(List<Source> sources) {
        Set<CareType> all = EnumSet.noneOf(CareType.class);
        for (Source s : sources) {
            s.page().services().careTypes().forEach(t -> all.add(CareType.valueOf(t.code())));
            s.page().fees().current().forEach(f -> all.add(CareType.valueOf(f.careType().code())));
        }
        return List.copyOf(all);
    }

    static ComparedNursery column(Source source, List<CareType> careTypes, int ageMonths, GeoPoint from, LocalDate today) {
        PublicNurseryDetail page = source.page();
        Set<AgeGroup> groups = AgeGroup.forChildAgedMonths(ageMonths);
        List<ComparedCareType> costs = careTypes.stream().map(c -> careType(page, c, groups)).toList();
        List<PublicCarerRatio> ratios = page.staff() == null ? List.of() : page.staff().ratios().stream()
                .filter(r -> groups.contains(AgeGroup.valueOf(r.ageGroup().code()))).toList();
        LocalDate since = today.minusMonths(24);
        int penalties = (int) page.supervision().penalties().stream().filter(p -> !p.decidedOn().isBefore(since)).count();
        PublicInspection latest = page.supervision().inspections().isEmpty() ? null : page.supervision().inspections().get(0);
        Integer metres = null;
        Integer walking = null;
        if (from != null) {
            double exact = from.metresTo(source.point());
            metres = (int) Math.round(exact);
            walking = (int) Math.ceil(exact * DETOUR_FACTOR / WALKING_METRES_PER_MINUTE);
        }
        return new ComparedNursery(page.id(), page.name(), page.inclusive(), page.location().address(), costs,
                page.fees().oneOff(), vacancies(page, groups), page.openingHours(), ratios,
                page.staff() != null && page.staff().ratiosMeetStandard(), latest,
                page.supervision().latestQualityAssessment(), penalties, source.substantiatedComplaints(), metres, walking,
                page.costEstimate());
    }

    /** The class the age joins for the care type: the cheaper one when two do (a mixed class from 18 months). */
    private static ComparedCareType careType(PublicNurseryDetail page, CareType careType, Set<AgeGroup> groups) {
        PublicTerm term = careType.term();
        boolean offered = page.services().careTypes().stream().anyMatch(t -> t.code().equals(careType.name()));
        PublicFee fee = page.fees().current().stream()
                .filter(f -> f.careType().code().equals(careType.name())
                        && groups.contains(AgeGroup.valueOf(f.ageGroup().code())))
                .min(Comparator.comparingInt(PublicFee::amountYuan)
                        .thenComparing(f -> AgeGroup.valueOf(f.ageGroup().code())))
                .orElse(null);
        if (fee == null) {
            return new ComparedCareType(term, offered, null, null, null, null, null, null);
        }
        PublicClassCost cost = fee.unit() != FeeUnit.MONTH ? null : page.costEstimate().classes().stream()
                .filter(c -> c.careType().code().equals(careType.name()) && c.ageGroup().code().equals(fee.ageGroup().code()))
                .findFirst().orElse(null);
        return new ComparedCareType(term, offered, fee.ageGroup(), fee.amountYuan(), fee.unit().name(), fee.mealFeeYuan(),
                cost == null ? null : cost.subsidiesMonthlyYuan(), cost == null ? null : cost.estimatedMonthlyCostYuan());
    }

    /** Free places of the classes the age joins; unknown when any of their figures has lapsed (30 days). */
    private static ComparedVacancies vacancies(PublicNurseryDetail page, Set<AgeGroup> groups) {
        List<PublicCapacityGroup> joinable = page.capacity() == null ? List.of() : page.capacity().groups().stream()
                .filter(g -> groups.contains(AgeGroup.valueOf(g.ageGroup().code()))).toList();
        if (joinable.isEmpty()) {
            return new ComparedVacancies(false, null, null, false);
        }
        boolean known = joinable.stream().allMatch(PublicCapacityGroup::vacanciesKnown);
        LocalDate asOf = joinable.stream().map(PublicCapacityGroup::asOf).min(Comparator.naturalOrder()).orElse(null);
        Integer count = known ? joinable.stream().mapToInt(PublicCapacityGroup::vacancies).sum() : null;
        return new ComparedVacancies(known, count, asOf, true);
    }
}
