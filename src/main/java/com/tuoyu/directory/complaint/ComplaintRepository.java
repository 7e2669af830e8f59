package com.tuoyu.directory.complaint;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ComplaintRepository implements PanacheRepositoryBase<Complaint, UUID> {

    // A new complaint and its key's completion are written by ComplaintSubmissions, in SQL.

    /**
     * What counts as a substantiated complaint in a nursery's public disclosure, its timeline and its risk: resolved
     * since {@code :from} with a finding that holds, wholly or in part. A reopened complaint has no finding until it
     * is resolved again.
     */
    private static final String SUBSTANTIATED = "status = :resolved and finding in :findings and resolvedAt >= :from";
    private static final List<Finding> HOLDING = Arrays.stream(Finding.values()).filter(Finding::substantiated).toList();

    /** The substantiated complaints about a nursery resolved since {@code from}, the latest first. */
    public Uni<List<Complaint>> substantiated(UUID nurseryId, Instant from) {
        return list("nurseryId = :nursery and " + SUBSTANTIATED + " order by resolvedAt desc",
                Parameters.with("nursery", nurseryId).and("resolved", ComplaintStatus.RESOLVED).and("findings", HOLDING)
                        .and("from", from));
    }

    /** The number of substantiated complaints per nursery resolved since {@code from}, in one query; none: absent. */
    public Uni<Map<UUID, Integer>> substantiatedCounts(Collection<UUID> nurseryIds, Instant from) {
        // One array parameter, not an IN list: the public figures ask for a province's thousands of nurseries at once.
        return getSession().chain(session -> session.createNativeQuery("""
                        select cast(nursery_id as text), count(*) from complaint
                        where nursery_id = any(cast(cast(?1 as text[]) as uuid[])) and status = ?2
                          and finding = any(cast(?3 as text[])) and resolved_at >= ?4
                        group by nursery_id
                        """, Object[].class)
                        .setParameter(1, nurseryIds.stream().map(UUID::toString).toArray(String[]::new))
                        .setParameter(2, ComplaintStatus.RESOLVED.name())
                        .setParameter(3, HOLDING.stream().map(Enum::name).toArray(String[]::new))
                        .setParameter(4, from)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, Integer> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.put(UUID.fromString((String) row[0]), ((Number) row[1]).intValue());
                    }
                    return counts;
                });
    }

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
