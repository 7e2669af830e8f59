package com.tuoyu.directory.complaint;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Duration;
import java.util.UUID;

/**
 * Moves a whole complaint, its deadlines and its history back in time. Only the local run's demo data uses it, so
 * that a demo queue shows complaints filed days ago, some overdue, without waiting days for them.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class ComplaintBackdating {

    private final ComplaintRepository complaints;

    @WithTransaction
    public Uni<Void> backdate(UUID id, Duration by) {
        long seconds = by.toSeconds();
        return complaints.getSession().chain(session -> session.createNativeQuery("""
                        update complaint set submitted_at = submitted_at - (:by * interval '1 second'),
                            accept_due_at = accept_due_at - (:by * interval '1 second'),
                            resolve_due_at = resolve_due_at - (:by * interval '1 second'), due_at = due_at - (:by * interval '1 second'),
                            accepted_at = accepted_at - (:by * interval '1 second'), resolved_at = resolved_at - (:by * interval '1 second'),
                            updated_at = updated_at - (:by * interval '1 second'),
                            new_information_at = new_information_at - (:by * interval '1 second')
                        where id = :id""").setParameter("by", seconds).setParameter("id", id).executeUpdate()
                .chain(() -> session.createNativeQuery("update complaint_event set occurred_at = occurred_at - "
                        + "(:by * interval '1 second') where complaint_id = :id").setParameter("by", seconds)
                        .setParameter("id", id).executeUpdate()))
                .replaceWithVoid();
    }
}
