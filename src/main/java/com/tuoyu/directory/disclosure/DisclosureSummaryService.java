package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.fees.Fee;
import com.tuoyu.directory.fees.FeeRepository;
import com.tuoyu.directory.supervision.QualityAssessment;
import com.tuoyu.directory.supervision.QualityAssessmentRepository;

import com.tuoyu.directory.disclosure.dto.DisclosureSummary;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Summaries of many nurseries' disclosures at once, for projections such as the search index. */
@ApplicationScoped
public class DisclosureSummaryService {

    private final CapacityRepository capacities;
    private final FeeRepository fees;
    private final QualityAssessmentRepository assessments;

    public DisclosureSummaryService(CapacityRepository capacities, FeeRepository fees,
                                    QualityAssessmentRepository assessments) {
        this.capacities = capacities;
        this.fees = fees;
        this.assessments = assessments;
    }

    /** One summary per nursery asked for, with the fees in force on {@code day}. */
    @WithSession
    public Uni<Map<UUID, DisclosureSummary>> summaries(Collection<UUID> nurseryIds, LocalDate day) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return capacities.list("nurseryId in ?1", nurseryIds)
                .chain(capacityRows -> fees.list("nurseryId in ?1 and effectiveFrom <= ?2", nurseryIds, day)
                        .chain(feeRows -> assessments.list("nurseryId in ?1", nurseryIds)
                                .map(assessmentRows -> assemble(nurseryIds, capacityRows, feeRows, assessmentRows))));
    }

    /** Nurseries with a fee that takes effect within [from, to]: what they show changes on that day. */
    @WithSession
    public Uni<List<UUID>> nurseriesWithFeesTakingEffect(LocalDate from, LocalDate to) {
        return fees.getSession().chain(session -> session.createSelectionQuery(
                        "select distinct f.nurseryId from Fee f where f.effectiveFrom between ?1 and ?2", UUID.class)
                .setParameter(1, from).setParameter(2, to).getResultList());
    }

    private static Map<UUID, DisclosureSummary> assemble(Collection<UUID> ids, List<Capacity> capacityRows,
                                                         List<Fee> feeRows, List<QualityAssessment> assessmentRows) {
        Map<UUID, List<Capacity>> capacityBy = capacityRows.stream().collect(Collectors.groupingBy(c -> c.nurseryId));
        Map<UUID, List<Fee>> feesBy = feeRows.stream().collect(Collectors.groupingBy(f -> f.nurseryId));
        Map<UUID, QualityAssessment> latestBy = assessmentRows.stream().collect(Collectors.toMap(a -> a.nurseryId,
                Function.identity(), (a, b) -> a.assessedOn.isAfter(b.assessedOn) ? a : b));
        return ids.stream().collect(Collectors.toMap(Function.identity(), id -> {
            List<DisclosureSummary.Group> groups = capacityBy.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(c -> c.ageGroup))
                    .map(c -> new DisclosureSummary.Group(c.ageGroup, c.slots, c.enrolled, c.asOf)).toList();
            // The fee in force is the latest one that has started, per care type and group.
            List<DisclosureSummary.FeeInForce> inForce = feesBy.getOrDefault(id, List.of()).stream()
                    .collect(Collectors.toMap(f -> f.careType + ":" + f.ageGroup, Function.identity(),
                            (a, b) -> a.effectiveFrom.isAfter(b.effectiveFrom) ? a : b))
                    .values().stream()
                    .sorted(Comparator.comparing((Fee f) -> f.careType).thenComparing(f -> f.ageGroup))
                    .map(f -> new DisclosureSummary.FeeInForce(f.careType, f.ageGroup, f.amountYuan, f.effectiveFrom))
                    .toList();
            QualityAssessment latest = latestBy.get(id);
            return new DisclosureSummary(id, groups, inForce, latest == null ? null : latest.grade);
        }));
    }
}
