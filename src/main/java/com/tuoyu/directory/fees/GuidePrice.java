package com.tuoyu.directory.fees;

import com.tuoyu.directory.nursery.AgeGroup;
import com.tuoyu.directory.nursery.CareType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** 普惠指导价: a district's guide price, at or below which an inclusive nursery's fee must stay. */
@Entity
@Table(name = "guide_price")
public class GuidePrice {

    @Id
    public UUID id;

    @Column(name = "division_code")
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_type")
    public CareType careType;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group")
    public AgeGroup ageGroup;

    @Column(name = "amount_yuan")
    public int amountYuan;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    /** Account that scheduled it; null for imported rows. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public java.time.Instant recordedAt;

    /** Why it was recorded; required when it takes effect before the day it was recorded. */
    public String reason;

    /** This price as the inclusive rule compares it. */
    public FeeRules.Price price() {
        return new FeeRules.Price(careType, ageGroup, amountYuan, effectiveFrom);
    }
}
