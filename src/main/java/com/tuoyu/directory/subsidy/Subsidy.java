package com.tuoyu.directory.subsidy;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import com.tuoyu.directory.nursery.CareTypesConverter;
import com.tuoyu.directory.platform.security.Caller;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A subsidy that lowers what a family pays, kept by a supervisor for a division and a period. It applies to the
 * nurseries of its division and of the divisions inside it ({@link #NATIONAL}: everywhere), under its conditions.
 */
@Entity
@Table(name = "subsidy")
public class Subsidy {

    /** The whole country: the code Chinese map services use; it is not in the GB/T 2260 register. */
    public static final String NATIONAL = "100000";

    @Id
    public UUID id;

    public String divisionCode;

    public String name;

    public String nameEn;

    /** The policy document it comes from, as parents should be able to look it up. */
    public String source;

    public String sourceUrl;

    public int amountYuan;

    @Enumerated(EnumType.STRING)
    public SubsidyPeriod period;

    /** Youngest age it is paid for, in months; null from birth. */
    public Integer minAgeMonths;

    /** Exclusive upper age bound in months (36: under three); null without limit. */
    public Integer maxAgeMonths;

    /** Care types it is paid for; empty for all. */
    @Convert(converter = CareTypesConverter.class)
    public Set<CareType> careTypes;

    /** Paid only for places at inclusive (普惠) nurseries. */
    public boolean inclusiveOnly;

    /** A condition only the parent knows; counted only when the request says it holds. */
    @Enumerated(EnumType.STRING)
    public ParentChoice parentChoice;

    public LocalDate validFrom;

    /** Last day it applies; null while open-ended. */
    public LocalDate validTo;

    public String recordedBy;

    public Instant recordedAt;

    @Version
    public int version;

    /** Whether it is in force on the day. */
    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Whether a nursery in the division gets it: same division or one inside it. */
    public boolean coversDivision(String nurseryDivision) {
        return NATIONAL.equals(divisionCode) || nurseryDivision.startsWith(Caller.codePrefix(divisionCode));
    }

    /** Whether a child of this age is paid for. */
    public boolean coversAge(int months) {
        return (minAgeMonths == null || months >= minAgeMonths) && (maxAgeMonths == null || months < maxAgeMonths);
    }

    /** Whether some child of the class's ages is paid for (used when the parent gave no age). */
    public boolean coversSomeAgeOf(AgeGroup group) {
        return (minAgeMonths == null || minAgeMonths < group.toMonths())
                && (maxAgeMonths == null || maxAgeMonths > group.fromMonths());
    }

    public boolean coversCareType(CareType careType) {
        return careTypes == null || careTypes.isEmpty() || careTypes.contains(careType);
    }

    /** Yuan a month: a yearly amount spread over twelve months, rounded half up to whole yuan. */
    public int monthlyYuan() {
        return period == SubsidyPeriod.MONTH ? amountYuan : (int) Math.round(amountYuan / 12.0);
    }
}
