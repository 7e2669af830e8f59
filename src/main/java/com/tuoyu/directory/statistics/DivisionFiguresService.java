package com.tuoyu.directory.statistics;

import com.tuoyu.directory.disclosure.CapacityRepository;
import com.tuoyu.directory.supervision.RiskService;

import com.tuoyu.directory.complaint.ComplaintService;
import com.tuoyu.directory.statistics.dto.NurseryFigures;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Counts over the listed nurseries of a division, for the public statistics. */
@ApplicationScoped
public class DivisionFiguresService {

    private final RiskService risk;
    private final CapacityRepository capacities;
    private final ComplaintService complaints;
    private final Clock clock;

    public DivisionFiguresService(RiskService risk, CapacityRepository capacities, ComplaintService complaints,
                                  Clock clock) {
        this.risk = risk;
        this.capacities = capacities;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** Figures of the nurseries listed in a division and the divisions inside it. */
    @WithSession
    public Uni<NurseryFigures> figures(String division) {
        LocalDate since = LocalDate.now(clock).minusMonths(12);
        return risk.listedIn(division).chain(listed -> {
            if (listed.isEmpty()) {
                return Uni.createFrom().item(new NurseryFigures(0, 0, 0, 0, 0, 0));
            }
            List<UUID> ids = listed.stream().map(ListedNursery::id).toList();
            Set<UUID> inclusive = listed.stream().filter(ListedNursery::inclusive).map(ListedNursery::id)
                    .collect(Collectors.toSet());
            return capacities.list("nurseryId in ?1", ids).chain(rows -> Multi.createFrom().iterable(ids)
                    .onItem().transformToUniAndConcatenate(id -> complaints.substantiatedOutcomes(id, since)
                            .map(List::size))
                    .collect().asList()
                    .map(counts -> new NurseryFigures(listed.size(), inclusive.size(),
                            rows.stream().mapToLong(c -> c.slots).sum(),
                            rows.stream().filter(c -> inclusive.contains(c.nurseryId)).mapToLong(c -> c.slots).sum(),
                            rows.stream().mapToLong(c -> c.enrolled).sum(),
                            counts.stream().mapToLong(Integer::longValue).sum())));
        });
    }
}
