package com.tuoyu.directory.platform.audit;

import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The read side of the audit trail: entries in a reader's districts, newest first. Read only: there is no method
 * here (nor anywhere) that changes or removes an entry, and the table's trigger refuses both (V4).
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditTrail {

    /** How many distinct people the person filter offers at most. */
    static final int PEOPLE_LIMIT = 500;

    private final AuditRepository entries;

    /** What to read; null fields do not filter. {@code from} inclusive, {@code to} exclusive. */
    public record Filter(String actorId, String complaintId, UUID nurseryId, Instant from, Instant to, int page, int size) {
    }

    /** One entry as readers get it (never the entity). */
    public record Line(long id, Instant occurredAt, String actorRole, String actorId, String action, String subjectType,
                       String subjectId, String beforeState, String afterState, String reason, String divisionCode,
                       UUID nurseryId) {
    }

    public record Lines(List<Line> items, long total) {
    }

    /**
     * Entries about divisions within the reader's districts, plus those about no division (they concern everyone);
     * a reader without districts gets none.
     */
    @WithSession
    public Uni<Lines> page(List<String> districts, Filter filter) {
        if (districts.isEmpty()) {
            return Uni.createFrom().item(new Lines(List.of(), 0));
        }
        Parameters parameters = new Parameters();
        String where = scope(districts, parameters) + filters(filter, parameters);
        return entries.count(where, parameters).chain(total -> entries
                .find(where, Sort.descending("occurredAt", "id"), parameters)
                .page(Page.of(filter.page(), filter.size())).list()
                .map(list -> new Lines(list.stream().map(AuditTrail::line).toList(), total)));
    }

    /** How many entries of this action one person wrote since a moment (inside the caller's session). */
    public Uni<Long> countSince(String actorId, String action, Instant since) {
        return entries.count("actorId = ?1 and action = ?2 and occurredAt >= ?3", actorId, action, since);
    }

    /**
     * As {@link #countSince}, exact under concurrency: takes a transaction lock per person and action first, so that
     * of several such transactions each counts after the previous one committed (a count that crosses a threshold is
     * seen by exactly one). Call after writing the entry, inside the caller's transaction.
     */
    public Uni<Long> countSinceInTurn(String actorId, String action, Instant since) {
        return entries.getSession().chain(session -> session
                        .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                        .setParameter("key", "audit-count:" + action + ":" + actorId)
                        .getSingleResult())
                .chain(() -> countSince(actorId, action, since));
    }

    /** The people who appear in the reader's part of the log, for the person filter. */
    @WithSession
    public Uni<List<String>> actors(List<String> districts) {
        if (districts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Parameters parameters = new Parameters();
        String where = scope(districts, parameters);
        return entries.getSession().chain(session -> {
            var query = session.createSelectionQuery("select distinct actorId from AuditEntry where " + where, String.class)
                    .setMaxResults(PEOPLE_LIMIT);
            parameters.map().forEach(query::setParameter);
            return query.getResultList();
        });
    }

    private static String scope(List<String> districts, Parameters parameters) {
        StringBuilder query = new StringBuilder("(divisionCode is null");
        for (int i = 0; i < districts.size(); i++) {
            query.append(" or divisionCode like :scope").append(i);
            parameters.and("scope" + i, Caller.codePrefix(districts.get(i)) + "%");
        }
        return query.append(")").toString();
    }

    private static String filters(Filter filter, Parameters parameters) {
        StringBuilder query = new StringBuilder();
        if (filter.actorId() != null) {
            query.append(" and actorId = :actor");
            parameters.and("actor", filter.actorId());
        }
        if (filter.complaintId() != null) {
            query.append(" and subjectType = 'complaint' and subjectId = :complaint");
            parameters.and("complaint", filter.complaintId());
        }
        if (filter.nurseryId() != null) {
            query.append(" and nurseryId = :nursery");
            parameters.and("nursery", filter.nurseryId());
        }
        if (filter.from() != null) {
            query.append(" and occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and occurredAt < :to");
            parameters.and("to", filter.to());
        }
        return query.toString();
    }

    private static Line line(AuditEntry e) {
        return new Line(e.id, e.occurredAt, e.actorRole, e.actorId, e.action, e.subjectType, e.subjectId, e.beforeState,
                e.afterState, e.reason, e.divisionCode, e.nurseryId);
    }
}
