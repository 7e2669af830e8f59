package com.tuoyu.directory.supervision;

import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.text.JsonText;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Records a random inspection draw made on an earlier day (the demo data's past draws; a register's history): the
 * same row as {@link InspectionDrawService#draw} writes, with its day, seed, candidates, roster and the picks
 * {@link WeightedDraw} computes from them, so verification recomputes it like any other draw. The visits that publish
 * it are recorded as inspections by whoever imports it.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class PastDraws {

    /** A nursery that could be drawn, with its name then and its weight. */
    public record Candidate(UUID nurseryId, String name, double weight) {
    }

    private final InspectionDrawRepository draws;
    private final InspectorRosterService roster;
    private final JsonText json;

    /** Stores the draw and answers its picks' nursery ids, in pick order. */
    @WithTransaction
    public Uni<List<UUID>> record(String drawnBy, String division, LocalDate drawnOn, long seed, int count,
                                  int inspectorsPerNursery, List<Candidate> candidates) {
        List<InspectionDrawService.StoredCandidate> stored = candidates.stream()
                .sorted(Comparator.comparing(c -> c.nurseryId().toString()))
                .map(c -> new InspectionDrawService.StoredCandidate(c.nurseryId(), c.name(), c.weight())).toList();
        return roster.eligible(division).chain(inspectors -> {
            if (inspectors.size() < inspectorsPerNursery) {
                return Uni.createFrom().failure(new IllegalStateException("The roster for " + division + " has "
                        + inspectors.size() + " active inspectors; " + inspectorsPerNursery + " are needed"));
            }
            List<UUID> rosterIds = inspectors.stream().map(i -> i.id).toList();
            List<InspectionDrawService.StoredPick> picks = InspectionDrawService.compute(seed, stored, count, rosterIds,
                    inspectorsPerNursery);
            InspectionDraw row = new InspectionDraw();
            row.id = UUID.randomUUID();
            row.divisionCode = division;
            row.drawnAt = drawnOn.atTime(9, 0).atZone(WorkingDayCalendar.CHINA).toInstant();
            row.drawnOn = drawnOn;
            row.drawnBy = drawnBy;
            row.seed = seed;
            row.requestedCount = count;
            row.inspectorsPerNursery = inspectorsPerNursery;
            row.candidates = json.write(stored);
            row.roster = json.write(rosterIds);
            row.picks = json.write(picks);
            return draws.persist(row).replaceWith(picks.stream().map(InspectionDrawService.StoredPick::nurseryId).toList());
        });
    }
}
