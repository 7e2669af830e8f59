package com.tuoyu.directory.complaint;

import com.tuoyu.directory.platform.audit.AuditScope;
import com.tuoyu.directory.platform.audit.AuditSubjects;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.UUID;

/**
 * An audited complaint (read, contact revealed, handled, followed up by the parent) belongs to the county it was filed
 * in, and concerns its nursery when it names a listed one. Reply templates are city-wide: no division.
 */
@ApplicationScoped
@RequiredArgsConstructor
class ComplaintAuditSubjects implements AuditSubjects {

    private final ComplaintRepository complaints;

    @Override
    public boolean owns(String subjectType) {
        return "complaint".equals(subjectType) || "reply_template".equals(subjectType);
    }

    @Override
    public Uni<AuditScope> scopeOf(String subjectType, String subjectId) {
        UUID id = uuid(subjectId);
        if (!"complaint".equals(subjectType) || id == null) {
            return Uni.createFrom().item(AuditScope.NONE);
        }
        return complaints.findById(id).map(c -> c == null ? AuditScope.NONE : new AuditScope(c.divisionCode, c.nurseryId));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
