package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.audit.AuditScope;
import com.tuoyu.directory.platform.audit.AuditSubjects;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.UUID;

/** Audited nurseries (registration, filings, materials, disclosures, fees) belong to the nursery's division. */
@ApplicationScoped
@RequiredArgsConstructor
class NurseryAuditSubjects implements AuditSubjects {

    private final NurseryRepository nurseries;

    @Override
    public boolean owns(String subjectType) {
        return "nursery".equals(subjectType);
    }

    @Override
    public Uni<AuditScope> scopeOf(String subjectType, String subjectId) {
        UUID id = uuid(subjectId);
        return id == null ? Uni.createFrom().item(AuditScope.NONE)
                : nurseries.findById(id).map(n -> n == null ? AuditScope.NONE : new AuditScope(n.divisionCode, n.id));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
