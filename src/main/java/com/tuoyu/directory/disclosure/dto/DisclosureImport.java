package com.tuoyu.directory.disclosure.dto;

import com.tuoyu.directory.disclosure.CreditList;
import com.tuoyu.directory.disclosure.InspectionKind;
import com.tuoyu.directory.disclosure.InspectionResult;
import com.tuoyu.directory.disclosure.PermitKind;
import com.tuoyu.directory.disclosure.QualityGrade;
import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Everything a nursery discloses, as taken in from an existing register (demo data, bulk import). */
public record DisclosureImport(
        List<CapacityRow> capacity,
        StaffingRow staffing,
        List<FeeRow> fees,
        List<OneOffFeeRow> oneOffFees,
        List<PermitRow> permits,
        List<InspectionRow> inspections,
        List<AssessmentRow> assessments,
        List<PenaltyRow> penalties,
        List<MisconductRow> misconduct,
        List<CreditRow> credit) {

    public record CapacityRow(AgeGroup ageGroup, int slots, int enrolled, int carers, LocalDate asOf) {
    }

    public record StaffingRow(int healthStaff, int securityStaff, BigDecimal qualifiedShare,
                              BigDecimal healthCertificateShare, LocalDate asOf) {
    }

    public record FeeRow(CareType careType, AgeGroup ageGroup, int amountYuan, Integer mealFeeYuan, LocalDate effectiveFrom) {
    }

    public record OneOffFeeRow(String name, int amountYuan, LocalDate effectiveFrom) {
    }

    public record PermitRow(PermitKind kind, String number, LocalDate issuedOn, LocalDate validUntil) {
    }

    public record InspectionRow(LocalDate inspectedOn, InspectionKind kind, InspectionResult result, String findings) {
    }

    public record AssessmentRow(QualityGrade grade, LocalDate assessedOn) {
    }

    public record PenaltyRow(LocalDate decidedOn, String decisionNumber, String authority, String violation, String sanction) {
    }

    public record MisconductRow(LocalDate recordedOn, String description) {
    }

    public record CreditRow(CreditList list, LocalDate listedOn, LocalDate removedOn, String reason) {
    }

    /** A stable id for the {@code index}th row of a section, so that importing the same register twice is idempotent. */
    public static UUID rowId(UUID nurseryId, String section, int index) {
        return UUID.nameUUIDFromBytes((section + ":" + nurseryId + ":" + index).getBytes(StandardCharsets.UTF_8));
    }
}
