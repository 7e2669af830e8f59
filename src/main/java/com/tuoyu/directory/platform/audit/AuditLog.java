package com.tuoyu.directory.platform.audit;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Clock;

/**
 * Writes the audit trail inside the caller's transaction, so an action and its record commit together. The entry is
 * linked into the {@link AuditChain} by the {@link AuditSealer} within a second: linking here would make every
 * audited action wait for the chain head's lock until the previous one committed.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditLog {

    /** Subjects that are a division themselves (guide prices). */
    static final String DIVISION = "division";
    static final String NURSERY = "nursery";

    private final AuditRepository entries;
    private final Instance<AuditSubjects> subjects;
    private final Clock clock;

    public Uni<Void> record(Caller caller, String action, String subjectType, String subjectId, String before,
                            String after, String reason) {
        AuditEntry entry = new AuditEntry();
        // PostgreSQL keeps microseconds; the chain's hash must be of what is stored.
        entry.occurredAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        entry.actorRole = caller.primaryRole();
        entry.actorId = caller.id();
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.beforeState = before;
        entry.afterState = after;
        entry.reason = reason;
        return scopeOf(subjectType, subjectId).chain(scope -> {
            entry.divisionCode = scope.divisionCode();
            entry.nurseryId = scope.nurseryId();
            return entries.persist(entry).replaceWithVoid();
        });
    }

    /** The subject's division and nursery, asked of the feature that owns the subject type. */
    Uni<AuditScope> scopeOf(String subjectType, String subjectId) {
        if (DIVISION.equals(subjectType)) {
            return Uni.createFrom().item(AuditScope.of(subjectId));
        }
        return ask(subjectType, subjectId).chain(scope -> scope.divisionCode() != null || scope.nurseryId() == null
                ? Uni.createFrom().item(scope)
                : ask(NURSERY, scope.nurseryId().toString())
                        .map(nursery -> new AuditScope(nursery.divisionCode(), scope.nurseryId())));
    }

    private Uni<AuditScope> ask(String subjectType, String subjectId) {
        for (AuditSubjects owner : subjects) {
            if (owner.owns(subjectType)) {
                return owner.scopeOf(subjectType, subjectId).map(s -> s == null ? AuditScope.NONE : s);
            }
        }
        return Uni.createFrom().item(AuditScope.NONE);
    }
}
