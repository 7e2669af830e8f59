package com.tuoyu.directory.supervision;

import lombok.RequiredArgsConstructor;

import com.tuoyu.directory.disclosure.CreditList;
import com.tuoyu.directory.disclosure.DisclosureImportPart;
import com.tuoyu.directory.disclosure.InspectionKind;
import com.tuoyu.directory.disclosure.InspectionResult;
import com.tuoyu.directory.disclosure.QualityGrade;
import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.platform.text.PublicTerm;
import com.tuoyu.directory.supervision.dto.PublicCreditEntry;
import com.tuoyu.directory.supervision.dto.PublicCreditStatus;
import com.tuoyu.directory.supervision.dto.PublicInspection;
import com.tuoyu.directory.supervision.dto.PublicMisconduct;
import com.tuoyu.directory.supervision.dto.PublicPenalty;
import com.tuoyu.directory.supervision.dto.PublicQualityAssessment;
import com.tuoyu.directory.supervision.dto.PublicSupervision;
import com.tuoyu.directory.supervision.dto.PublicSupervisionRecords;
import com.tuoyu.directory.supervision.dto.SupervisionEvent;
import com.tuoyu.directory.supervision.dto.SupervisionSummary;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.tuoyu.directory.disclosure.dto.DisclosureImport.rowId;

/** Supervision records as other features read them (the public page, the search projection) and import them. */
@ApplicationScoped
@RequiredArgsConstructor
public class SupervisionService implements DisclosureImportPart {

    private final InspectionRepository inspections;
    private final QualityAssessmentRepository assessments;
    private final PenaltyRepository penalties;
    private final MisconductRepository misconduct;
    private final CreditEntryRepository credit;

