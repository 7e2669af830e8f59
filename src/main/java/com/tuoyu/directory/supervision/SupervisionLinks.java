package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Read-only look-ups other features use to link to supervision records (a substantiated complaint names the
 * inspection or penalty it led to): which nursery a record belongs to, or null when there is no such record.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class SupervisionLinks {

    private final InspectionRepository inspections;
    private final PenaltyRepository penalties;

    /** The nursery the inspection belongs to, or null when there is no inspection with this id. */
    @WithSession
    public Uni<UUID> nurseryOfInspection(UUID inspectionId) {
        return inspections.findById(inspectionId).map(inspection -> inspection == null ? null : inspection.nurseryId);
    }

    /** The nursery the penalty was imposed on, or null when there is no penalty with this id. */
    @WithSession
    public Uni<UUID> nurseryOfPenalty(UUID penaltyId) {
        return penalties.findById(penaltyId).map(penalty -> penalty == null ? null : penalty.nurseryId);
    }
}
