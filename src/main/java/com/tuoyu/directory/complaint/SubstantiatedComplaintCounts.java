package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.supervision.SubstantiatedComplaints;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Substantiated complaints counted per nursery in one grouped query (the same rule as the public outcomes). */
@ApplicationScoped
public class SubstantiatedComplaintCounts implements SubstantiatedComplaints {

    private final ComplaintRepository complaints;

    public SubstantiatedComplaintCounts(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    @WithSession
    public Uni<Map<UUID, Integer>> counts(Collection<UUID> nurseryIds, LocalDate since) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Instant from = since.atStartOfDay(WorkingDayCalendar.CHINA).toInstant();
        return complaints.getSession().chain(session -> session.createSelectionQuery(
                        "select c.nurseryId, count(c) from Complaint c where c.nurseryId in ?1 and c.status = ?2 "
                                + "and c.finding in ?3 and c.resolvedAt >= ?4 group by c.nurseryId", Object[].class)
                .setParameter(1, nurseryIds).setParameter(2, ComplaintStatus.RESOLVED)
                .setParameter(3, List.of(Finding.SUBSTANTIATED, Finding.PARTLY_SUBSTANTIATED))
                .setParameter(4, from)
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (UUID) row[0],
                        row -> ((Number) row[1]).intValue())));
    }
}