    @Override
    public Uni<Void> importPart(UUID nurseryId, DisclosureImport source) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < source.inspections().size(); i++) {
            DisclosureImport.InspectionRow row = source.inspections().get(i);
            Inspection inspection = new Inspection();
            inspection.id = rowId(nurseryId, "inspection", i);
            inspection.nurseryId = nurseryId;
            inspection.inspectedOn = row.inspectedOn();
            inspection.kind = row.kind();
            inspection.result = row.result();
            inspection.findings = row.findings();
            rows.add(inspection);
        }
        for (int i = 0; i < source.assessments().size(); i++) {
            DisclosureImport.AssessmentRow row = source.assessments().get(i);
            QualityAssessment assessment = new QualityAssessment();
            assessment.id = rowId(nurseryId, "assessment", i);
            assessment.nurseryId = nurseryId;
            assessment.grade = row.grade();
            assessment.assessedOn = row.assessedOn();
            rows.add(assessment);
        }
        for (int i = 0; i < source.penalties().size(); i++) {
            DisclosureImport.PenaltyRow row = source.penalties().get(i);
            Penalty penalty = new Penalty();
            penalty.id = rowId(nurseryId, "penalty", i);
            penalty.nurseryId = nurseryId;
            penalty.decidedOn = row.decidedOn();
            penalty.decisionNumber = row.decisionNumber();
            penalty.authority = row.authority();
            penalty.violation = row.violation();
            penalty.sanction = row.sanction();
            rows.add(penalty);
        }
        for (int i = 0; i < source.misconduct().size(); i++) {
            DisclosureImport.MisconductRow row = source.misconduct().get(i);
            Misconduct record = new Misconduct();
            record.id = rowId(nurseryId, "misconduct", i);
            record.nurseryId = nurseryId;
            record.recordedOn = row.recordedOn();
            record.description = row.description();
            rows.add(record);
        }
        for (int i = 0; i < source.credit().size(); i++) {
            DisclosureImport.CreditRow row = source.credit().get(i);
            CreditEntry entry = new CreditEntry();
            entry.id = rowId(nurseryId, "credit", i);
            entry.nurseryId = nurseryId;
            entry.list = row.list();
            entry.listedOn = row.listedOn();
            entry.removedOn = row.removedOn();
            entry.reason = row.reason();
            rows.add(entry);
        }
        return inspections.getSession().chain(session -> session.persistAll(rows.toArray()));
    }

    /** The latest quality grade of each nursery asked for; a nursery never assessed is absent. */
    @WithSession
    public Uni<Map<UUID, QualityGrade>> latestGrades(Collection<UUID> nurseryIds) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return assessments.list("nurseryId in ?1", nurseryIds).map(rows -> rows.stream()
                .collect(Collectors.toMap(a -> a.nurseryId, Function.identity(),
                        (a, b) -> a.assessedOn.isAfter(b.assessedOn) ? a : b))
                .values().stream().collect(Collectors.toMap(a -> a.nurseryId, a -> a.grade)));
    }

    /** The latest inspection and penalty and the open black-list entry of each nursery asked for (search cards). */
    @WithSession
    public Uni<Map<UUID, SupervisionSummary>> summaries(Collection<UUID> nurseryIds) {
        if (nurseryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // The session allows one query at a time: the three loads run in sequence.
        return inspections.list("nurseryId in ?1", nurseryIds).chain(i -> penalties.list("nurseryId in ?1", nurseryIds)
                .chain(p -> credit.list("nurseryId in ?1 and removedOn is null", nurseryIds)
                        .map(c -> {
                            Map<UUID, LocalDate> inspected = latest(i, r -> r.nurseryId, r -> r.inspectedOn);
                            Map<UUID, LocalDate> penalised = latest(p, r -> r.nurseryId, r -> r.decidedOn);
                            Map<UUID, LocalDate> black = c.stream().filter(r -> r.list == CreditList.BLACK).collect(Collectors.toMap(r -> r.nurseryId,
                                    r -> r.listedOn, (a, b) -> a.isBefore(b) ? a : b));
                            return nurseryIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                                    id -> new SupervisionSummary(id, inspected.get(id), penalised.get(id), black.get(id))));
                        })));
    }

    private static <T> Map<UUID, LocalDate> latest(List<T> rows, Function<T, UUID> nursery, Function<T, LocalDate> day) {
        return rows.stream().collect(Collectors.toMap(nursery, day, (a, b) -> a.isAfter(b) ? a : b));
    }

    /** What the records are read into; the session allows one query at a time, so the loads run in sequence. */
    private record Records(List<Inspection> inspections, List<QualityAssessment> assessments, List<Penalty> penalties,
                           List<Misconduct> misconduct, List<CreditEntry> credit) {
    }

    /** A nursery's public supervision section and its timeline events, as of {@code today}. */
    @WithSession
    public Uni<PublicSupervisionRecords> publicRecords(UUID id, LocalDate today, int substantiatedComplaints) {
        return inspections.listForNursery(id).chain(i -> assessments.listForNursery(id)
                .chain(a -> penalties.listForNursery(id).chain(p -> misconduct.listForNursery(id)
                        .chain(m -> credit.listForNursery(id).map(c -> new Records(i, a, p, m, c))))))
                .map(r -> new PublicSupervisionRecords(supervision(r, today, substantiatedComplaints), events(r)));
    }

    private static PublicSupervision supervision(Records r, LocalDate today, int substantiatedComplaints) {
        List<PublicInspection> inspectionList = r.inspections().stream()
                .sorted(Comparator.comparing((Inspection i) -> i.inspectedOn).reversed())
                .map(i -> new PublicInspection(i.inspectedOn, i.kind.term(),
                        i.result.term(), i.findings))
                .toList();
        PublicQualityAssessment latest = r.assessments().stream()
                .max(Comparator.comparing((QualityAssessment a) -> a.assessedOn))
                .map(a -> new PublicQualityAssessment(a.grade.term(), a.assessedOn))
                .orElse(null);
        List<PublicPenalty> penaltyList = r.penalties().stream()
                .sorted(Comparator.comparing((Penalty p) -> p.decidedOn).reversed())
                .map(p -> new PublicPenalty(p.decidedOn, p.decisionNumber, p.authority, p.violation, p.sanction))
                .toList();
        List<PublicMisconduct> misconductList = r.misconduct().stream()
                .sorted(Comparator.comparing((Misconduct m) -> m.recordedOn).reversed())
                .map(m -> new PublicMisconduct(m.recordedOn, m.description))
                .toList();
        List<CreditEntry> entries = r.credit().stream()
                .sorted(Comparator.comparing((CreditEntry c) -> c.listedOn).reversed()).toList();
        boolean black = entries.stream().anyMatch(c -> c.list == CreditList.BLACK && open(c, today));
        boolean red = entries.stream().anyMatch(c -> c.list == CreditList.RED && open(c, today));
        PublicCreditStatus creditStatus = new PublicCreditStatus(black, red, entries.stream()
                .map(c -> new PublicCreditEntry(c.list.term(), c.listedOn, c.removedOn, c.reason))
                .toList());
        return new PublicSupervision(today, inspectionList, latest, penaltyList, misconductList, creditStatus,
                substantiatedComplaints);
    }

    /** An entry counts from the day it is listed until it is removed. */
    private static boolean open(CreditEntry entry, LocalDate today) {
        return entry.removedOn == null && !entry.listedOn.isAfter(today);
    }

    private static List<SupervisionEvent> events(Records r) {
        List<SupervisionEvent> events = new ArrayList<>();
        for (Inspection i : r.inspections()) {
            events.add(new SupervisionEvent(i.inspectedOn, "INSPECTION", i.kind.label() + "：" + i.result.label(),
                    inspectionEn(i.kind) + ": " + resultEn(i.result)));
        }
        for (QualityAssessment a : r.assessments()) {
            events.add(new SupervisionEvent(a.assessedOn, "QUALITY_ASSESSMENT", "质量评估：" + a.grade.label(),
                    "Quality assessment: " + gradeEn(a.grade)));
        }
        for (Penalty p : r.penalties()) {
            events.add(new SupervisionEvent(p.decidedOn, "PENALTY", "行政处罚（" + p.decisionNumber + "）：" + p.sanction,
                    "Administrative penalty " + p.decisionNumber));
        }
        for (Misconduct m : r.misconduct()) {
            events.add(new SupervisionEvent(m.recordedOn, "MISCONDUCT", "记录不良执业行为：" + m.description,
                    "Misconduct recorded"));
        }
        for (CreditEntry c : r.credit()) {
            String en = c.list == CreditList.BLACK ? "black list" : "red list";
            events.add(new SupervisionEvent(c.listedOn, "CREDIT_LIST", "列入" + c.list.label() + "：" + c.reason,
                    "Placed on the " + en));
            if (c.removedOn != null) {
                events.add(new SupervisionEvent(c.removedOn, "CREDIT_LIST", "移出" + c.list.label(),
                        "Removed from the " + en));
            }
        }
        return events;
    }

    private static String inspectionEn(InspectionKind kind) {
        return switch (kind) {
            case ROUTINE -> "Routine inspection";
            case RANDOM -> "Random inspection";
            case COMPLAINT_DRIVEN -> "Complaint-driven inspection";
        };
    }

    private static String resultEn(InspectionResult result) {
        return switch (result) {
            case PASSED -> "passed";
            case RECTIFICATION_REQUIRED -> "rectification required";
            case FAILED -> "failed";
        };
    }

    private static String gradeEn(QualityGrade grade) {
        return switch (grade) {
            case EXCELLENT -> "excellent";
            case GOOD -> "good";
            case QUALIFIED -> "qualified";
            case UNQUALIFIED -> "unqualified";
        };
    }

}
