package com.tuoyu.directory.search;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.DisclosureSummary;
import com.tuoyu.directory.fees.FeeService;
import com.tuoyu.directory.supervision.SupervisionService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The few disclosed facts a search document needs, for many nurseries at once: one query per feature. */
@ApplicationScoped
@RequiredArgsConstructor
public class DisclosureSummaries {

    private final DisclosureService disclosures;
    private final FeeService fees;
    private final SupervisionService supervision;

    /** One summary per nursery asked for, with the fees in force on {@code day}. */
    @WithSession
    public Uni<Map<UUID, NurseryFacts>> summaries(Collection<UUID> nurseryIds, LocalDate day) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return disclosures.capacityGroups(nurseryIds)
                .chain(groups -> fees.feesInForce(nurseryIds, day)
                        .chain(inForce -> supervision.latestGrades(nurseryIds)
                                .chain(grades -> disclosures.sectionRisks(nurseryIds, day)
                                        .chain(risks -> supervision.summaries(nurseryIds)
                                                .map(records -> nurseryIds.stream().distinct().collect(Collectors.toMap(
                                                        Function.identity(), id -> new NurseryFacts(
                                                                new DisclosureSummary(id, groups.getOrDefault(id, List.of()),
                                                                        inForce.getOrDefault(id, List.of()), grades.get(id)),
                                                                risks.get(id) == null ? 0 : risks.get(id).ratioBreaches(),
                                                                records.get(id)))))))));
    }
}
