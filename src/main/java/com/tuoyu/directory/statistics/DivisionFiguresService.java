package com.tuoyu.directory.statistics;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.DisclosureService;
import com.tuoyu.directory.disclosure.dto.SlotCount;
import com.tuoyu.directory.nursery.NurseriesInScope;
import com.tuoyu.directory.nursery.dto.ListedSummary;
import com.tuoyu.directory.statistics.dto.NurseryFigures;
import com.tuoyu.directory.supervision.SubstantiatedComplaints;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Counts over the listed nurseries of a division, for the public statistics: three statements whatever the division's
 * size (the listed nurseries' ids, counties and marks; their slots; their substantiated complaints), summed here.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DivisionFiguresService {

    private final NurseriesInScope nurseries;
    private final DisclosureService disclosures;
    private final SubstantiatedComplaints complaints;
    private final Clock clock;

    /**
     * Figures of the nurseries listed in a division and the divisions inside it; {@code residentCounties}, the
     * counties whose residents are known, picks the slots a ratio per resident may count.
     */
    @WithSession
    public Uni<NurseryFigures> figures(String division, Set<String> residentCounties) {
        LocalDate since = LocalDate.now(clock).minusMonths(12);
        return nurseries.summariesIn(division).chain(listed -> {
            if (listed.isEmpty()) {
                return Uni.createFrom().item(new NurseryFigures(0, 0, 0, 0, 0, 0, 0));
            }
            List<UUID> ids = listed.stream().map(ListedSummary::id).toList();
            return disclosures.slotCounts(ids).chain(slots -> complaints.counts(ids, since).map(counts -> {
                long total = 0;
                long inclusiveSlots = 0;
                long enrolled = 0;
                long slotsInResidentCounties = 0;
                int inclusive = 0;
                for (ListedSummary n : listed) {
                    SlotCount count = slots.getOrDefault(n.id(), SlotCount.NONE);
                    total += count.slots();
                    enrolled += count.enrolled();
                    if (residentCounties.contains(n.divisionCode())) {
                        slotsInResidentCounties += count.slots();
                    }
                    if (n.inclusive()) {
                        inclusive++;
                        inclusiveSlots += count.slots();
                    }
                }
                long substantiated = counts.values().stream().mapToLong(Integer::longValue).sum();
                return new NurseryFigures(listed.size(), inclusive, total, inclusiveSlots, enrolled, substantiated,
                        slotsInResidentCounties);
            }));
        });
    }
}
