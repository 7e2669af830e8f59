package com.tuoyu.directory.platform.audit;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.platform.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;

/** Writes the audit trail inside the caller's transaction, so an action and its record commit together. */
@ApplicationScoped
@RequiredArgsConstructor
public class AuditLog {

    private final AuditRepository entries;
    private final Clock clock;

    public Uni<Void> record(Caller caller, String action, String subjectType, String subjectId, String before,
                            String after, String reason) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.instant();
        entry.actorRole = caller.primaryRole();
        entry.actorId = caller.id();
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.beforeState = before;
        entry.afterState = after;
        entry.reason = reason;
        return entries.persist(entry).replaceWithVoid();
    }
}
