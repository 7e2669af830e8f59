package com.tuoyu.directory.complaint;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class ComplaintContactAccessRepository implements PanacheRepositoryBase<ComplaintContactAccess, UUID> {

    /** Whether a supervisor's re-opening of the complaint's contact is in force now. */
    public Uni<Boolean> openAt(UUID complaintId, Instant now) {
        return count("complaintId = ?1 and expiresAt > ?2", complaintId, now).map(n -> n > 0);
    }
}
