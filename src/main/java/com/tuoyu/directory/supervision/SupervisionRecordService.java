package com.tuoyu.directory.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tuoyu.directory.supervision.dto.AdminCreditEntry;
import com.tuoyu.directory.supervision.dto.AdminCreditEntryRecord;
import com.tuoyu.directory.supervision.dto.AdminInspection;
import com.tuoyu.directory.supervision.dto.AdminInspectionRecord;
import com.tuoyu.directory.supervision.dto.AdminInspector;
import com.tuoyu.directory.supervision.dto.AdminMisconduct;
import com.tuoyu.directory.supervision.dto.AdminMisconductRecord;
import com.tuoyu.directory.supervision.dto.AdminPenalty;
import com.tuoyu.directory.supervision.dto.AdminPenaltyRecord;
import com.tuoyu.directory.supervision.dto.AdminQualityAssessment;
import com.tuoyu.directory.supervision.dto.AdminQualityAssessmentRecord;
import com.tuoyu.directory.supervision.dto.AdminSupervisionRecords;
import com.tuoyu.directory.nursery.NurseryService;
import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.platform.audit.AuditLog;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Supervisors' record of inspections, quality assessments, penalties, misconduct and red/black-list entries.
 * Records are appended or corrected, never deleted; a correction states its reason. Every write is audited (before,
 * after, reason) and announced through the outbox in the same transaction, so the public disclosure and the search
 * index follow. Only nurseries whose filing is in force, in the caller's districts, can be written (404 otherwise).
 */
@ApplicationScoped
public class SupervisionRecordService {

