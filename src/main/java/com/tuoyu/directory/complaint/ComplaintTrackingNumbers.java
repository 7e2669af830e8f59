package com.tuoyu.directory.complaint;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Complaints' tracking numbers by id: how other features (the audit log) name a complaint to staff. */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintTrackingNumbers {

    private final ComplaintRepository complaints;

    @WithSession
    public Uni<Map<UUID, String>> of(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return complaints.getSession().chain(session -> session.createSelectionQuery(
                        "select id, trackingNumber from Complaint where id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids)).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1])));
    }

    /** The id of the complaint with this tracking number, or null. */
    @WithSession
    public Uni<UUID> idOf(String trackingNumber) {
        return complaints.find("trackingNumber", trackingNumber).firstResult().map(c -> c == null ? null : c.id);
    }
}
