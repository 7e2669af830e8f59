package com.tuoyu.directory.disclosure;

import com.tuoyu.directory.disclosure.dto.DisclosureImport;
import com.tuoyu.directory.disclosure.dto.GuidePriceImport;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What each nursery must disclose: capacity, staff, fees, permits and its supervision record. */
@ApplicationScoped
public class DisclosureService {

    private final CapacityRepository capacities;
    private final StaffingRepository staffing;
    private final FeeRepository fees;
    private final OneOffFeeRepository oneOffFees;
    private final GuidePriceRepository guidePrices;
    private final PermitRepository permits;
    private final InspectionRepository inspections;
    private final QualityAssessmentRepository assessments;
    private final PenaltyRepository penalties;
    private final MisconductRepository misconduct;
    private final CreditEntryRepository credit;

    public DisclosureService(CapacityRepository capacities, StaffingRepository staffing, FeeRepository fees,
                             OneOffFeeRepository oneOffFees, GuidePriceRepository guidePrices, PermitRepository permits,
                             InspectionRepository inspections, QualityAssessmentRepository assessments,
                             PenaltyRepository penalties, MisconductRepository misconduct, CreditEntryRepository credit) {
        this.capacities = capacities;
        this.staffing = staffing;
        this.fees = fees;
        this.oneOffFees = oneOffFees;
        this.guidePrices = guidePrices;
        this.permits = permits;
        this.inspections = inspections;
        this.assessments = assessments;
        this.penalties = penalties;
        this.misconduct = misconduct;
        this.credit = credit;
    }

    /** Records a nursery's disclosure as taken in from an existing register. Row ids derive from the nursery's. */
    @WithTransaction
    public Uni<Void> importDisclosure(UUID nurseryId, DisclosureImport source) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < source.capacity().size(); i++) {
            DisclosureImport.CapacityRow row = source.capacity().get(i);
            Capacity capacity = new Capacity();
            capacity.id = rowId(nurseryId, "capacity", i);
            capacity.nurseryId = nurseryId;
            capacity.ageGroup = row.ageGroup();
            capacity.slots = row.slots();
            capacity.enrolled = row.enrolled();
            capacity.carers = row.carers();
            capacity.asOf = row.asOf();
            rows.add(capacity);
        }
        if (source.staffing() != null) {
            DisclosureImport.StaffingRow row = source.staffing();
            Staffing staff = new Staffing();
            staff.nurseryId = nurseryId;
            staff.healthStaff = row.healthStaff();
            staff.securityStaff = row.securityStaff();
            staff.qualifiedShare = row.qualifiedShare();
            staff.healthCertificateShare = row.healthCertificateShare();
            staff.asOf = row.asOf();
            rows.add(staff);
        }
        for (int i = 0; i < source.fees().size(); i++) {
            DisclosureImport.FeeRow row = source.fees().get(i);
            Fee fee = new Fee();
            fee.id = rowId(nurseryId, "fee", i);
            fee.nurseryId = nurseryId;
            fee.careType = row.careType();
            fee.ageGroup = row.ageGroup();
            fee.amountYuan = row.amountYuan();
            fee.mealFeeYuan = row.mealFeeYuan();
            fee.effectiveFrom = row.effectiveFrom();
            rows.add(fee);
        }
        for (int i = 0; i < source.oneOffFees().size(); i++) {
            DisclosureImport.OneOffFeeRow row = source.oneOffFees().get(i);
            OneOffFee fee = new OneOffFee();
            fee.id = rowId(nurseryId, "one-off-fee", i);
            fee.nurseryId = nurseryId;
            fee.name = row.name();
            fee.amountYuan = row.amountYuan();
            fee.effectiveFrom = row.effectiveFrom();
            rows.add(fee);
        }
        for (int i = 0; i < source.permits().size(); i++) {
            DisclosureImport.PermitRow row = source.permits().get(i);
            Permit permit = new Permit();
            permit.id = rowId(nurseryId, "permit", i);
            permit.nurseryId = nurseryId;
            permit.kind = row.kind();
            permit.number = row.number();
            permit.issuedOn = row.issuedOn();
            permit.validUntil = row.validUntil();
            rows.add(permit);
        }
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
        // One session persists every kind of row; the repositories all share it inside this transaction.
        return capacities.getSession().chain(session -> session.persistAll(rows.toArray()));
    }

    @WithTransaction
    public Uni<Void> importGuidePrices(List<GuidePriceImport> prices) {
        List<GuidePrice> rows = new ArrayList<>();
        for (GuidePriceImport source : prices) {
            GuidePrice price = new GuidePrice();
            price.id = UUID.nameUUIDFromBytes(("guide-price:" + source.divisionCode() + ":" + source.careType() + ":"
                    + source.ageGroup() + ":" + source.effectiveFrom()).getBytes(StandardCharsets.UTF_8));
            price.divisionCode = source.divisionCode();
            price.careType = source.careType();
            price.ageGroup = source.ageGroup();
            price.amountYuan = source.amountYuan();
            price.effectiveFrom = source.effectiveFrom();
            rows.add(price);
        }
        return guidePrices.persist(rows);
    }

    private static UUID rowId(UUID nurseryId, String section, int index) {
        return UUID.nameUUIDFromBytes((section + ":" + nurseryId + ":" + index).getBytes(StandardCharsets.UTF_8));
    }
}
