package com.tuoyu.directory.complaint;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    // A new complaint and its key's completion are written by ComplaintSubmissions, in SQL.

    /**
     * Reserves an Idempotency-Key for a parent; answers false when the parent already used it. The row commits
     * on its own, so a second request with the same key sees it while the first is still in flight.
     */
    public Uni<Boolean> reserveKey(String parentId, String key, String requestHash, Instant now) {
        return getSession().chain(session -> session.createNativeQuery(
                        "insert into idempotency_record (parent_id, key, request_hash, created_at) values (?1, ?2, ?3, ?4) "
                                + "on conflict (parent_id, key) do nothing")
                .setParameter(1, parentId).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate()).map(inserted -> inserted == 1);
    }

    /** The stored key: [request hash, complaint id or null, created at]. */
    public Uni<Object[]> findKey(String parentId, String key) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select request_hash, complaint_id, created_at from idempotency_record where parent_id = ?1 and key = ?2",
                        Object[].class)
                .setParameter(1, parentId).setParameter(2, key).getSingleResultOrNull());
    }

    /** Frees a key whose request failed, or that was abandoned mid-flight, so the parent can retry. */
    public Uni<Integer> releaseKey(String parentId, String key) {
        return getSession().chain(session -> session.createNativeQuery(
                        "delete from idempotency_record where parent_id = ?1 and key = ?2 and complaint_id is null")
                .setParameter(1, parentId).setParameter(2, key).executeUpdate());
    }
}
