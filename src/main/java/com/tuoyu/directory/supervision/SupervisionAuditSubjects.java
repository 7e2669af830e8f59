package com.tuoyu.directory.supervision;

import com.tuoyu.directory.platform.audit.AuditScope;
import com.tuoyu.directory.platform.audit.AuditSubjects;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import lombok.RequiredArgsConstructor;

import java.util.Set;
import java.util.UUID;

/**
 * A supervision record belongs to its nursery (whose division the audit log then asks the nursery feature for); a
 * draw and an inspector belong to their division.
 */
@ApplicationScoped
@RequiredArgsConstructor
class SupervisionAuditSubjects implements AuditSubjects {

    private static final Set<String> TYPES = Set.of("inspection", "quality_assessment", "penalty", "misconduct",
            "credit_entry", "inspection_draw", "inspector");

    private final InspectionRepository inspections;
    private final QualityAssessmentRepository assessments;
    private final PenaltyRepository penalties;
    private final MisconductRepository misconduct;
    private final CreditEntryRepository credit;
    private final InspectionDrawRepository draws;
    private final InspectorRepository inspectors;

    @Override
    public boolean owns(String subjectType) {
        return TYPES.contains(subjectType);
    }

    @Override
    public Uni<AuditScope> scopeOf(String subjectType, String subjectId) {
        UUID id;
        try {
            id = UUID.fromString(subjectId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Uni.createFrom().item(AuditScope.NONE);
        }
        return switch (subjectType) {
            case "inspection" -> nursery(inspections.findById(id));
            case "quality_assessment" -> nursery(assessments.findById(id));
            case "penalty" -> nursery(penalties.findById(id));
            case "misconduct" -> nursery(misconduct.findById(id));
            case "credit_entry" -> nursery(credit.findById(id));
            case "inspection_draw" -> draws.findById(id).map(d -> d == null ? AuditScope.NONE : AuditScope.of(d.divisionCode));
            case "inspector" -> inspectors.findById(id).map(i -> i == null ? AuditScope.NONE : AuditScope.of(i.divisionCode));
            default -> Uni.createFrom().item(AuditScope.NONE);
        };
    }

    private static Uni<AuditScope> nursery(Uni<? extends NurseryRecord> record) {
        return record.map(r -> r == null ? AuditScope.NONE : new AuditScope(null, r.nurseryId));
    }
}
