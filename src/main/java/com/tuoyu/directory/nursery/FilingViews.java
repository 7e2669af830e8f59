package com.tuoyu.directory.nursery;

import com.tuoyu.directory.platform.text.Text;
import com.tuoyu.directory.nursery.dto.AdminAllowedDecision;
import com.tuoyu.directory.nursery.dto.AdminChecklistItem;
import com.tuoyu.directory.nursery.dto.AdminFiling;
import com.tuoyu.directory.nursery.dto.AdminFilingStep;
import com.tuoyu.directory.nursery.dto.AdminMaterial;
import com.tuoyu.directory.nursery.dto.AdminNursery;
import com.tuoyu.directory.nursery.dto.AdminNurseryFacts;
import com.tuoyu.directory.platform.calendar.WorkingDayCalendar;
import com.tuoyu.directory.platform.geo.CoordinateSystem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * How filing officers see a nursery and its filing: the facts in WGS-84, the deadlines while the filing awaits a
 * decision, the materials checklist as of today, the documents and the history. Shared by the filing services so
 * that every answer shows a filing the same way.
 */
@ApplicationScoped
class FilingViews {

    private final FilingMaterialRepository materials;
    private final FilingEventRepository filingEvents;
    private final FilingDeadlines deadlines;
    private final Clock clock;

    FilingViews(FilingMaterialRepository materials, FilingEventRepository filingEvents, WorkingDayCalendar calendar,
                FilingConfig config, Clock clock) {
        this.materials = materials;
        this.filingEvents = filingEvents;
        this.deadlines = new FilingDeadlines(calendar, config.receiptWorkingDays(), config.returnWorkingDays());
        this.clock = clock;
    }

    /** The nursery with its filing, deadlines, checklist, documents and history. */
    Uni<AdminNursery> nursery(Nursery nursery, Filing filing) {
        LocalDate today = LocalDate.now(clock);
        return materials.list("filingId = ?1 order by kind, uploadedAt", filing.id)
                .chain(documents -> filingEvents.list("filingId = ?1 order by occurredOn, recordedAt", filing.id)
                        .map(events -> new AdminNursery(nursery.id, nursery.version, facts(nursery),
                                filing(nursery, filing, documents),
                                checklist(nursery, documents, today).stream().map(FilingViews::checklistItem).toList(),
                                documents.stream().map(d -> material(d, today)).toList(),
                                events.stream().map(e -> new AdminFilingStep(e.fromStatus, e.toStatus, e.occurredOn,
                                        e.reasons, e.recordedAt)).toList(),
                                nursery.createdAt, nursery.updatedAt)));
    }

    /** The filing with its deadlines, as its documents make it complete or not today. */
    Uni<AdminFiling> filing(Nursery nursery, Filing filing) {
        return materials.list("filingId", filing.id).map(documents -> filing(nursery, filing, documents));
    }

    AdminFiling filing(Nursery nursery, Filing f, List<FilingMaterial> documents) {
        boolean complete = MaterialChecklist.complete(checklist(nursery, documents, LocalDate.now(clock)));
        FilingDeadlines.Due due = due(f, complete);
        LocalDate today = LocalDate.now(clock);
        return new AdminFiling(f.nurseryId, f.version, f.status, f.filingNumber, f.authority, f.submittedOn,
                f.reviewStartedOn, f.decidedOn, f.decisionReasons,
                due == null ? null : due.receiptDueAt(), due == null ? null : due.returnDueAt(),
                due == null ? null : due.dueAt(), due != null && due.provisional(),
                due != null && due.overdue(clock.instant()), complete,
                due == null ? null : deadlines.workingDaysLeft(due.receiptDueAt(), today),
                due == null ? null : deadlines.workingDaysLeft(due.returnDueAt(), today),
                FilingDecision.possibleFrom(f.status).stream().map(AdminAllowedDecision::of).toList());
    }

    /** Working days from today to a deadline, both counted; negative once it has passed. */
    int workingDaysLeft(java.time.Instant dueAt) {
        return deadlines.workingDaysLeft(dueAt, LocalDate.now(clock));
    }

    /** The deadlines of a filing awaiting a decision; null once it is decided. */
    FilingDeadlines.Due due(Filing filing, boolean materialsComplete) {
        return filing.status == FilingStatus.SUBMITTED ? deadlines.of(filing.reviewStartedOn, materialsComplete) : null;
    }

    static List<MaterialChecklist.Line> checklist(Nursery nursery, List<FilingMaterial> documents, LocalDate today) {
        return MaterialChecklist.evaluate(documents.stream()
                .map(d -> new MaterialChecklist.Document(d.kind, d.validUntil)).toList(), nursery.mealsProvided, today);
    }

    static AdminNurseryFacts facts(Nursery n) {
        return new AdminNurseryFacts(n.name, n.operatorName, n.creditCode, n.registrationType, n.operatingModel,
                n.inclusive, n.divisionCode, n.address, n.latitude, n.longitude, CoordinateSystem.WGS84.parameterValue(),
                n.opensAt, n.closesAt, n.openDays == null ? null : EnumSet.copyOf(n.openDays),
                n.contactPhone, n.careTypes == null ? null : EnumSet.copyOf(n.careTypes), n.mealsProvided,
                n.cctvInstalled, n.cctvRetentionDays, n.securityOnSite, n.safetyAsOf);
    }

    static AdminChecklistItem checklistItem(MaterialChecklist.Line line) {
        return new AdminChecklistItem(line.requirement(), line.requirement().text(),
                line.requirement().satisfiedBy().stream().sorted().toList(), line.state(), line.validUntil());
    }

    static AdminMaterial material(FilingMaterial m, LocalDate today) {
        return new AdminMaterial(m.id, m.kind, m.documentNumber, m.issuedOn, m.validUntil,
                m.validUntil != null && m.validUntil.isBefore(today), m.contentType, m.sizeBytes, m.sha256,
                m.uploadedAt, m.uploadedBy);
    }
}
