package com.tuoyu.directory.supervision;

import com.tuoyu.directory.nursery.dto.ListedNursery;
import com.tuoyu.directory.platform.problem.ProblemException;
import com.tuoyu.directory.platform.security.Caller;
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
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final RecordWriter writer;
    private final RecordWriter.Kind<QualityAssessment, AdminQualityAssessmentRecord, AdminQualityAssessment> assessmentKind;
    private final RecordWriter.Kind<Penalty, AdminPenaltyRecord, AdminPenalty> penaltyKind;
    private final RecordWriter.Kind<Misconduct, AdminMisconductRecord, AdminMisconduct> misconductKind;
    private final RecordWriter.Kind<CreditEntry, AdminCreditEntryRecord, AdminCreditEntry> creditKind;

    public SupervisionRecordService(InspectionRepository inspections, InspectionAssignmentRepository assignments,
                                    QualityAssessmentRepository assessments, PenaltyRepository penalties,
                                    MisconductRepository misconduct, CreditEntryRepository credit,
                                    InspectorRosterService roster, RecordWriter writer) {
        this.inspections = inspections;
        this.assignments = assignments;
        this.assessments = assessments;
        this.penalties = penalties;
        this.misconduct = misconduct;
        this.credit = credit;
        this.roster = roster;
        this.writer = writer;
        this.assessmentKind = new RecordWriter.Kind<>("QUALITY_ASSESSMENT", "quality_assessment", "quality assessment",
                assessments, QualityAssessment::new, (row, r) -> {
                    row.grade = r.grade();
                    row.assessedOn = r.assessedOn();
                }, SupervisionRecordService::toAdmin);
        this.penaltyKind = new RecordWriter.Kind<>("PENALTY", "penalty", "penalty", penalties, Penalty::new, (row, r) -> {
            row.decidedOn = r.decidedOn();
            row.decisionNumber = r.decisionNumber().strip();
            row.authority = r.authority().strip();
            row.violation = r.violation().strip();
            row.sanction = r.sanction().strip();
        }, SupervisionRecordService::toAdmin);
        this.misconductKind = new RecordWriter.Kind<>("MISCONDUCT", "misconduct", "misconduct record", misconduct,
                Misconduct::new, (row, r) -> {
                    row.recordedOn = r.recordedOn();
                    row.description = r.description().strip();
                }, SupervisionRecordService::toAdmin);
        this.creditKind = new RecordWriter.Kind<>("CREDIT_ENTRY", "credit_entry", "credit list entry", credit,
                CreditEntry::new, (row, r) -> {
                    row.list = r.list();
                    row.listedOn = r.listedOn();
                    row.removedOn = r.removedOn();
                    row.reason = r.reason().strip();
                }, SupervisionRecordService::toAdmin);
    }

    /** Every record of a nursery, with the inspectors of each inspection. */
    @WithSession
    public Uni<AdminSupervisionRecords> records(Caller caller, UUID nurseryId) {
        return writer.listed(caller, nurseryId)
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

    // ---------- inspections: the one kind with more than one row (its inspectors)

    @WithTransaction
    public Uni<AdminInspection> addInspection(Caller caller, UUID nurseryId, AdminInspectionRecord record) {
        return writer.notInFuture("inspectedOn", record.inspectedOn())
                .chain(() -> writer.listed(caller, nurseryId))
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
                .call(after -> writer.changed(caller, "INSPECTION_RECORDED", "inspection", after.id(), nurseryId, null,
                        auditView(after), null));
    }

    @WithTransaction
    public Uni<AdminInspection> correctInspection(Caller caller, UUID nurseryId, UUID id, AdminInspectionRecord record) {
        return writer.notInFuture("inspectedOn", record.inspectedOn())
                .chain(() -> RecordWriter.reason(record.correctionReason()))
                .chain(reason -> writer.listed(caller, nurseryId)
                .chain(n -> checkedInspectors(n, record.inspectorIds()))
                .chain(found -> RecordWriter.owned(inspections.findById(id), nurseryId, "inspection", id)
                        .chain(inspection -> assignments.list("inspectionId", id).chain(old -> {
                            String before = auditView(toAdmin(inspection, old.stream()
                                    .map(a -> stub(a.inspectorId)).toList()));
                            apply(inspection, record);
                            AdminInspection after = toAdmin(inspection, found);
                            return assignments.delete("inspectionId", id).call(() -> assignments.flush())
                                    .chain(() -> assign(id, record.inspectorIds()))
                                    .call(() -> writer.changed(caller, "INSPECTION_CORRECTED", "inspection", id, nurseryId,
                                            before, auditView(after), reason))
                                    .replaceWith(after);
                        }))));
    }

    private static void apply(Inspection inspection, AdminInspectionRecord record) {
        inspection.inspectedOn = record.inspectedOn();
        inspection.kind = record.kind();
        inspection.result = record.result();
        inspection.findings = record.findings() == null || record.findings().isBlank() ? null : record.findings().strip();
    }

    /** The inspectors named, each on the roster of a division related to the nursery's; in the order given. */
    private Uni<List<Inspector>> checkedInspectors(ListedNursery nursery, List<UUID> ids) {
        if (new HashSet<>(ids).size() != ids.size()) {
            return Uni.createFrom().failure(ProblemException.invalidParameter("inspectorIds", "不能重复列出同一名检查人员",
                    "must not name an inspector twice"));
        }
        return roster.byIds(ids).chain(found -> {
            Map<UUID, Inspector> byId = found.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            for (UUID id : ids) {
                Inspector inspector = byId.get(id);
                if (inspector == null || !InspectorRosterService.related(inspector.divisionCode, nursery.divisionCode())) {
                    return Uni.createFrom().failure(ProblemException.invalidParameter("inspectorIds",
                            "必须是该托育机构所在辖区名录中的检查人员（" + id + " 不是）", "must name inspectors on the roster of the nursery's district (" + id + " is not)"));
                }
            }
            return Uni.createFrom().item(ids.stream().map(byId::get).toList());
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
                            byInspection.computeIfAbsent(a.inspectionId, k -> new ArrayList<>()).add(byId.get(a.inspectorId)));
                    return list.stream().map(i -> toAdmin(i, byInspection.getOrDefault(i.id, List.of()))).toList();
                }));
    }

    // ---------- quality assessments, penalties, misconduct, red and black lists

    @WithTransaction
    public Uni<AdminQualityAssessment> addAssessment(Caller caller, UUID nurseryId, AdminQualityAssessmentRecord record) {
        return writer.notInFuture("assessedOn", record.assessedOn())
                .chain(() -> writer.add(caller, nurseryId, assessmentKind, record));
    }

    @WithTransaction
    public Uni<AdminQualityAssessment> correctAssessment(Caller caller, UUID nurseryId, UUID id,
                                                         AdminQualityAssessmentRecord record) {
        return writer.notInFuture("assessedOn", record.assessedOn())
                .chain(() -> writer.correct(caller, nurseryId, id, assessmentKind, record, record.correctionReason()));
    }

    @WithTransaction
    public Uni<AdminPenalty> addPenalty(Caller caller, UUID nurseryId, AdminPenaltyRecord record) {
        return writer.notInFuture("decidedOn", record.decidedOn())
                .chain(() -> writer.add(caller, nurseryId, penaltyKind, record));
    }

    @WithTransaction
    public Uni<AdminPenalty> correctPenalty(Caller caller, UUID nurseryId, UUID id, AdminPenaltyRecord record) {
        return writer.notInFuture("decidedOn", record.decidedOn())
                .chain(() -> writer.correct(caller, nurseryId, id, penaltyKind, record, record.correctionReason()));
    }

    @WithTransaction
    public Uni<AdminMisconduct> addMisconduct(Caller caller, UUID nurseryId, AdminMisconductRecord record) {
        return writer.notInFuture("recordedOn", record.recordedOn())
                .chain(() -> writer.add(caller, nurseryId, misconductKind, record));
    }

    @WithTransaction
    public Uni<AdminMisconduct> correctMisconduct(Caller caller, UUID nurseryId, UUID id, AdminMisconductRecord record) {
        return writer.notInFuture("recordedOn", record.recordedOn())
                .chain(() -> writer.correct(caller, nurseryId, id, misconductKind, record, record.correctionReason()));
    }

    @WithTransaction
    public Uni<AdminCreditEntry> addCreditEntry(Caller caller, UUID nurseryId, AdminCreditEntryRecord record) {
        return creditDates(record).chain(() -> writer.add(caller, nurseryId, creditKind, record));
    }

    /** Corrects an entry; setting removedOn takes the nursery off the list from that day (the entry stays public). */
    @WithTransaction
    public Uni<AdminCreditEntry> correctCreditEntry(Caller caller, UUID nurseryId, UUID id, AdminCreditEntryRecord record) {
        return creditDates(record)
                .chain(() -> writer.correct(caller, nurseryId, id, creditKind, record, record.correctionReason()));
    }

    private Uni<Void> creditDates(AdminCreditEntryRecord record) {
        if (record.removedOn() != null && record.removedOn().isBefore(record.listedOn())) {
            return writer.notInFuture("listedOn", record.listedOn()).chain(() -> Uni.createFrom()
                    .failure(ProblemException.invalidParameter("removedOn", "不能早于 listedOn", "must not be before listedOn")));
        }
        return writer.notInFuture("listedOn", record.listedOn());
    }

    /** The inspection for the audit trail: inspectors by id only, never by name. */
    private String auditView(AdminInspection i) {
        return writer.write(new AdminInspection(i.id(), i.nurseryId(), i.inspectedOn(), i.kind(), i.result(), i.findings(),
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