    private final InspectionRepository inspections;
    private final InspectionAssignmentRepository assignments;
    private final QualityAssessmentRepository assessments;
    private final PenaltyRepository penalties;
    private final MisconductRepository misconduct;
    private final CreditEntryRepository credit;
    private final InspectorRosterService roster;
    private final RiskService risk;
    private final NurseryService nurseries;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public SupervisionRecordService(InspectionRepository inspections, InspectionAssignmentRepository assignments,
                                    QualityAssessmentRepository assessments, PenaltyRepository penalties,
                                    MisconductRepository misconduct, CreditEntryRepository credit,
                                    InspectorRosterService roster, RiskService risk, NurseryService nurseries,
                                    AuditLog audit, ObjectMapper json, Clock clock) {
        this.inspections = inspections;
        this.assignments = assignments;
        this.assessments = assessments;
        this.penalties = penalties;
        this.misconduct = misconduct;
        this.credit = credit;
        this.roster = roster;
        this.risk = risk;
        this.nurseries = nurseries;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Every record of a nursery, with the inspectors of each inspection. */
    @WithSession
    public Uni<AdminSupervisionRecords> records(Caller caller, UUID nurseryId) {
        return risk.listedInScope(caller, nurseryId)
                .chain(n -> inspections.listForNursery(nurseryId))
                .chain(inspectionList -> adminInspections(inspectionList)
                        .chain(adminInspections -> assessments.list("nurseryId = ?1 order by assessedOn desc, id", nurseryId)
                        .chain(assessmentList -> penalties.list("nurseryId = ?1 order by decidedOn desc, id", nurseryId)
                        .chain(penaltyList -> misconduct.list("nurseryId = ?1 order by recordedOn desc, id", nurseryId)
                        .chain(misconductList -> credit.list("nurseryId = ?1 order by listedOn desc, id", nurseryId)
                        .map(creditList -> new AdminSupervisionRecords(nurseryId, adminInspections,
                                assessmentList.stream().map(SupervisionRecordService::toAdmin).toList(),
                                penaltyList.stream().map(SupervisionRecordService::toAdmin).toList(),
                                misconductList.stream().map(SupervisionRecordService::toAdmin).toList(),
                                creditList.stream().map(SupervisionRecordService::toAdmin).toList())))))));
    }

    // ---------- inspections ----------

    @WithTransaction
    public Uni<AdminInspection> addInspection(Caller caller, UUID nurseryId, AdminInspectionRecord record) {
        notInFuture("inspectedOn", record.inspectedOn());
        return risk.listedInScope(caller, nurseryId)
                .chain(n -> checkedInspectors(n, record.inspectorIds()))
                .chain(found -> {
                    Inspection inspection = new Inspection();
                    inspection.id = UUID.randomUUID();
                    inspection.nurseryId = nurseryId;
                    apply(inspection, record);
                    return inspections.persist(inspection)
                            .chain(() -> assign(inspection.id, record.inspectorIds()))
                            .replaceWith(toAdmin(inspection, found));
                })
                .call(after -> changed(caller, "INSPECTION_RECORDED", "inspection", after.id(), nurseryId, null,
                        auditView(after), null));
    }

    @WithTransaction
    public Uni<AdminInspection> correctInspection(Caller caller, UUID nurseryId, UUID id, AdminInspectionRecord record) {
        notInFuture("inspectedOn", record.inspectedOn());
        String reason = correctionReason(record.correctionReason());
        return risk.listedInScope(caller, nurseryId)
                .chain(n -> checkedInspectors(n, record.inspectorIds()))
                .chain(found -> owned(inspections.findById(id), nurseryId, i -> i.nurseryId, "inspection", id)
                        .chain(inspection -> assignments.list("inspectionId", id).chain(old -> {
                            String before = auditView(toAdmin(inspection, old.stream()
                                    .map(a -> stub(a.inspectorId)).toList()));
                            apply(inspection, record);
                            AdminInspection after = toAdmin(inspection, found);
                            return assignments.delete("inspectionId", id).call(() -> assignments.flush())
                                    .chain(() -> assign(id, record.inspectorIds()))
                                    .call(() -> changed(caller, "INSPECTION_CORRECTED", "inspection", id, nurseryId,
                                            before, auditView(after), reason))
                                    .replaceWith(after);
                        })));
    }

    private static void apply(Inspection inspection, AdminInspectionRecord record) {
        inspection.inspectedOn = record.inspectedOn();
        inspection.kind = record.kind();
        inspection.result = record.result();
        inspection.findings = record.findings() == null || record.findings().isBlank() ? null : record.findings().strip();
    }

    /** The inspectors named, each on the roster of a division related to the nursery's; in the order given. */
    private Uni<List<Inspector>> checkedInspectors(ListedNursery nursery, List<UUID> ids) {
        Set<UUID> distinct = new HashSet<>(ids);
        if (distinct.size() != ids.size()) {
            throw ProblemException.invalidParameter("inspectorIds", "must not name an inspector twice");
        }
        return roster.byIds(ids).map(found -> {
            Map<UUID, Inspector> byId = found.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            for (UUID id : ids) {
                Inspector inspector = byId.get(id);
                if (inspector == null || !InspectorRosterService.related(inspector.divisionCode, nursery.divisionCode())) {
                    throw ProblemException.invalidParameter("inspectorIds",
                            "must name inspectors on the roster of the nursery's district (" + id + " is not)");
                }
            }
            return ids.stream().map(byId::get).toList();
        });
    }

    private Uni<Void> assign(UUID inspectionId, List<UUID> inspectorIds) {
        List<InspectionAssignment> rows = inspectorIds.stream().map(inspectorId -> {
            InspectionAssignment a = new InspectionAssignment();
            a.id = UUID.randomUUID();
            a.inspectionId = inspectionId;
            a.inspectorId = inspectorId;
            return a;
        }).toList();
        return assignments.persist(rows);
    }

    private Uni<List<AdminInspection>> adminInspections(List<Inspection> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return assignments.list("inspectionId in ?1", list.stream().map(i -> i.id).toList()).chain(rows ->
                roster.byIds(rows.stream().map(a -> a.inspectorId).distinct().toList()).map(found -> {
                    Map<UUID, Inspector> byId = found.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
                    Map<UUID, List<Inspector>> byInspection = new LinkedHashMap<>();
                    rows.stream().sorted(Comparator.comparing(a -> a.inspectorId.toString())).forEach(a ->
                            byInspection.computeIfAbsent(a.inspectionId, k -> new java.util.ArrayList<>()).add(byId.get(a.inspectorId)));
                    return list.stream().map(i -> toAdmin(i, byInspection.getOrDefault(i.id, List.of()))).toList();
                }));
    }

    // ---------- quality assessments ----------

    @WithTransaction
    public Uni<AdminQualityAssessment> addAssessment(Caller caller, UUID nurseryId, AdminQualityAssessmentRecord record) {
        notInFuture("assessedOn", record.assessedOn());
        return risk.listedInScope(caller, nurseryId).chain(n -> {
            QualityAssessment row = new QualityAssessment();
            row.id = UUID.randomUUID();
            row.nurseryId = nurseryId;
            row.grade = record.grade();
            row.assessedOn = record.assessedOn();
            return assessments.persist(row).map(SupervisionRecordService::toAdmin);
        }).call(after -> changed(caller, "QUALITY_ASSESSMENT_RECORDED", "quality_assessment", after.id(), nurseryId,
                null, write(after), null));
    }

    @WithTransaction
    public Uni<AdminQualityAssessment> correctAssessment(Caller caller, UUID nurseryId, UUID id,
                                                         AdminQualityAssessmentRecord record) {
        notInFuture("assessedOn", record.assessedOn());
        String reason = correctionReason(record.correctionReason());
        return risk.listedInScope(caller, nurseryId)
                .chain(n -> owned(assessments.findById(id), nurseryId, a -> a.nurseryId, "quality assessment", id))
                .chain(row -> {
                    String before = write(toAdmin(row));
                    row.grade = record.grade();
                    row.assessedOn = record.assessedOn();
                    AdminQualityAssessment after = toAdmin(row);
                    return changed(caller, "QUALITY_ASSESSMENT_CORRECTED", "quality_assessment", id, nurseryId, before,
                            write(after), reason).replaceWith(after);
                });
    }

    // ---------- penalties ----------

    @WithTransaction
    public Uni<AdminPenalty> addPenalty(Caller caller, UUID nurseryId, AdminPenaltyRecord record) {
        notInFuture("decidedOn", record.decidedOn());
        return risk.listedInScope(caller, nurseryId).chain(n -> {
            Penalty row = new Penalty();
            row.id = UUID.randomUUID();
            row.nurseryId = nurseryId;
            apply(row, record);
            return penalties.persist(row).map(SupervisionRecordService::toAdmin);
        }).call(after -> changed(caller, "PENALTY_RECORDED", "penalty", after.id(), nurseryId, null, write(after), null));
    }

    @WithTransaction
    public Uni<AdminPenalty> correctPenalty(Caller caller, UUID nurseryId, UUID id, AdminPenaltyRecord record) {
        notInFuture("decidedOn", record.decidedOn());
        String reason = correctionReason(record.correctionReason());
        return risk.listedInScope(caller, nurseryId)
                .chain(n -> owned(penalties.findById(id), nurseryId, p -> p.nurseryId, "penalty", id))
                .chain(row -> {
                    String before = write(toAdmin(row));
                    apply(row, record);
                    AdminPenalty after = toAdmin(row);
                    return changed(caller, "PENALTY_CORRECTED", "penalty", id, nurseryId, before, write(after), reason)
                            .replaceWith(after);
                });
    }

    private static void apply(Penalty row, AdminPenaltyRecord record) {
        row.decidedOn = record.decidedOn();
        row.decisionNumber = record.decisionNumber().strip();
        row.authority = record.authority().strip();
        row.violation = record.violation().strip();
        row.sanction = record.sanction().strip();
    }

    // ---------- misconduct ----------

    @WithTransaction
    public Uni<AdminMisconduct> addMisconduct(Caller caller, UUID nurseryId, AdminMisconductRecord record) {
        notInFuture("recordedOn", record.recordedOn());
        return risk.listedInScope(caller, nurseryId).chain(n -> {
            Misconduct row = new Misconduct();
            row.id = UUID.randomUUID();
            row.nurseryId = nurseryId;
            row.recordedOn = record.recordedOn();
            row.description = record.description().strip();
            return misconduct.persist(row).map(SupervisionRecordService::toAdmin);
        }).call(after -> changed(caller, "MISCONDUCT_RECORDED", "misconduct", after.id(), nurseryId, null, write(after), null));
    }

    @WithTransaction
    public Uni<AdminMisconduct> correctMisconduct(Caller caller, UUID nurseryId, UUID id, AdminMisconductRecord record) {
        notInFuture("recordedOn", record.recordedOn());
        String reason = correctionReason(record.correctionReason());
        return risk.listedInScope(caller, nurseryId)
                .chain(n -> owned(misconduct.findById(id), nurseryId, m -> m.nurseryId, "misconduct record", id))
                .chain(row -> {
                    String before = write(toAdmin(row));
                    row.recordedOn = record.recordedOn();
                    row.description = record.description().strip();
                    AdminMisconduct after = toAdmin(row);
                    return changed(caller, "MISCONDUCT_CORRECTED", "misconduct", id, nurseryId, before, write(after), reason)
                            .replaceWith(after);
                });
    }

    // ---------- red and black lists ----------

    @WithTransaction
    public Uni<AdminCreditEntry> addCreditEntry(Caller caller, UUID nurseryId, AdminCreditEntryRecord record) {
        checkCreditDates(record);
        return risk.listedInScope(caller, nurseryId).chain(n -> {
            CreditEntry row = new CreditEntry();
            row.id = UUID.randomUUID();
            row.nurseryId = nurseryId;
            apply(row, record);
            return credit.persist(row).map(SupervisionRecordService::toAdmin);
        }).call(after -> changed(caller, "CREDIT_ENTRY_RECORDED", "credit_entry", after.id(), nurseryId, null, write(after), null));
    }

    /** Corrects an entry; setting removedOn takes the nursery off the list from that day (the entry stays public). */
    @WithTransaction
    public Uni<AdminCreditEntry> correctCreditEntry(Caller caller, UUID nurseryId, UUID id, AdminCreditEntryRecord record) {
        checkCreditDates(record);
        String reason = correctionReason(record.correctionReason());
        return risk.listedInScope(caller, nurseryId)
                .chain(n -> owned(credit.findById(id), nurseryId, c -> c.nurseryId, "credit list entry", id))
                .chain(row -> {
                    String before = write(toAdmin(row));
                    apply(row, record);
                    AdminCreditEntry after = toAdmin(row);
                    return changed(caller, "CREDIT_ENTRY_CORRECTED", "credit_entry", id, nurseryId, before, write(after), reason)
                            .replaceWith(after);
                });
    }

    private void checkCreditDates(AdminCreditEntryRecord record) {
        notInFuture("listedOn", record.listedOn());
        if (record.removedOn() != null && record.removedOn().isBefore(record.listedOn())) {
            throw ProblemException.invalidParameter("removedOn", "must not be before listedOn");
        }
    }

    private static void apply(CreditEntry row, AdminCreditEntryRecord record) {
        row.list = record.list();
        row.listedOn = record.listedOn();
        row.removedOn = record.removedOn();
        row.reason = record.reason().strip();
    }

    // ---------- shared ----------

    /** Audits the change and announces it: the nursery's version grows and the outbox carries it to the index. */
    private Uni<Void> changed(Caller caller, String action, String subjectType, UUID subjectId, UUID nurseryId,
                              String before, String after, String reason) {
        return audit.record(caller, action, subjectType, subjectId.toString(), before, after, reason)
                .chain(() -> nurseries.recordPublicChange(List.of(nurseryId)))
                .replaceWithVoid();
    }

    private static <T> Uni<T> owned(Uni<T> lookup, UUID nurseryId, Function<T, UUID> owner, String what, UUID id) {
        return lookup.map(row -> {
            if (row == null || !owner.apply(row).equals(nurseryId)) {
                throw ProblemException.notFound("The nursery has no " + what + " " + id + ".");
            }
            return row;
        });
    }

    private void notInFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidParameter(field, "must not be in the future");
        }
    }

    private static String correctionReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidParameter("correctionReason", "is required to correct a record");
        }
        return reason.strip();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write an audit snapshot", e);
        }
    }

    /** The inspection for the audit trail: inspectors by id only, never by name. */
    private String auditView(AdminInspection i) {
        return write(new AdminInspection(i.id(), i.nurseryId(), i.inspectedOn(), i.kind(), i.result(), i.findings(),
                i.inspectors().stream().map(x -> new AdminInspector(x.id(), x.divisionCode(), null, null, x.active()))
                        .toList()));
    }

    private static Inspector stub(UUID id) {
        Inspector i = new Inspector();
        i.id = id;
        return i;
    }

    private static AdminInspection toAdmin(Inspection i, List<Inspector> inspectors) {
        return new AdminInspection(i.id, i.nurseryId, i.inspectedOn, i.kind, i.result, i.findings,
                inspectors.stream().map(InspectorRosterService::toAdmin).toList());
    }

    private static AdminQualityAssessment toAdmin(QualityAssessment a) {
        return new AdminQualityAssessment(a.id, a.nurseryId, a.grade, a.assessedOn);
    }

    private static AdminPenalty toAdmin(Penalty p) {
        return new AdminPenalty(p.id, p.nurseryId, p.decidedOn, p.decisionNumber, p.authority, p.violation, p.sanction);
    }

    private static AdminMisconduct toAdmin(Misconduct m) {
        return new AdminMisconduct(m.id, m.nurseryId, m.recordedOn, m.description);
    }

    private static AdminCreditEntry toAdmin(CreditEntry c) {
        return new AdminCreditEntry(c.id, c.nurseryId, c.list, c.listedOn, c.removedOn, c.reason);
    }
}
